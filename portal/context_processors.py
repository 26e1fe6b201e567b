from django.conf import settings
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject


def translations(request):
    """URLs of this view in each language, for the language toggle and hreflang alternates,
    worked out only if a template asks: CMS pages replace them with their real translations."""
    return {"translations": SimpleLazyObject(lambda: {
        code: translate_url(request.path, code) for code, _name in settings.LANGUAGES})}
