"""The information pack and "what happens next" (docs/information-pack.md): the pack of the
service an enquiry was routed to, in the enquirer's language, in the confirmation sent through
a real SMTP server on loopback and on the thank-you page, with that service's steps after the
promise of a first reply by a date."""

import email

import pytest
from django.core.cache import caches

from directory.models import NextStep
from enquiries.models import Enquiry
from tests.enquiries.helpers import form_data
from tests.factories import packs, people
from tests.helpers import run_worker
from tests.smtp import RecordingSmtp

pytestmark = pytest.mark.django_db

CARDIFF_SERVICE = "vale-valleys-cardiff"  # the service for form_data's council
FORM = {"cy": "/cy/ymholiad/", "en": "/en/enquire/"}
DAYS = {"cy": ["dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener",
               "dydd Sadwrn", "dydd Sul"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}
MONTHS = {"cy": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf",
                 "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"]}


def spelt(day, language):
    """A date as a reader expects it, e.g. "dydd Gwener 4 Rhagfyr 2026"."""
    return (f"{DAYS[language][day.weekday()]} {day.day} {MONTHS[language][day.month - 1]} "
            f"{day.year}")


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    caches["limits"].clear()


@pytest.fixture
def smtp(settings):
    server = RecordingSmtp()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 5
    settings.WAGTAILADMIN_BASE_URL = "https://adopt.example.org"
    yield server
    server.close()


def send(client, captured, language="cy", **overrides):
    with captured(execute=True):
        response = client.post(FORM[language], form_data(language=language, **overrides))
    assert response.status_code == 302, response.content.decode()[:2000]
    return Enquiry.objects.latest("created_at"), response["Location"]


def confirmation(smtp, address="sian@example.org"):
    run_worker()
    raw = next(data for to, data in smtp.messages if to == [address])
    message = email.message_from_bytes(raw.encode())
    return message.get_payload(decode=True).decode(message.get_content_charset())


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_confirmation_links_the_pack_in_the_enquirers_language(
        client, smtp, language, django_capture_on_commit_callbacks):
    service = packs.attach(people.region(CARDIFF_SERVICE))
    enquiry, _ = send(client, django_capture_on_commit_callbacks, language=language)
    body = confirmation(smtp)
    assert spelt(enquiry.first_response_due, language) in body
    mine, other = ((service.information_pack_cy, service.information_pack) if language == "cy"
                   else (service.information_pack, service.information_pack_cy))
    label = "Pecyn gwybodaeth" if language == "cy" else "Information pack"
    assert f"{label}: https://adopt.example.org{mine.url}" in body
    assert other.url not in body
    assert "Saesneg" not in body and "in Welsh" not in body


def test_a_welsh_reader_gets_the_english_pack_with_a_note(
        client, smtp, twilio_api, django_capture_on_commit_callbacks):
    service = packs.attach(people.region(CARDIFF_SERVICE), cy=False)
    send(client, django_capture_on_commit_callbacks)
    body = confirmation(smtp)
    assert f"Pecyn gwybodaeth: https://adopt.example.org{service.information_pack.url}" in body
    assert "Mae’r pecyn yn Saesneg: does dim fersiwn Gymraeg eto." in body
    text = twilio_api.requests[0]["form"]["Body"][0]
    assert (f"Pecyn gwybodaeth (yn Saesneg): https://adopt.example.org"
            f"{service.information_pack.url}") in text


def test_no_pack_no_link(client, smtp, django_capture_on_commit_callbacks):
    packs.attach(people.region(CARDIFF_SERVICE), en=False, cy=False)
    send(client, django_capture_on_commit_callbacks)
    body = confirmation(smtp)
    assert "Pecyn gwybodaeth" not in body and "/documents/" not in body


def test_an_enquiry_sent_to_an_agency_links_the_agencys_pack(
        client, smtp, django_capture_on_commit_callbacks):
    region = packs.attach(people.region(CARDIFF_SERVICE))
    agency = packs.attach(people.agency("st-davids"), cy=False)
    enquiry, _ = send(client, django_capture_on_commit_callbacks, language="en",
                      agency=str(agency.pk))
    assert enquiry.agency == agency
    body = confirmation(smtp)
    assert agency.information_pack.url in body and region.information_pack.url not in body


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_thank_you_page_shows_the_national_steps_after_the_dated_promise(
        client, language, django_capture_on_commit_callbacks):
    service = packs.attach(people.region(CARDIFF_SERVICE))
    NextStep.objects.filter(region=service).delete()
    enquiry, thanks = send(client, django_capture_on_commit_callbacks, language=language)
    html = client.get(thanks).content.decode()
    due = spelt(enquiry.first_response_due, language)
    if language == "cy":
        assert f"Bydd Cydweithfa Mabwysiadu&#x27;r Fro, y Cymoedd a Chaerdydd yn cysylltu â chi " \
               f"erbyn {due}." in html
        assert "Ateb o fewn 5 diwrnod gwaith" in html
        titles = ["Sgwrs gyntaf", "Digwyddiad gwybodaeth", "Ymweliad cartref",
                  "Cofrestru diddordeb", "Cam un: gwiriadau a hyfforddiant paratoi",
                  "Cam dau: astudiaeth gartref ac asesiad", "Panel mabwysiadu", "Paru"]
        assert f'href="{service.information_pack_cy.url}"' in html
    else:
        assert (f"Vale, Valleys and Cardiff Adoption Collaborative will contact you by {due}."
                in html)
        assert "A reply within 5 working days" in html
        titles = [step.title_en for step in NextStep.objects.national()]
        assert f'href="{service.information_pack.url}"' in html
    positions = [html.index(f">{title}<") for title in titles]
    assert positions == sorted(positions) and len(titles) == 8
    assert html.index("5 ") < positions[0]  # the promise comes first


def test_a_service_with_its_own_steps_shows_them_instead(
        client, django_capture_on_commit_callbacks):
    service = people.region(CARDIFF_SERVICE)
    NextStep.objects.create(region=service, sort_order=1, title_en="Evening at Llandaff",
                            title_cy="Noson yn Llandaf", text_en="Come along.",
                            text_cy="Dewch draw.")
    _, thanks = send(client, django_capture_on_commit_callbacks)
    html = client.get(thanks).content.decode()
    assert "Noson yn Llandaf" in html and "Dewch draw." in html
    assert "Sgwrs gyntaf" not in html


def test_a_welsh_page_notes_an_english_only_pack(client, django_capture_on_commit_callbacks):
    service = packs.attach(people.region(CARDIFF_SERVICE), cy=False)
    _, thanks = send(client, django_capture_on_commit_callbacks)
    html = client.get(thanks).content.decode()
    assert f'href="{service.information_pack.url}" hreflang="en"' in html
    assert "Mae’r pecyn yn Saesneg" in html


def test_the_thank_you_page_shows_nobody_elses_enquiry(client, django_capture_on_commit_callbacks):
    enquiry, thanks = send(client, django_capture_on_commit_callbacks)
    client.cookies.clear()
    response = client.get(thanks)
    assert response.status_code == 302 and enquiry.reference not in response.content.decode()


def test_the_pack_can_be_asked_for_on_its_own(client, smtp, django_capture_on_commit_callbacks):
    service = packs.attach(people.region(CARDIFF_SERVICE))
    enquiry, thanks = send(client, django_capture_on_commit_callbacks,
                           interest="information-pack", contact_method=None, household=None,
                           wants_sms=None, phone="")
    assert (enquiry.interest, enquiry.contact_method) == ("information-pack", "email")
    assert enquiry.region == service and enquiry.notifications.filter(
        purpose="region-alert").exists()  # demand, routed, and the service told
    assert service.information_pack_cy.url in confirmation(smtp)
    html = client.get(thanks).content.decode()
    assert f'href="{service.information_pack_cy.url}"' in html


def test_a_pack_request_needs_somewhere_to_send_it(client):
    response = client.post(FORM["cy"], form_data(
        interest="information-pack", contact_method=None, household=None, email="",
        phone="029 2018 0000", wants_sms=None))
    html = response.content.decode()
    assert response.status_code == 200 and not Enquiry.objects.exists()
    assert "Rhowch gyfeiriad e-bost er mwyn i ni anfon y pecyn atoch" in html


def test_other_enquiries_still_say_how_to_contact_them(client):
    response = client.post(FORM["en"], form_data(language="en", contact_method=None))
    assert "Choose how we should contact you" in response.content.decode()
    assert not Enquiry.objects.exists()
