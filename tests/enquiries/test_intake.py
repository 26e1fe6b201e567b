"""The public form: one enquiry, in the enquirer's language, saved before anything is sent."""

import pytest
from django.core.cache import caches

from enquiries.models import Contact, ContactEmail, ContactPhone, Enquiry, Notification
from tests.enquiries.helpers import form_data, started

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    caches["limits"].clear()


def post(client, language="cy", **overrides):
    path = "/cy/ymholiad/" if language == "cy" else "/en/enquire/"
    return client.post(path, form_data(**overrides))


@pytest.mark.parametrize("language, path", [("en", "/en/enquire/"), ("cy", "/cy/ymholiad/")])
def test_the_form_is_in_the_page_language(client, language, path):
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in html
    assert ("Make an enquiry" if language == "en" else "Gwneud ymholiad") in html
    assert ("Caerdydd" if language == "cy" else "Cardiff") in html
    assert "no-store" in response["Cache-Control"]


def test_a_welsh_enquiry_is_saved_routed_and_confirmed_in_welsh(client):
    response = post(client)
    assert response.status_code == 302
    enquiry = Enquiry.objects.get()
    assert (enquiry.language, enquiry.region.slug, enquiry.route) == (
        "cy", "vale-valleys-cardiff", "council")
    assert enquiry.contact.first_name == "Siân" and enquiry.contact.last_name == "Llŷr"
    assert enquiry.message == "Hoffem wybod mwy am fabwysiadu brodyr a chwiorydd."
    assert enquiry.postcode == "CF10 3NQ"
    assert enquiry.privacy_notice_version
    assert "Cardiff (W06000015)" in enquiry.routing_reason
    assert enquiry.contact.phones.get().number == "+447400123456"
    planned = set(Notification.objects.values_list("channel", "purpose", "language"))
    assert planned == {("email", "confirmation", "cy"), ("sms", "confirmation", "cy"),
                       ("email", "region-alert", "cy")}
    thanks = client.get(response["Location"]).content.decode()
    assert enquiry.reference in thanks
    assert "Cydweithfa Mabwysiadu" in thanks  # the service, named in Welsh


def test_errors_are_in_welsh_with_a_summary(client):
    response = post(client, first_name="", email="nid-cyfeiriad", phone="123",
                    postcode="ABC", privacy=None)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mae problem wedi codi" in html
    for message in ("Rhowch eich enw cyntaf", "Rhowch god post go iawn",
                    "Cadarnhewch eich bod wedi darllen yr hysbysiad preifatrwydd"):
        assert message in html
    assert 'href="#id_first_name"' in html
    assert Enquiry.objects.count() == 0


def test_a_message_over_the_limit_is_refused_not_truncated(client):
    response = post(client, language="en", message="a" * 2001)
    assert "must be 2000 characters or fewer; it has 2001" in response.content.decode()
    assert Enquiry.objects.count() == 0


def test_an_email_or_a_phone_is_needed(client):
    response = post(client, language="en", email="", phone="", wants_sms=None)
    assert "Enter an email address or a phone number" in response.content.decode()


def test_sending_the_same_form_twice_creates_one_enquiry(client):
    data = form_data()
    first = client.post("/cy/ymholiad/", data)
    second = client.post("/cy/ymholiad/", data)
    assert first["Location"] == second["Location"]
    assert Enquiry.objects.count() == 1
    assert Notification.objects.count() == 3


def test_a_returning_person_is_found_by_email_or_phone(client):
    post(client)
    post(client, email="SIAN@Example.org ", phone="", wants_sms=None)
    post(client, email="", phone="+44 7400 123456", contact_method="phone")
    assert Contact.objects.count() == 1
    assert Enquiry.objects.filter(contact=Contact.objects.get()).count() == 3
    assert ContactEmail.objects.get().address == "sian@example.org"
    assert ContactPhone.objects.count() == 1


@pytest.mark.parametrize("overrides", [lambda: {"website": "http://spam.example"},
                                       lambda: {"started": "forged"},
                                       lambda: {"started": started(seconds_ago=1)}],
                         ids=["honeypot", "forged-start", "too-fast"])
def test_bots_are_stopped_without_a_captcha(client, overrides):
    response = post(client, language="en", **overrides())
    assert response.status_code == 400
    assert "Please check your answers, then send the form again." in response.content.decode()
    assert Enquiry.objects.count() == 0


def test_rate_limit_per_email(client, settings):
    settings.ENQUIRY_RATE_LIMITS = {"ip": (100, 3600), "email": (2, 3600)}
    statuses = [post(client, language="en").status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    assert Enquiry.objects.count() == 2


def test_rate_limit_per_ip_answers_in_welsh(client, settings):
    settings.ENQUIRY_RATE_LIMITS = {"ip": (1, 3600), "email": (100, 3600)}
    post(client)
    response = post(client)
    assert response.status_code == 429
    assert "Gormod o ymholiadau" in response.content.decode()


def test_outside_wales_keeps_no_record_unless_asked(client):
    response = post(client, council="outside-wales")
    assert response.status_code == 200
    assert "Rydych chi’n byw y tu allan i Gymru" in response.content.decode()
    assert Enquiry.objects.count() == 0 and Contact.objects.count() == 0
    response = post(client, council="outside-wales", contact_anyway="True")
    enquiry = Enquiry.objects.get()
    assert (enquiry.route, enquiry.region) == ("outside-wales", None)


def test_a_chosen_agency_receives_the_enquiry(client):
    from directory.models import Agency

    agency = Agency.objects.get(slug="barnardos-cymru")
    post(client, language="en", agency=str(agency.pk))
    enquiry = Enquiry.objects.get()
    assert (enquiry.agency, enquiry.region.slug, enquiry.route) == (
        agency, "vale-valleys-cardiff", "agency")
