"""The portal's two languages as choices, defined once. Stored values are "en" and "cy";
forms people fill in offer Welsh first, as the Welsh Language Standards ask."""

from django.utils.translation import gettext_lazy as _

# Query parameters the language toggle carries to the other language, so that switching keeps
# what the reader was doing: their search, where sign-in goes next, and apps' own (enquiries:
# campaign attribution).
_kept_on_toggle = {"q", "next"}

ENGLISH, WELSH = ("en", _("English")), ("cy", _("Welsh"))
LANGUAGES = [ENGLISH, WELSH]
WELSH_FIRST = [WELSH, ENGLISH]


def any_language(label):
    """Choices for a filter: `label` (e.g. "Any language") for no filter, then the languages."""
    return [("", label), *LANGUAGES]


def keep_on_toggle(*names):
    """Register query parameters that mean the same in both languages (call in ready())."""
    _kept_on_toggle.update(names)


def kept_on_toggle(query):
    """The registered parameters present in `query` (a QueryDict), as a new QueryDict."""
    kept = query.copy()
    for name in list(kept):
        if name not in _kept_on_toggle:
            del kept[name]
    return kept
