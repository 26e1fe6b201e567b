"""The person's page as an agent works on it: who they are and the timeline first, one action
at a time, notes and an outcome on the call Twilio made, defaults from the person, and a
message after every action, in the staff member's language."""

import re
from collections import Counter

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone
from wagtail.users.models import UserProfile

from enquiries.models import AuditEntry, Enquiry, PossibleMatch
from helpline.models import Callback, Interaction, OutcomeCode, SmsTemplate
from tests.factories import people
from tests.helpers import run_worker
from tests.staff import AGENT, REGIONAL, make_staff

pytestmark = pytest.mark.django_db
GWYNEDD = "W06000002"


def page(client, contact, **query):
    response = client.get(f"/admin/helpline/contacts/{contact.pk}/", query)
    assert response.status_code == 200
    return response.content.decode()


def said(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def twilio_call(contact, sid="CA" + "1" * 32, **fields):
    """A call as Twilio's webhooks leave it: answered and over, with no notes or outcome."""
    return Interaction.objects.create(**{
        "contact": contact, "twilio_sid": sid, "kind": "call", "direction": "in",
        "from_number": "+447400765432", "status": "completed", **fields})


@pytest.fixture
def agent(client):
    user = make_staff(AGENT, first_name="Gwen", last_name="Morgan")
    client.force_login(user)
    return user


@pytest.fixture
def gwyneth():
    return people.contact(first_name="Gwyneth", last_name="Prys", language="cy",
                          phone="+447400765432", email="gwyneth@example.org")


def log(client, contact, **fields):
    data = {"log-call": "", "log-kind": "call", "log-direction": "in", "log-language": "cy",
            "log-outcome": "", "log-topics": "", "log-notes": "", "log-follow_up": ""}
    data.update({f"log-{key}": value for key, value in fields.items()})
    return client.post(f"/admin/helpline/contacts/{contact.pk}/log/", data)


def test_who_they_are_and_the_timeline_come_before_the_actions(client, agent, gwyneth):
    html = page(client, gwyneth)
    shown = re.sub(r'="[^"]*"', "", html)  # what a reader sees, not attribute values
    assert "07400 765432" in shown and "+447400765432" not in shown
    assert "gwyneth@example.org" in html and "Welsh" in html
    assert html.index("Timeline") < html.index("Log a call or note") < html.index(
        "Merge a duplicate")
    assert "contact number" not in html and 'name="into"' not in html  # no internal numbers
    ids = Counter(re.findall(r'\sid="([^"]+)"', html))
    assert [i for i, n in ids.items() if n > 1] == []
    assert html.count("<details") >= 3 and not re.search(r"<details[^>]* open>", html)


def test_the_outcome_goes_on_the_call_twilio_made(client, agent, gwyneth):
    older = twilio_call(gwyneth, sid="CA" + "2" * 32,
                        outcome=OutcomeCode.objects.get(code="silent"))
    call = twilio_call(gwyneth)
    html = page(client, gwyneth)
    assert re.search(rf'<option value="{call.pk}" selected>Incoming call', html)
    outcome = OutcomeCode.objects.get(code="information-given")
    response = log(client, gwyneth, call=call.pk, outcome=outcome.pk,
                   notes="Eisiau pecyn gwybodaeth.")
    assert response.status_code == 302
    assert Interaction.objects.count() == 2  # no second record of the same call
    call.refresh_from_db()
    assert (call.outcome, call.notes, call.agent, call.status) == (
        outcome, "Eisiau pecyn gwybodaeth.", agent, "completed")
    assert said(response) == [f"Notes and outcome saved on the call of "
                              f"{timezone.localtime(call.queued_at):%-d %b %Y %H:%M}."]
    # The agent may choose an earlier call instead; its notes are added to, not replaced.
    older.notes = "Silent at first."
    older.save()
    log(client, gwyneth, call=older.pk, notes="Rang back: was a bad line.")
    older.refresh_from_db()
    assert older.notes == "Silent at first.\n\nRang back: was a bad line."
    assert older.outcome.code == "silent"


def test_a_call_not_made_through_the_line_is_logged_by_hand(client, agent, gwyneth):
    assert 'value="" selected>None of these' in page(client, gwyneth)
    response = log(client, gwyneth, kind="note", notes="Wrote to her about the event.")
    note = Interaction.objects.get()
    assert (note.kind, note.contact, note.agent, note.twilio_sid) == (
        "note", gwyneth, agent, None)
    assert said(response) == ["Note saved on the timeline."]


def test_an_empty_log_is_refused_and_nothing_is_saved(client, agent, gwyneth):
    call = twilio_call(gwyneth)
    response = log(client, gwyneth, call=call.pk, topics="events")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Write a note or choose an outcome" in html
    assert re.search(r'<details [^>]*id="action-log"[^>]* open>', html)
    assert 'value="events"' in html  # what was typed comes back
    call.refresh_from_db()
    assert (call.topics, call.notes, call.outcome) == ("", "", None)
    assert Interaction.objects.count() == 1


def test_defaults_come_from_the_person(client, agent):
    welsh = people.enquiry(council_code=GWYNEDD, language="cy", first_name="Siân").contact
    english = people.contact(first_name="Tom", last_name="Hughes", language="en")
    html = page(client, welsh)
    assert re.search(r'<option value="cy" selected>Welsh</option>',
                     html.split('id="id_enquiry-language"')[1])
    assert re.search(rf'<option value="{GWYNEDD}" selected>Gwynedd</option>', html)
    assert re.search(r'<option value="cy" selected>Welsh</option>',
                     html.split('id="id_log-language"')[1])
    assert "Gwynedd" in html.split('class="contact-summary"')[1].split("</dl>")[0]
    html = page(client, english)
    assert re.search(r'<option value="en" selected>English</option>',
                     html.split('id="id_enquiry-language"')[1])
    assert re.search(r'<option value="" selected>Choose the caller', html)
    assert "Blaenau Gwent</option>" in html and 'selected>Blaenau Gwent' not in html


def test_raising_an_enquiry_says_where_it_went(client, agent, gwyneth):
    response = client.post(f"/admin/helpline/contacts/{gwyneth.pk}/enquiry/", {
        "enquiry-interest": "adopting", "enquiry-language": "cy",
        "enquiry-contact_method": "phone", "enquiry-council": GWYNEDD})
    enquiry = Enquiry.objects.get(contact=gwyneth)
    assert said(response) == [f"Enquiry {enquiry.reference} raised and sent to North Wales "
                              "Adoption Service."]
    refused = client.post(f"/admin/helpline/contacts/{gwyneth.pk}/enquiry/", {
        "enquiry-interest": "adopting", "enquiry-language": "cy",
        "enquiry-contact_method": "phone", "enquiry-council": ""})
    assert refused.status_code == 200 and Enquiry.objects.count() == 1
    assert said(refused)[-1].startswith("Nothing was saved:")


def test_messages_are_in_the_staff_members_language(client, gwyneth):
    user = make_staff(AGENT)
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language="cy")
    client.force_login(user)
    response = log(client, gwyneth, kind="note", notes="Nodyn.")
    assert said(response) == ["Nodyn wedi’i gadw ar y llinell amser."]
    refused = log(client, gwyneth)
    assert "Ysgrifennwch nodyn neu dewiswch ganlyniad" in refused.content.decode()


def test_texts_in_the_console_backend_are_logged_and_say_so(
        client, agent, gwyneth, settings, django_capture_on_commit_callbacks):
    """Each text the console backend logs gets its own id: a second one no longer breaks the
    worker on the unique Twilio id, and no screen claims a text went to a phone."""
    settings.SMS_BACKEND = "console"
    template = SmsTemplate.objects.get(key="information-pack")
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/admin/helpline/contacts/{gwyneth.pk}/sms/", {
                "sms-template": template.pk, "sms-phone": "+447400765432",
                "sms-language": "cy"})
        assert said(response)[-1:] == ["Text message to 07400 765432 queued, but this portal does "
                                  "not send texts: its console SMS backend writes them to the "
                                  "log."]
    run_worker()
    texts = list(Interaction.objects.filter(kind="sms"))
    assert [t.status for t in texts] == ["sent", "sent"]
    assert len({t.twilio_sid for t in texts}) == 2
    html = page(client, gwyneth)
    assert html.count("not sent to a phone: the console SMS backend wrote it to the log") == 2


def test_a_text_without_a_mobile_says_nothing_was_sent(client, agent):
    landline = people.contact(phone="+442920180123", mobile=False)
    response = client.post(f"/admin/helpline/contacts/{landline.pk}/sms/", {})
    assert said(response) == ["No text was sent: this person has no mobile number."]
    assert not Interaction.objects.exists()


def test_the_timeline_speaks_in_words_with_who_and_when(client, agent, gwyneth):
    enquiry = people.enquiry(council_code=GWYNEDD, first_name="Gwyneth", last_name="Prys",
                             email="gwyneth@example.org")
    assert enquiry.contact == gwyneth
    twilio_call(gwyneth, outcome=OutcomeCode.objects.get(code="information-given"),
                agent=agent, duration_seconds=300, language="cy", notes="Sgwrs dda.")
    Callback.objects.create(contact=gwyneth, phone="+447400765432", due_at=timezone.now(),
                            attempts=1, assigned_to=agent, result="No answer")
    timeline = page(client, gwyneth).split('class="contact-timeline"')[1]
    for words in ["Incoming call · Completed", "5 minutes", "Outcome: Information given",
                  "By Gwen Morgan", f"Enquiry {enquiry.reference} · Received",
                  "Adopting a child, in Welsh", "Callback due", "1 attempt", "No answer",
                  "Confirmation email · Pending"]:
        assert words in timeline, words
    assert "information-given" not in timeline and "completed" not in timeline
    assert f'href="/admin/enquiries/{enquiry.pk}/"' in timeline


def test_an_enquiry_and_its_person_link_to_each_other(client, agent):
    enquiry = people.enquiry(region_slug="north-wales")
    html = page(client, enquiry.contact)
    assert f'href="/admin/enquiries/{enquiry.pk}/">{enquiry.reference}</a>' in html
    client.force_login(make_staff(REGIONAL, region="north-wales"))
    detail = client.get(f"/admin/enquiries/{enquiry.pk}/").content.decode()
    assert f'href="/admin/helpline/contacts/{enquiry.contact_id}/"' in detail


def test_merge_offers_matches_and_a_walled_search(client, agent):
    nia = people.enquiry(region_slug="north-wales", first_name="Nia", last_name="Wyn").contact
    other = people.enquiry(region_slug="north-wales", first_name="Nia", last_name="Wynne",
                           email="nia2@example.org").contact
    flagged = people.contact(first_name="Dafydd", last_name="Wyn")
    PossibleMatch.objects.create(new=flagged, existing=nia, shared="phone")
    outside = people.enquiry(region_slug="western-bay", first_name="Nia",
                             last_name="Wyneth").contact
    client.force_login(make_staff(AGENT, region="north-wales"))
    html = page(client, nia)
    assert f"/merge/?into={flagged.pk}" in html
    found = page(client, nia, merge_q="Nia", action="merge")
    section = found.split("Merge a duplicate")[1]
    assert f"?into={other.pk}" in section and f"?into={outside.pk}" not in section
    assert f"?into={nia.pk}" not in section
    assert '<details class="person-action" id="action-merge" name="person-action" open>' in found
    assert AuditEntry.objects.filter(action="search", detail__contains="Nia").exists()
    response = client.post(f"/admin/helpline/contacts/{other.pk}/merge/", {"into": nia.pk})
    assert said(response) == ["Nia Wynne merged into Nia Wyn."]
    assert client.get(f"/admin/helpline/contacts/{other.pk}/")["Location"] == \
        f"/admin/helpline/contacts/{nia.pk}/"


def test_a_callback_is_booked_from_the_page_when_that_screen_exists(client, agent, gwyneth):
    from django.urls import NoReverseMatch, reverse

    html = page(client, gwyneth)
    try:
        url = reverse("helpline_staff:book_callback", args=[gwyneth.pk])
    except NoReverseMatch:
        assert "Book a callback" not in html
    else:
        assert f'href="{url}"' in html


def add_timeline(person, agent, count, start=0):
    """`count` more of everything a timeline shows, and a possible match, around one person."""
    outcome = OutcomeCode.objects.get(code="information-given")
    for i in range(start, start + count):
        people.enquiry(region_slug="north-wales", first_name=person.first_name,
                       last_name=person.last_name, email=f"budget{i}@example.org",
                       contact=person)
        twilio_call(person, sid=f"CA{i:032d}", agent=agent, outcome=outcome, notes=f"Call {i}")
        twilio_call(person, sid=f"CV{i:032d}", kind="voicemail")
        Interaction.objects.create(contact=person, kind="sms", direction="out", agent=agent,
                                   to_number="+447400765432", twilio_sid=f"SM{i:032d}",
                                   status="delivered", notes=f"Text {i}")
        Interaction.objects.create(contact=person, kind="note", agent=agent, notes=f"Note {i}")
        Callback.objects.create(contact=person, phone="+447400765432", due_at=timezone.now(),
                                assigned_to=agent, attempts=1)
        other = people.contact(first_name=f"Gwyneth{i}", last_name="Prys",
                               phone=f"+4474001000{i:02d}")
        PossibleMatch.objects.create(new=other, existing=person, shared="email")


@pytest.mark.parametrize("query", [{}, {"merge_q": "Prys"}])
def test_the_page_costs_the_same_queries_however_long_the_timeline(
        client, agent, gwyneth, query):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        page(client, gwyneth, **query)  # warm per-process caches
        with CaptureQueriesContext(connection) as captured:
            html = page(client, gwyneth, **query)
        return len(captured), html

    add_timeline(gwyneth, agent, 2)
    few, _html = count()
    add_timeline(gwyneth, agent, 10, start=2)
    many, html = count()
    assert html.count("contact-timeline__entry ") == 12 * 8  # every entry is shown
    assert many == few
