"""Subject access: one ZIP holding a bilingual document, the same records as JSON and each
voicemail's audio; only the person's own records (by their foreign keys), never those of a
household member who shares their email and phone; the request and the download audited."""

import io
import json
import zipfile

import pytest

from enquiries.models import AuditEntry, Notification
from privacy.records import person_ids
from tests.staff import INFORMATION_GOVERNANCE, MANAGER, REGIONAL, make_staff

pytestmark = pytest.mark.django_db
TAGS = ("Message {}", "Event note {}", "Call notes {}", "Staff note {}", "Text message {}",
        "Access needs {}", "Booking message {}", "Subject {}", "Callback note {}",
        "Hold reason {}")


def url(contact):
    return f"/admin/data-protection/{contact.pk}/subject-access/"


def download(client, contact):
    response = client.post(url(contact))
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return archive, json.loads(archive.read("subject-access.json")), \
        archive.read("subject-access.html").decode()


def test_the_export_holds_every_record_of_the_person_and_nothing_of_their_household(
        client, household):
    sian, tom = household.sian, household.tom
    user = make_staff(INFORMATION_GOVERNANCE)
    client.force_login(user)
    confirm = client.get(url(sian.contact))
    assert confirm.status_code == 200
    assert AuditEntry.objects.filter(user=user, action="subject-access-request",
                                     contact_id=sian.contact.pk).exists()

    archive, data, document = download(client, sian.contact)
    text = json.dumps(data, ensure_ascii=False)
    for tag in TAGS:
        assert tag.format("SIAN") in text, tag
        assert tag.format("SIAN") in document, tag
        assert tag.format("TOM") not in text and tag.format("TOM") not in document, tag
    assert sian.enquiry.reference in text and sian.enquiry.reference in document
    assert tom.enquiry.reference not in text and tom.enquiry.reference not in document
    assert "Tom" not in text and "Tom" not in document
    assert [c["First name"] for c in data["contact"]] == ["Siân"]
    assert data["contact"][0]["Email addresses"] == ["teulu.jones@example.org"]
    # Emails sent: the enquiry's confirmation (Notification) and the booking's message.
    confirmation = Notification.objects.filter(enquiry=sian.enquiry).count()
    assert confirmation and len(data["messages_sent"]) == confirmation + 1
    assert {len(data[key]) for key in ("bookings", "callbacks", "legal_holds", "texts")} == {1}
    assert len(data["calls"]) == 3  # the call, the note and the voicemail
    # The voicemail's audio, fetched from Twilio into the ZIP; Tom's is not.
    audio = [name for name in archive.namelist() if name.startswith("recordings/")]
    assert audio == [f"recordings/call-{sian.voicemail.pk}.mp3"]
    assert archive.read(audio[0]) == b"AUDIO SIAN"
    assert data["recordings"] == [{"call": sian.voicemail.pk, "file": audio[0],
                                   "at": sian.voicemail.queued_at.isoformat()}]
    assert AuditEntry.objects.filter(user=user, action="subject-access-download",
                                     contact_id=sian.contact.pk).exists()


def test_the_document_reads_in_the_persons_language_first_then_the_other(client, household):
    client.force_login(make_staff(INFORMATION_GOVERNANCE))
    _archive, _data, welsh_first = download(client, household.sian.contact)
    assert '<html lang="cy">' in welsh_first
    assert welsh_first.index("Manylion cyswllt") < welsh_first.index("Contact details")
    _archive, _data, english_first = download(client, household.tom.contact)
    assert '<html lang="en">' in english_first
    assert english_first.index("Contact details") < english_first.index("Manylion cyswllt")


def test_a_recording_twilio_cannot_give_is_listed_as_unavailable(client, household,
                                                                  twilio_api):
    twilio_api.recordings.clear()
    client.force_login(make_staff(INFORMATION_GOVERNANCE))
    archive, data, document = download(client, household.sian.contact)
    assert not [name for name in archive.namelist() if name.startswith("recordings/")]
    assert data["recordings"][0]["file"] is None
    assert "could not be fetched from our telephone provider" in document
    assert "ni fu modd" in document.lower()


def test_records_merged_into_the_person_are_theirs(client, household):
    sian = household.sian.contact
    from tests.factories import people
    old = people.contact(first_name="Sian", last_name="Jones", email="hen@example.org")
    old.merged_into = sian
    old.save()
    older = people.contact(first_name="S", last_name="Jones", email="hyn@example.org")
    older.merged_into = old
    older.save()
    assert person_ids(sian) == sorted([sian.pk, old.pk, older.pk])
    client.force_login(make_staff(INFORMATION_GOVERNANCE))
    _archive, data, _document = download(client, sian)
    assert {a for c in data["contact"] for a in c["Email addresses"]} == {
        "teulu.jones@example.org", "hen@example.org", "hyn@example.org"}


def test_only_national_staff_with_the_permission(client, household):
    sian = household.sian.contact
    client.force_login(make_staff(INFORMATION_GOVERNANCE, region="north-wales"))
    assert client.get(url(sian)).status_code == 302  # refused by the admin
    client.force_login(make_staff(MANAGER))
    assert client.post(url(sian)).status_code == 302
    client.force_login(make_staff(REGIONAL, region="north-wales"))
    assert client.post(url(sian)).status_code == 302
    assert not AuditEntry.objects.filter(action="subject-access-download").exists()
    client.force_login(make_staff(INFORMATION_GOVERNANCE))
    assert client.get("/admin/data-protection/999999/subject-access/").status_code == 404
