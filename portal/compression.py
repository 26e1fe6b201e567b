"""Gzip for the responses the app sends itself (docs/caching.md, "Compression").

Django's GZipMiddleware, which pads each gzip header with random bytes ("Heal the Breach") so
that a response's length says little about a secret in it; CSRF tokens are masked afresh in
every response as well. Only text is compressed: files that are compressed already (XLSX,
audio, images, PDFs) and the health check, which probes read, go out as they are. Static files
never get here: WhiteNoise answers them, with the gzip copies made at collectstatic."""

from django.middleware.gzip import GZipMiddleware

TEXT_TYPES = ("text/", "application/json", "application/xml", "application/javascript",
              "image/svg+xml")
NOT_COMPRESSED_PATHS = ("/health/",)


class CompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        media_type = response.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if request.path.startswith(NOT_COMPRESSED_PATHS) or not media_type.startswith(TEXT_TYPES):
            return response
        return super().process_response(request, response)
