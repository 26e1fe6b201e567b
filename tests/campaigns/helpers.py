import copy

from campaigns import demo


def campaign(code="naw-2026", welsh_live=True):
    """The demo campaign under another code; the Welsh page published only if asked."""
    text = copy.deepcopy(demo.CAMPAIGN)
    text["code"] = code
    for language in ("en", "cy"):
        text[language]["slug"] = f"{text[language]['slug']}-{code}"
    page = demo.build(text)
    if not welsh_live:
        page.get_translation(locale_of("cy")).unpublish()
    return page


def locale_of(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)
