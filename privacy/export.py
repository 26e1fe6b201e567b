"""The subject access export: one ZIP with a readable document (every heading in English and
in Welsh, the person's own language first), the same records as JSON, and each voicemail's
audio fetched from Twilio. A recording Twilio cannot give is listed as unavailable."""

import io
import json
import logging
import zipfile

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from helpline.staff.recordings import mp3_url
from portal.twilio import MediaUnavailable, open_media
from privacy.records import collect, recordings

logger = logging.getLogger(__name__)
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}


def languages(contact):
    """The person's language first."""
    return ("cy", "en") if contact.preferred_language == "cy" else ("en", "cy")


def both(text, order):
    """A label in each language, in the reader's order: [(language, text)]."""
    said = []
    for language in order:
        with translation.override(language):
            said.append((language, str(text)))
    return said


def _fetch(call):
    """(file name in the ZIP, audio bytes) or (None, why not)."""
    try:
        upstream = open_media(mp3_url(call.recording_url))
    except MediaUnavailable as error:
        logger.warning("Recording of call %s not fetched for subject access: %s", call.pk, error)
        return None, str(error)
    try:
        audio = b"".join(upstream.iter_content(64 * 1024))
    except Exception as error:  # a connection lost mid-stream (requests raises several kinds)
        logger.warning("Recording of call %s cut short: %s", call.pk, error)
        return None, str(error)
    finally:
        upstream.close()
    return f"recordings/call-{call.pk}.mp3", audio


def build(contact):
    """(file name, ZIP bytes) of everything held about the person."""
    order = languages(contact)
    sections = collect(contact)
    made = timezone.now()
    audio, listed = {}, []
    for call in recordings(contact):
        name, got = _fetch(call)
        if name:
            audio[name] = got
        listed.append({"call": call.pk, "at": call.queued_at.isoformat(), "file": name})
    data = {"generated": made.isoformat(), "person": contact.pk,
            **{key: [{str(_english(label)): value for label, value in record}
                     for record in records] for key, _heading, records in sections},
            "recordings": listed}
    document = render_to_string("privacy/subject_access.html", {
        "contact": contact, "made": made, "lang": order[0],
        "title": both(TITLE, order), "intro": both(INTRO, order),
        "sections": [{"heading": both(heading, order),
                      "records": [[(both(label, order), *_shown(value)) for label, value in rec]
                                  for rec in records],
                      "none": both(NONE, order)}
                     for _key, heading, records in sections],
        "recordings_heading": both(RECORDINGS, order),
        "recordings": [{**item, "missing": both(UNAVAILABLE, order)} for item in listed],
    })
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("subject-access.html", document)
        archive.writestr("subject-access.json", json.dumps(data, ensure_ascii=False, indent=2))
        for name, content in audio.items():
            archive.writestr(name, content)
    return f"subject-access-{contact.pk}-{made:%Y%m%d}.zip", buffer.getvalue()


def _english(label):
    with translation.override("en"):
        return str(label)


def _shown(value):
    """(lines, text): a list (and a history) one item a line, anything else as text."""
    if isinstance(value, list):
        return [" · ".join(f"{v}" for v in item.values()) if isinstance(item, dict) else item
                for item in value], None
    return None, "—" if value is None or value == "" else value


# The document's own headings (lazy: rendered in each language).

TITLE = _("What Adopt Cymru holds about you")
INTRO = _("This is every record the portal holds about you, as of the date below. The file "
          "subject-access.json holds the same records in a machine-readable form.")
NONE = _("None held.")
RECORDINGS = _("Voicemail and call recordings")
UNAVAILABLE = _("This recording could not be fetched from our telephone provider; ask us and "
                "we will send it separately.")
