"""A service's own staff attach its information pack (docs/information-pack.md): regional staff
their region's, agency staff their agency's, on /admin/information-pack/, and nobody else's.
The new pack is what the next confirmation links; bad files get a clear error in the admin's
language."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.users.models import UserProfile

from directory.demo_packs import pdf
from enquiries.models import AuditEntry
from tests.enquiries.test_information_pack import (  # noqa: F401 (fixtures)
    CARDIFF_SERVICE,
    confirmation,
    fresh_rate_limits,
    send,
    smtp,
)
from tests.factories import packs, people
from tests.staff import AGENCY, MANAGER, REGIONAL, make_staff

pytestmark = pytest.mark.django_db
URL = "/admin/information-pack/"


def a_pdf(title="Pecyn newydd", name="pack.pdf"):
    return SimpleUploadedFile(name, pdf([title]), content_type="application/pdf")


def welsh(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "cy"
    profile.save()
    return user


def test_regional_staff_replace_their_regions_english_pack_and_the_confirmation_links_it(
        client, smtp, django_capture_on_commit_callbacks):  # noqa: F811
    region = packs.attach(people.region(CARDIFF_SERVICE))
    old_welsh = region.information_pack_cy
    worker = make_staff(REGIONAL, region=CARDIFF_SERVICE)
    client.force_login(worker)
    page = client.get(URL).content.decode()
    assert region.information_pack.title in page and region.information_pack.url in page
    response = client.post(URL, {"en": a_pdf("Our new pack", "new-pack.pdf"), "cy": ""})
    assert response.status_code == 302 and response["Location"] == URL
    region.refresh_from_db()
    new = region.information_pack
    assert new.title.endswith("information pack (English)") and new.file.name.endswith(".pdf")
    assert new.collection.name == "Information packs" and new.uploaded_by_user == worker
    assert region.information_pack_cy == old_welsh  # left empty: kept
    entry = AuditEntry.objects.get(action="pack", user=worker)
    assert (entry.object_type, entry.object_id, entry.detail) == ("region", str(region.pk),
                                                                 f"en:{new.pk}")
    client.logout()
    send(client, django_capture_on_commit_callbacks, language="en")
    assert f"https://adopt.example.org{new.url}" in confirmation(smtp)


def test_another_regions_worker_changes_only_their_own_region(client):
    north = packs.attach(people.region("north-wales"))
    before = (north.information_pack_id, north.information_pack_cy_id)
    client.force_login(make_staff(REGIONAL, region="western-bay"))
    page = client.get(URL).content.decode()
    assert people.region("western-bay").name_en in page and north.name_en not in page
    assert north.information_pack.url not in page
    # The form names no service: a forged one is ignored, and the upload is Western Bay's.
    client.post(URL, {"cy": a_pdf(), "region": north.pk, "agency": "", "pk": north.pk})
    north.refresh_from_db()
    assert (north.information_pack_id, north.information_pack_cy_id) == before
    assert people.region("western-bay").information_pack_cy is not None
    assert client.get(f"/admin/snippets/directory/region/edit/{north.pk}/")["Location"] \
        == "/admin/"


def test_national_staff_have_no_own_pack_here(client):
    national = make_staff(REGIONAL)  # the role, but no wall: no service of their own
    client.force_login(national)
    assert client.get(URL).status_code == 404
    assert client.post(URL, {"en": a_pdf()}).status_code == 404
    client.force_login(make_staff(MANAGER))  # keeps every pack in the snippets instead
    assert client.get(URL)["Location"] == "/admin/"


def test_agency_staff_attach_their_agencys_welsh_pack_not_their_regions(client):
    agency, region = people.agency("st-davids"), people.region("north-wales")
    regions_packs = (region.information_pack_id, region.information_pack_cy_id)
    client.force_login(make_staff(AGENCY, agency="st-davids"))
    assert "St David" in client.get(URL).content.decode()
    assert client.post(URL, {"cy": a_pdf("Pecyn Dewi Sant")}).status_code == 302
    agency.refresh_from_db()
    region.refresh_from_db()
    assert agency.information_pack_cy.title.endswith("pecyn gwybodaeth (Cymraeg)")
    assert agency.information_pack is None
    assert (region.information_pack_id, region.information_pack_cy_id) == regions_packs


@pytest.mark.parametrize("upload, error", [
    (SimpleUploadedFile("pack.docx", b"PK\x03\x04 not a pdf"),
     "Rhaid i’r pecyn fod yn ffeil PDF (yn gorffen gyda .pdf)."),
    (SimpleUploadedFile("renamed.pdf", b"PK\x03\x04 a word file"),
     "Rhaid i’r pecyn fod yn ffeil PDF (yn gorffen gyda .pdf)."),
    (SimpleUploadedFile("empty.pdf", b""),
     "Mae’r ffeil a ddewisoch yn wag. Dewiswch PDF y pecyn."),
    (None, "Dewiswch PDF i’w lwytho i fyny, yn Saesneg neu yn Gymraeg (neu’r ddau)."),
])
def test_a_bad_upload_gets_a_clear_welsh_error(client, upload, error):
    region = people.region("north-wales")
    client.force_login(welsh(make_staff(REGIONAL, region="north-wales")))
    documents = get_document_model().objects.count()
    response = client.post(URL, {"en": upload} if upload else {})
    page = response.content.decode()
    assert response.status_code == 200
    assert error in page and "Mae problem wedi codi" in page
    assert get_document_model().objects.count() == documents
    assert (people.region("north-wales").information_pack_id == region.information_pack_id)
