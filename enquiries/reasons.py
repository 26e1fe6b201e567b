"""Why an enquiry went where it went, kept as a code and the names it mentions in both
languages (`Enquiry.routing_why`, `EnquiryEvent.why`), so that each reader sees the reason in
their own language. The English text is stored too (`routing_reason`, `EnquiryEvent.text`):
exports and the audit keep it, and rows from before codes fall back to it."""

import datetime

from django.utils import formats, translation
from django.utils.translation import gettext_lazy as _

SENTENCES = {
    "agency": _("The enquirer chose %(agency)s."),
    "agency-in-region": _("The enquirer chose %(agency)s; %(council)s is served by "
                          "%(region)s."),
    "outside-wales": _("Lives outside Wales and asked to be contacted: national team."),
    "no-region": _("No region serves %(council)s on %(day)s: national team."),
    "council": _("%(council)s (%(gss)s) is served by %(region)s."),
    "event": _("Booked a place on an event run by %(organiser)s."),
    "event-national": _("Booked a place on a national event: national team."),
    "moved": _("Moved from %(old)s to %(new)s: %(note)s"),
    "moved-from-national": _("Moved from the national team to %(new)s: %(note)s"),
    "received": _("Received %(source)s %(language)s."),
    # Lines of an enquiry's history written by staff actions (EnquiryEvent.why).
    "first-response": _("First response recorded."),
    "status": _("%(old)s → %(new)s"),
    "status-closed": _("%(old)s → %(new)s: %(reason)s"),
    "assigned": _("Assigned to %(name)s."),
    "unassigned": _("Assigned to nobody."),
    "resend": _("Asked to send “%(what)s” again."),
}
# How an enquiry arrived (`NewEnquiry.source`) and in which language, as "received" says them.
SOURCES = {"the website": {"en": "through the website", "cy": "drwy'r wefan"},
           "a helpline call": {"en": "from a helpline call",
                               "cy": "o alwad i'r llinell gymorth"},
           "an event booking": {"en": "from an event booking",
                                "cy": "o archebu lle ar ddigwyddiad"}}
IN_LANGUAGE = {"en": {"en": "in English", "cy": "yn Saesneg"},
               "cy": {"en": "in Welsh", "cy": "yn Gymraeg"}}


def names(record):
    """A directory record's name in both languages, as a reason stores it."""
    return {"en": record.name_en, "cy": record.name_cy or record.name_en}


def why(code, **words):
    """The stored form of a reason: its code and the words it needs (names from `names()`,
    dates as ISO strings, free text as given)."""
    assert code in SENTENCES, code
    return {"code": code, **words}


def in_both(label):
    """A translatable label (a choice's display, a lazy string) in both languages."""
    words = {}
    for language in ("en", "cy"):
        with translation.override(language):
            words[language] = str(label() if callable(label) else label)
    return words


def received(source, language):
    """The stored form of "received through the website in Welsh"."""
    return why("received", source=SOURCES.get(source, {"en": f"through {source}"}),
               language=IN_LANGUAGE.get(language, {"en": f"in {language}"}))


def describe(stored, fallback=""):
    """The reason in the active language; `fallback` (the stored English) when there is none."""
    if not stored or stored.get("code") not in SENTENCES:
        return fallback
    language = translation.get_language() or "en"
    words = {}
    for key, value in stored.items():
        if isinstance(value, dict):
            value = value.get(language) or value.get("en", "")
        elif key == "day":
            value = formats.date_format(datetime.date.fromisoformat(value), "j F Y")
        words[key] = value
    return SENTENCES[stored["code"]] % words


def in_english(stored):
    with translation.override("en"):
        return describe(stored)
