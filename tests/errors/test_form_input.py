"""Form input as people (and their browsers) send it: hidden values that went wrong, NUL
characters, decomposed Unicode. Every error can be seen and put right, in the page's language."""

import re
import unicodedata

import pytest
from django.core.cache import cache

from enquiries.models import Contact, Enquiry
from helpline.staff.forms import LogInteractionForm, NewContactForm
from tests.enquiries.helpers import form_data
from tests.factories.pages import campaign_page

pytestmark = pytest.mark.django_db
FORM = {"en": "/en/enquire/", "cy": "/cy/ymholiad/"}
HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)"')
DECOMPOSED = "Sia\u0302n"  # "a" then a combining circumflex, as some keyboards send it


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.mark.parametrize("hidden", [
    {"token": "not-a-uuid"}, {"token": None}, {"token": "\x00"},
    {"campaign_code": "x" * 60}, {"campaign_source": "y" * 40}, {"campaign_medium": "a\x00b"},
])
def test_a_bad_hidden_value_never_stops_the_form_being_sent(client, hidden):
    response = client.post(FORM["cy"], form_data(**hidden))
    assert response.status_code == 302, response.content.decode()
    enquiry = Enquiry.objects.get()
    assert (enquiry.campaign_code, enquiry.campaign_source, enquiry.campaign_medium) == (
        "", "", "")


def test_a_double_click_with_a_mangled_token_still_makes_one_enquiry(client):
    data = form_data(token="mangled")
    client.post(FORM["en"], data)
    client.post(FORM["en"], data)
    assert Enquiry.objects.count() == 1


def test_with_other_errors_the_page_shows_them_and_the_hidden_values_are_repaired(client):
    campaign_page("test-week")
    html = client.post(FORM["cy"], form_data(first_name="", token="bad",
                                             campaign_code="test-week",
                                             campaign_source="z" * 40)).content.decode()
    assert "Mae problem wedi codi" in html and "Rhowch eich enw cyntaf" in html
    assert 'value="bad"' not in html and "z" * 40 not in html
    assert 'name="campaign_code" value="test-week"' in html  # a good value is kept
    # Correcting the visible answer is enough: the page as rendered can be sent.
    resent = {**form_data(), **dict(HIDDEN.findall(html))}
    assert client.post(FORM["cy"], resent).status_code == 302
    assert Enquiry.objects.get().campaign_code == "test-week"


@pytest.mark.parametrize("language, message", [
    ("en", "Null characters are not allowed."), ("cy", "Ni chaniateir nodau nwl.")])
def test_a_nul_character_is_refused_in_the_pages_language(client, language, message):
    html = client.post(FORM[language], form_data(language=language,
                                                 first_name="Si\x00n")).content.decode()
    assert message in html
    assert f'href="#id_first_name">{message}</a>' in html  # in the summary, linked
    search = client.get(f"/{language}/{'search' if language == 'en' else 'chwilio'}/",
                        {"q": "mabwysiadu\x00"}).content.decode()
    assert message in search


def test_names_and_messages_are_stored_composed(client):
    client.post(FORM["cy"], form_data(first_name=DECOMPOSED, last_name="Ll\u0177r",
                                      message=f"Helo, {DECOMPOSED} ydw i"))
    enquiry = Enquiry.objects.get()
    assert enquiry.contact.first_name == "Siân" == unicodedata.normalize("NFC", DECOMPOSED)
    assert enquiry.message == "Helo, Siân ydw i"


def test_helpline_names_and_notes_are_kept_composed():
    contact = NewContactForm({"first_name": DECOMPOSED, "last_name": "Jones", "language": "cy"})
    assert contact.is_valid() and contact.cleaned_data["first_name"] == "Siân"
    call = LogInteractionForm(Contact(preferred_language="cy"), [], {
        "log-kind": "call", "log-direction": "in", "log-language": "cy",
        "log-notes": f"{DECOMPOSED} called", "log-follow_up": ""})
    call.is_valid()
    assert call.cleaned_data["notes"] == "Siân called"


def test_a_bad_page_or_topic_in_a_search_link_is_ignored(client):
    html = client.get("/cy/chwilio/", {"q": "mabwysiadu", "page": "abc",
                                       "topic": "dim-pwnc"}).content.decode()
    assert "Mae problem wedi codi" not in html
    assert "Canlyniadau chwilio" in html
