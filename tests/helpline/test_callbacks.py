"""Callbacks agents can run: booked for a person or from a call, inside the wall, at a time
still to come; attempts that say what happened, then done or try again."""

import datetime

import pytest
from django.utils import timezone

from enquiries.models import AuditEntry
from helpline.models import Callback, Interaction, OutcomeCode
from tests.factories import people
from tests.helpline.conftest import LONDON, OPEN
from tests.staff import AGENT, MARKETING, REGIONAL, make_staff

pytestmark = pytest.mark.django_db
TOMORROW = {"due_date": "2026-12-03", "due_time": "10:30"}


@pytest.fixture(autouse=True)
def clock(settings):
    settings.HELPLINE_NOW = OPEN  # Wednesday 2 December 2026, 11:00 in Wales


@pytest.fixture
def agent():
    return make_staff(AGENT, first_name="Gwen", last_name="Morgan")


@pytest.fixture
def nia():
    return people.contact(first_name="Nia", last_name="Ŵyn", language="cy",
                          phone="+447400123456")


def book(client, contact, query="", **fields):
    data = {**TOMORROW, "phone": "+447400123456", "language": "cy", "note": "",
            "assigned_to": client.session["_auth_user_id"], **fields}  # the form's default
    return client.post(f"/admin/helpline/contacts/{contact.pk}/callback/{query}", data)


def test_the_booking_form_defaults_to_the_person_and_the_agent(client, agent, nia):
    client.force_login(agent)
    html = client.get(f"/admin/helpline/contacts/{nia.pk}/callback/").content.decode()
    assert "07400 123456" in html  # the number in national format
    assert f'<option value="{agent.pk}" selected>Gwen Morgan</option>' in html
    assert '<option value="cy" selected>' in html
    assert 'value="2026-12-02"' in html and 'value="12:00"' in html  # in an hour, UK time
    assert AuditEntry.objects.filter(user=agent, action="view", contact_id=nia.pk).exists()


def test_an_agent_books_a_callback_for_a_person(client, agent, nia):
    client.force_login(agent)
    response = book(client, nia, note="Eisiau gwybod am y noson wybodaeth")
    assert response["Location"] == f"/admin/helpline/contacts/{nia.pk}/"
    callback = Callback.objects.get()
    assert callback.due_at == datetime.datetime(2026, 12, 3, 10, 30, tzinfo=LONDON)
    assert (callback.contact, callback.assigned_to, callback.booked_by, callback.phone,
            callback.language, callback.region) == (nia, agent, agent, "+447400123456", "cy",
                                                    None)
    assert callback.note == "Eisiau gwybod am y noson wybodaeth"
    assert AuditEntry.objects.filter(user=agent, action="book-callback",
                                     object_id=str(callback.pk)).exists()
    page = client.get(response["Location"])
    assert "Callback booked for" in str(list(page.context["messages"])[0])


def test_a_time_in_the_past_is_refused(client, agent, nia):
    client.force_login(agent)
    response = book(client, nia, due_date="2026-12-02", due_time="10:00")
    assert response.status_code == 200
    assert "Choose a time that is still to come." in response.content.decode()
    assert not Callback.objects.exists()


def test_a_number_that_is_not_the_persons_is_refused(client, agent, nia):
    client.force_login(agent)
    assert book(client, nia, phone="+447400999999").status_code == 200
    assert not Callback.objects.exists()


def test_the_assignee_must_be_inside_the_wall_and_able_to_ring_back(client, nia):
    north = make_staff(REGIONAL, region="north-wales")
    colleague = make_staff(REGIONAL, region="north-wales")
    national = make_staff(AGENT)
    elsewhere = make_staff(REGIONAL, region="western-bay")
    editor = make_staff(MARKETING)
    client.force_login(north)
    html = client.get(f"/admin/helpline/contacts/{nia.pk}/callback/").content.decode()
    assert f'value="{colleague.pk}"' in html and f'value="{national.pk}"' in html
    assert f'value="{elsewhere.pk}"' not in html and f'value="{editor.pk}"' not in html
    for outsider in (elsewhere, editor):
        response = book(client, nia, assigned_to=outsider.pk)
        assert "Select a valid choice" in response.content.decode()
    assert not Callback.objects.exists()
    book(client, nia, assigned_to=colleague.pk)
    callback = Callback.objects.get()
    assert (callback.assigned_to, callback.region.slug) == (colleague, "north-wales")


def test_people_and_calls_outside_the_wall_answer_404(client, nia):
    cardiff = people.enquiry(region_slug="vale-valleys-cardiff", phone="07400 222333")
    outside_call = Interaction.objects.create(from_number="+447400222333",
                                              region=cardiff.region)
    north = make_staff(REGIONAL, region="north-wales")
    client.force_login(north)
    path = f"/admin/helpline/contacts/{cardiff.contact_id}/callback/"
    assert client.get(path).status_code == 404
    assert book(client, cardiff.contact, phone="+447400222333").status_code == 404
    assert book(client, nia, f"?call={outside_call.pk}").status_code == 404
    assert book(client, nia, "?call=x").status_code == 404
    assert not Callback.objects.exists()


def test_booking_from_an_unknown_callers_call_puts_the_call_on_the_person(client, agent, nia):
    call = Interaction.objects.create(from_number="+447400765432", language="en")
    client.force_login(agent)
    html = client.get(f"/admin/helpline/contacts/{nia.pk}/callback/",
                      {"call": call.pk}).content.decode()
    assert "07400 765432" in html
    book(client, nia, f"?call={call.pk}", phone="+447400765432")
    callback = Callback.objects.get()
    call.refresh_from_db()
    assert (callback.interaction, callback.phone, call.contact) == (call, "+447400765432", nia)


def test_someone_elses_call_cannot_be_booked_on_this_person(client, agent, nia):
    other = people.contact(first_name="Ifan", phone="+447400555666")
    call = Interaction.objects.create(contact=other, from_number="+447400555666")
    client.force_login(agent)
    assert book(client, nia, f"?call={call.pk}").status_code == 404


# Attempts


@pytest.fixture
def callback(nia):
    return Callback.objects.create(contact=nia, phone="+447400123456", language="cy",
                                   due_at=OPEN - datetime.timedelta(minutes=30))


def attempt(client, callback, **data):
    return client.post(f"/admin/helpline/callbacks/{callback.pk}/attempt/", data)


def test_an_empty_attempt_is_refused(client, agent, callback):
    client.force_login(agent)
    response = attempt(client, callback, result="  ", next_step="retry")
    assert response.status_code == 200
    assert "Say what came of the call" in response.content.decode()
    callback.refresh_from_db()
    assert (callback.attempts, callback.last_attempt_at) == (0, None)


def test_try_again_later_keeps_the_result_and_moves_the_due_time(client, agent, callback):
    client.force_login(agent)
    response = attempt(client, callback, result="No answer, left a message",
                       next_step="retry", retry_date="2026-12-02", retry_time="15:00")
    assert response["Location"] == "/admin/helpline/callbacks/"
    callback.refresh_from_db()
    assert (callback.attempts, callback.result, callback.last_attempt_by, callback.assigned_to
            ) == (1, "No answer, left a message", agent, agent)
    assert callback.due_at == datetime.datetime(2026, 12, 2, 15, 0, tzinfo=LONDON)
    assert callback.completed_at is None and callback.last_attempt_at is not None
    page = client.get(f"/admin/helpline/callbacks/{callback.pk}/").content.decode()
    assert "No answer, left a message" in page and "Gwen Morgan" in page
    assert "Record an attempt" in page
    queue = client.get("/admin/helpline/callbacks/").content.decode()
    assert "No answer, left a message" in queue


def test_try_again_without_a_time_is_due_in_an_hour(client, agent, callback):
    client.force_login(agent)
    attempt(client, callback, result="Engaged", next_step="retry")
    callback.refresh_from_db()
    assert callback.due_at == OPEN + datetime.timedelta(hours=1)


def test_a_retry_time_in_the_past_is_refused(client, agent, callback):
    client.force_login(agent)
    response = attempt(client, callback, result="Engaged", next_step="retry",
                       retry_date="2026-12-01", retry_time="15:00")
    assert "Choose a time that is still to come." in response.content.decode()
    callback.refresh_from_db()
    assert callback.attempts == 0


def test_done_with_an_outcome_closes_the_callback(client, agent, callback):
    client.force_login(agent)
    outcome = OutcomeCode.objects.get(code="information-given")
    attempt(client, callback, outcome=outcome.pk, result="Pecyn yn y post", next_step="done")
    callback.refresh_from_db()
    assert (callback.outcome, callback.result) == (outcome, f"{outcome} · Pecyn yn y post")
    assert callback.completed_at == callback.last_attempt_at is not None
    assert "+447400123456" not in client.get("/admin/helpline/callbacks/").content.decode()
    page = client.get(f"/admin/helpline/callbacks/{callback.pk}/").content.decode()
    assert "Record an attempt" not in page  # nothing left to attempt
    again = attempt(client, callback, result="Again", next_step="done")
    assert again["Location"] == f"/admin/helpline/callbacks/{callback.pk}/"
    callback.refresh_from_db()
    assert callback.attempts == 1
    assert AuditEntry.objects.filter(user=agent, action="callback", detail="done").count() == 1


def test_attempts_outside_the_wall_answer_404(client, callback):
    callback.region = people.region("western-bay")
    callback.save()
    client.force_login(make_staff(REGIONAL, region="north-wales"))
    assert client.get(f"/admin/helpline/callbacks/{callback.pk}/").status_code == 404
    assert attempt(client, callback, result="x", next_step="done").status_code == 404


# An unknown caller's voicemail


@pytest.fixture
def voicemail():
    call = Interaction.objects.create(kind="voicemail", from_number="+447400765432",
                                      language="cy", status="completed")
    return Callback.objects.create(interaction=call, phone="+447400765432", language="cy",
                                   due_at=timezone.now())


def test_an_unknown_callers_callback_offers_people_with_that_number(client, agent, voicemail):
    same_number = people.contact(first_name="Siân", last_name="Llŷr", phone="+447400765432")
    client.force_login(agent)
    page = client.get(f"/admin/helpline/callbacks/{voicemail.pk}/").content.decode()
    assert "Siân Llŷr" in page
    assert f"/admin/helpline/contacts/new/?call={voicemail.interaction_id}" in page
    response = client.post(f"/admin/helpline/callbacks/{voicemail.pk}/person/",
                           {"contact": same_number.pk})
    assert response["Location"] == f"/admin/helpline/callbacks/{voicemail.pk}/"
    voicemail.refresh_from_db()
    voicemail.interaction.refresh_from_db()
    assert voicemail.contact == voicemail.interaction.contact == same_number


def test_a_new_person_from_the_voicemail_takes_its_callback(client, agent, voicemail):
    client.force_login(agent)
    client.post("/admin/helpline/contacts/new/", {
        "call": voicemail.interaction_id, "first_name": "Ifan", "last_name": "Rhys",
        "phone": "+447400765432", "email": "", "language": "cy"})
    voicemail.refresh_from_db()
    assert voicemail.contact.first_name == "Ifan"


def test_a_person_outside_the_wall_cannot_be_linked(client, voicemail):
    cardiff = people.enquiry(region_slug="vale-valleys-cardiff")
    voicemail.region = people.region("north-wales")
    voicemail.save()
    client.force_login(make_staff(REGIONAL, region="north-wales"))
    response = client.post(f"/admin/helpline/callbacks/{voicemail.pk}/person/",
                           {"contact": cardiff.contact_id})
    assert response.status_code == 404
    voicemail.refresh_from_db()
    assert voicemail.contact is None
