"""The side doors around the walls, tried as an attacker would: a role that should see no one,
"new contact from a call" with another region's details, a merge of a person shared by two
regions, a search by another region's reference, and two people sharing one email."""

import pytest
from django.core import mail

from enquiries.models import AuditEntry, Contact, Enquiry, PossibleMatch
from enquiries.people import find_caller
from helpline.models import Interaction
from tests.enquiries.helpers import form_data
from tests.factories import people
from tests.helpers import run_worker
from tests.staff import AGENT, MARKETING, REGIONAL, TRANSLATOR, make_staff

pytestmark = pytest.mark.django_db

NORTH, WEST = "W06000002", "W06000011"  # Conwy (North Wales), Swansea (Western Bay)


def enquiry(council, first_name="Rhiannon", email="rhiannon@example.org", phone="07400 100200",
            language="cy"):
    return people.enquiry(council_code=council, first_name=first_name, last_name="Owen",
                          email=email, phone=phone, language=language)


@pytest.mark.parametrize("role", [MARKETING, TRANSLATOR])
def test_a_national_profile_gives_editors_no_personal_data(client, role):
    theirs = enquiry(WEST)
    client.force_login(make_staff(role))  # national profile, as an administrator might give
    for url in ("/admin/enquiries/", "/admin/enquiries/export.csv",
                f"/admin/enquiries/{theirs.pk}/", "/admin/helpline/",
                f"/admin/helpline/contacts/{theirs.contact_id}/"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url
    client.post(f"/admin/enquiries/{theirs.pk}/reassign/", {"region": 1, "reason": "x"})
    assert Enquiry.objects.get(pk=theirs.pk).region.slug == "western-bay"


def test_new_contact_with_another_regions_email_never_reaches_that_person(client):
    theirs = enquiry(WEST)
    call = Interaction.objects.create(from_number="+447400999000", language="en",
                                      region=enquiry(NORTH, email="", phone="07400 100999",
                                                     first_name="Other").region,
                                      status="completed")
    agent = make_staff(AGENT, region="north-wales")
    client.force_login(agent)
    response = client.post("/admin/helpline/contacts/new/", {
        "call": call.pk, "first_name": "Rhiannon", "last_name": "Owen",
        "email": "rhiannon@example.org", "phone": "07400 100200", "language": "en"})
    new = Contact.objects.get(first_name="Rhiannon", emails__address="rhiannon@example.org",
                              interactions=call)
    assert response["Location"] == f"/admin/helpline/contacts/{new.pk}/"
    call.refresh_from_db()
    assert call.contact == new  # the call is linked to a new contact, not to theirs
    person = Contact.objects.get(pk=theirs.contact_id)
    assert person.preferred_language == "cy" and person.phones.count() == 1
    assert client.get(f"/admin/helpline/contacts/{person.pk}/").status_code == 404
    page = client.get(response["Location"]).content.decode()
    assert theirs.reference not in page and "Western Bay" not in page
    assert PossibleMatch.objects.filter(new=new, existing=person).exists()  # for national staff
    assert AuditEntry.objects.filter(user=agent, action="create-or-find",
                                     contact_id=new.pk).exists()
    assert AuditEntry.objects.filter(user=agent, action="view", object_type="interaction",
                                     object_id=str(call.pk)).exists()


def test_new_contact_cannot_take_another_regions_call(client):
    call = Interaction.objects.create(from_number="+447400999000", status="completed",
                                      region=enquiry(NORTH).region)
    west_call = Interaction.objects.create(from_number="+447400999001", status="completed",
                                           region=enquiry(WEST).region)
    client.force_login(make_staff(REGIONAL, region="north-wales"))
    assert client.get("/admin/helpline/contacts/new/", {"call": call.pk}).status_code == 200
    assert client.get("/admin/helpline/contacts/new/", {"call": west_call.pk}).status_code == 404


def test_a_merge_of_a_shared_person_moves_only_your_regions_records(client):
    west = enquiry(WEST)
    north = enquiry(NORTH, email="rhiannon.owen@example.org", phone="")
    shared = west.contact  # one person with enquiries in two regions
    Enquiry.objects.filter(pk=north.pk).update(contact=shared)
    mine = enquiry(NORTH, first_name="Rhiannon", email="r.owen@example.org", phone="")
    agent = make_staff(AGENT, region="north-wales")
    client.force_login(agent)
    preview = client.get(f"/admin/helpline/contacts/{shared.pk}/merge/",
                         {"into": mine.contact_id}).content.decode()
    assert north.reference in preview and west.reference not in preview
    found = client.get("/admin/helpline/", {"q": west.reference}).content.decode()
    assert f"/admin/helpline/contacts/{shared.pk}/" not in found
    client.post(f"/admin/helpline/contacts/{shared.pk}/merge/", {"into": mine.contact_id})
    assert Enquiry.objects.get(pk=north.pk).contact_id == mine.contact_id
    assert Enquiry.objects.get(pk=west.pk).contact_id == shared.pk  # Western Bay's stays
    shared.refresh_from_db()
    assert shared.merged_into is None  # still Western Bay's person, unchanged for them


def test_a_regional_user_sees_a_fresh_caller_but_not_a_national_enquirer(client):
    fresh = people.contact(first_name="Ifan", last_name="Rhys", language="en")
    national = people.enquiry(council_code=None, first_name="Anna", last_name="Smith",
                              email="a@example.org", language="en").contact
    client.force_login(make_staff(REGIONAL, region="north-wales"))
    assert client.get(f"/admin/helpline/contacts/{fresh.pk}/").status_code == 200
    assert client.get(f"/admin/helpline/contacts/{national.pk}/").status_code == 404


def test_two_people_sharing_an_email_are_two_contacts_each_greeted_by_name(
        client, django_capture_on_commit_callbacks):
    shared = {"email": "teulu@example.org", "phone": "07400 123456"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/cy/ymholiad/", form_data(first_name="Rhiannon", last_name="Owen",
                                               language="cy", **shared))
        client.post("/en/enquire/", form_data(first_name="Dafydd", last_name="Owen",
                                              language="en", **shared))
        client.post("/en/enquire/", form_data(first_name="rhiannon", last_name="OWEN",
                                              language="en", **shared))
    rhiannon, dafydd = (Contact.objects.get(first_name=n) for n in ("Rhiannon", "Dafydd"))
    assert Contact.objects.count() == 2
    assert rhiannon.enquiries.count() == 2 and dafydd.enquiries.count() == 1
    assert PossibleMatch.objects.filter(new=dafydd, existing=rhiannon).exists()
    run_worker()
    greetings = sorted(line for m in mail.outbox if m.to == ["teulu@example.org"]
                       for line in m.body.splitlines() if line.startswith(("Dear", "Annwyl")))
    assert greetings == ["Annwyl Rhiannon,", "Dear Dafydd,", "Dear rhiannon,"]
    assert dafydd.preferred_language == "en"
    assert find_caller("+447400123456") is None  # a shared phone: the agent chooses


def test_a_returning_person_is_found_with_accents_folded(client):
    first = enquiry(NORTH, first_name="Siân", email="sian@example.org")
    again = people.enquiry(council_code=first.local_authority.gss_code, first_name="sian",
                           last_name="owen", email="SIAN@example.org", language="en")
    assert again.contact_id == first.contact_id and again.first_name == "sian"


def test_national_staff_review_the_matches_a_wall_hid(client):
    theirs = enquiry(WEST)
    call = Interaction.objects.create(from_number="+447400999000", status="completed",
                                      region=enquiry(NORTH, email="", phone="07400 100999",
                                                     first_name="Other").region)
    client.force_login(make_staff(AGENT, region="north-wales"))
    client.post("/admin/helpline/contacts/new/", {
        "call": call.pk, "first_name": "Rhiannon", "last_name": "Owen",
        "email": "rhiannon@example.org", "phone": "", "language": "en"})
    assert "Rhiannon" not in client.get("/admin/helpline/possible-matches/").content.decode()
    client.force_login(make_staff(AGENT))  # national
    listing = client.get("/admin/helpline/possible-matches/").content.decode()
    match = PossibleMatch.objects.get(existing=theirs.contact)
    assert f"?into={theirs.contact_id}" in listing
    client.post(f"/admin/helpline/possible-matches/{match.pk}/dismiss/")
    match.refresh_from_db()
    assert match.resolved_at is not None
    assert f"?into={theirs.contact_id}" not in client.get(
        "/admin/helpline/possible-matches/").content.decode()
