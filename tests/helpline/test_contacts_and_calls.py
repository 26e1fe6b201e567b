"""One person, one timeline: a web enquiry and a helpline call land on the same contact."""

import datetime

import pytest
from django.utils import timezone

from enquiries.models import Contact, Enquiry, PossibleMatch
from helpline.models import Callback, Interaction, OutcomeCode
from tests.factories import people
from tests.staff import AGENT, REGIONAL, make_staff

pytestmark = pytest.mark.django_db


def staff(region_slug=None):
    """Regional staff in their region, or a national helpline agent."""
    return make_staff(REGIONAL if region_slug else AGENT, region=region_slug)


def web_enquiry(council="W06000015", phone="07400 123456", email="nia@example.org"):
    return people.enquiry(council_code=council, first_name="Nia", last_name="Ŵyn", email=email,
                          phone=phone, contact_method="phone")


@pytest.mark.parametrize("query", ["07400 123456", "+447400123456", "0044 7400 123456",
                                   "NIA@example.org", "Ŵyn"])
def test_an_agent_finds_the_contact_a_web_enquiry_created(client, query):
    enquiry = web_enquiry()
    client.force_login(staff())
    html = client.get("/admin/helpline/", {"q": query}).content.decode()
    assert f"/admin/helpline/contacts/{enquiry.contact_id}/" in html


def test_finding_by_enquiry_reference(client):
    enquiry = web_enquiry()
    client.force_login(staff())
    html = client.get("/admin/helpline/", {"q": enquiry.reference.lower()}).content.decode()
    assert f"/admin/helpline/contacts/{enquiry.contact_id}/" in html


def test_a_logged_call_and_the_web_enquiry_share_one_timeline(client):
    enquiry = web_enquiry()
    agent = staff()
    client.force_login(agent)
    outcome = OutcomeCode.objects.get(code="information-given")
    client.post(f"/admin/helpline/contacts/{enquiry.contact_id}/log/", {
        "kind": "call", "direction": "in", "language": "cy", "outcome": outcome.pk,
        "topics": "assessment", "notes": "Gofynnodd am yr asesiad.", "follow_up": ""})
    call = Interaction.objects.get()
    assert (call.contact_id, call.agent, call.status) == (enquiry.contact_id, agent, "completed")
    html = client.get(f"/admin/helpline/contacts/{enquiry.contact_id}/").content.decode()
    assert "Gofynnodd am yr asesiad." in html
    assert enquiry.reference in html
    assert html.index("Gofynnodd am yr asesiad.") < html.index(enquiry.reference)  # newest first


def test_an_enquiry_raised_from_a_call_is_routed_like_a_web_one(client):
    contact = people.contact(first_name="Huw", last_name="Jones", language="en",
                             phone="+447400999888")
    client.force_login(staff())
    client.post(f"/admin/helpline/contacts/{contact.pk}/enquiry/", {
        "interest": "adopting", "household": "couple", "language": "en",
        "contact_method": "phone", "council": "W06000002", "message": ""})
    enquiry = Enquiry.objects.get()
    assert enquiry.contact == contact and Contact.objects.count() == 1
    assert (enquiry.region.slug, enquiry.route) == ("north-wales", "council")
    assert "helpline call" in enquiry.events.get(kind="received").text


def test_region_wall_for_contacts_calls_and_callbacks(client):
    cardiff = web_enquiry()  # Vale, Valleys and Cardiff
    wrexham = web_enquiry(council="W06000006", phone="07400 222333", email="b@example.org")
    north = people.region("north-wales")
    Interaction.objects.create(contact=wrexham.contact, region=north, notes="Galwad y gogledd")
    due = timezone.now() - datetime.timedelta(hours=1)
    Callback.objects.create(contact=cardiff.contact, phone="+447400123456", due_at=due,
                            region=cardiff.region)
    Callback.objects.create(contact=wrexham.contact, phone="+447400222333", due_at=due,
                            region=north)
    client.force_login(staff("north-wales"))
    assert client.get(f"/admin/helpline/contacts/{cardiff.contact_id}/").status_code == 404
    assert client.get(f"/admin/helpline/contacts/{wrexham.contact_id}/").status_code == 200
    found = client.get("/admin/helpline/", {"q": "07400 123456"}).content.decode()
    assert f"/contacts/{cardiff.contact_id}/" not in found
    queue = client.get("/admin/helpline/callbacks/").content.decode()
    assert "07400 222333" in queue and "07400 123456" not in queue  # national format
    other = Callback.objects.get(region=cardiff.region)
    assert client.post(f"/admin/helpline/callbacks/{other.pk}/attempt/",
                       {"result": "x", "next_step": "done"}).status_code == 404


def test_working_the_callback_queue(client):
    enquiry = web_enquiry()
    callback = Callback.objects.create(contact=enquiry.contact, phone="+447400123456",
                                       due_at=timezone.now(), language="cy")
    agent = staff()
    client.force_login(agent)
    path = f"/admin/helpline/callbacks/{callback.pk}/attempt/"
    client.post(path, {"result": "No answer", "next_step": "retry"})
    client.post(path, {"result": "Spoke", "next_step": "done"})
    callback.refresh_from_db()
    assert (callback.attempts, callback.result, callback.assigned_to) == (2, "Spoke", agent)
    assert callback.completed_at is not None
    assert "+447400123456" not in client.get("/admin/helpline/callbacks/").content.decode()


def test_notes_are_escaped(client):
    enquiry = web_enquiry()
    Interaction.objects.create(contact=enquiry.contact, notes="<script>alert(1)</script>")
    client.force_login(staff())
    html = client.get(f"/admin/helpline/contacts/{enquiry.contact_id}/").content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_merging_a_duplicate_previews_then_moves_everything_atomically(client):
    first = web_enquiry()
    second = web_enquiry(phone="07400 555666", email="nia.wyn@example.org")
    duplicate, survivor = second.contact, first.contact
    Interaction.objects.create(contact=duplicate, notes="Old call")
    manager = staff()
    client.force_login(manager)
    preview = client.get(f"/admin/helpline/contacts/{duplicate.pk}/merge/",
                         {"into": survivor.pk}).content.decode()
    assert second.reference in preview and "+447400555666" in preview
    assert Interaction.objects.get().contact == duplicate  # nothing moved yet
    client.post(f"/admin/helpline/contacts/{duplicate.pk}/merge/", {"into": survivor.pk})
    duplicate.refresh_from_db()
    assert duplicate.merged_into == survivor
    assert set(survivor.enquiries.values_list("reference", flat=True)) == {
        first.reference, second.reference}
    assert survivor.phones.count() == 2 and survivor.emails.count() == 2
    assert Interaction.objects.get().contact == survivor
    from enquiries.models import AuditEntry
    assert AuditEntry.objects.filter(user=manager, action="merge", object_id=str(duplicate.pk),
                                     detail=f"into contact {survivor.pk}").exists()
    from enquiries.people import find_caller
    assert find_caller("+447400555666") == survivor  # the pointer is followed


def test_an_unknown_caller_becomes_a_contact_and_the_call_is_linked(client):
    call = Interaction.objects.create(twilio_sid="CA" + "9" * 32, from_number="+447400333444",
                                      language="cy", status="completed")
    client.force_login(staff())
    listing = client.get("/admin/helpline/").content.decode()
    assert "07400 333444" in listing and f"?call={call.pk}" in listing
    form = client.get("/admin/helpline/contacts/new/", {"call": call.pk}).content.decode()
    assert 'value="+447400333444"' in form
    client.post("/admin/helpline/contacts/new/", {
        "call": call.pk, "first_name": "Ifan", "last_name": "Rhys",
        "phone": "+447400333444", "email": "", "language": "cy"})
    call.refresh_from_db()
    assert call.contact.first_name == "Ifan"
    assert call.contact.phones.get().number == "+447400333444"


def test_a_new_contact_with_a_known_name_and_number_reuses_the_record(client):
    enquiry = web_enquiry()
    client.force_login(staff())
    client.post("/admin/helpline/contacts/new/", {
        "first_name": "nia", "last_name": "Wyn", "phone": "07400 123456", "email": "",
        "language": "cy"})
    assert Contact.objects.count() == 1
    assert Contact.objects.get() == enquiry.contact


def test_someone_else_on_the_same_number_is_a_new_contact_flagged_as_a_possible_match(client):
    enquiry = web_enquiry()
    client.force_login(staff())
    response = client.post("/admin/helpline/contacts/new/", {
        "first_name": "Dafydd", "last_name": "Ŵyn", "phone": "07400 123456", "email": "",
        "language": "en"})
    dafydd = Contact.objects.get(first_name="Dafydd")
    assert response["Location"] == f"/admin/helpline/contacts/{dafydd.pk}/"
    assert PossibleMatch.objects.filter(new=dafydd, existing=enquiry.contact,
                                        shared="phone").exists()
    enquiry.contact.refresh_from_db()
    assert (enquiry.contact.first_name, enquiry.contact.preferred_language) == ("Nia", "cy")
