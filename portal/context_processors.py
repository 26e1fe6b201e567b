from django.conf import settings
from django.urls import translate_url


def translations(request):
    """URLs of this view in each language, for the language toggle and hreflang alternates.
    CMS pages replace this with their real translations."""
    return {"translations": {code: translate_url(request.path, code)
                             for code, _name in settings.LANGUAGES}}
