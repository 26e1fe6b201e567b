"""Static files in production: every name carries a content hash, and so does every module a
script imports, so that everything under /static/ can be cached as immutable."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class PortalStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's hashed, precompressed storage, with Django rewriting the specifiers of
    ES module `import ... from './x.js';` and `export ... from` to the imported file's hashed
    name (they need their closing semicolon to be found)."""

    support_js_module_import_aggregation = True
