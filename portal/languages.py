"""The portal's two languages as choices, defined once. Stored values are "en" and "cy";
forms people fill in offer Welsh first, as the Welsh Language Standards ask."""

from django.utils.translation import gettext_lazy as _

ENGLISH, WELSH = ("en", _("English")), ("cy", _("Welsh"))
LANGUAGES = [ENGLISH, WELSH]
WELSH_FIRST = [WELSH, ENGLISH]


def any_language(label):
    """Choices for a filter: `label` (e.g. "Any language") for no filter, then the languages."""
    return [("", label), *LANGUAGES]
