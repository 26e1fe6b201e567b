"""The example phone numbers the enquiry form shows (its hints and its error for a number it
cannot read), in both languages, are numbers the form itself accepts."""

import html
import re

import pytest
from django.utils import translation

from enquiries.forms import EnquiryForm

pytestmark = pytest.mark.django_db
FORMS = {"en": "/en/enquire/", "cy": "/cy/ymholiad/"}
# a run of digits, spaces and an optional leading +, long enough to be a phone number
NUMBER = re.compile(r"\+?\d[\d ]{8,}\d")


def shown_numbers(client, language):
    """Numbers on the form's page (its hints) and in its error for a number it cannot read."""
    page = client.get(FORMS[language]).content.decode()
    with translation.override(language):
        refused = EnquiryForm(data={"phone": "12345"})
        refused.is_valid()
        error = " ".join(str(message) for message in refused.errors["phone"])
    text = html.unescape(re.sub(r"<[^>]+>", " ", page)) + " " + error
    return set(NUMBER.findall(text))


def accepted(number, language):
    with translation.override(language):
        form = EnquiryForm(data={"phone": number})
        form.is_valid()
    return "phone" not in form.errors and form.parsed_phone is not None


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_example_number_the_form_shows_is_one_it_accepts(client, language):
    numbers = shown_numbers(client, language)
    assert {"029 2018 0000", "07400 765432", "+44 808 157 0192"} <= numbers
    assert [n for n in numbers if not accepted(n, language)] == []


def test_the_ofcom_drama_range_is_refused_so_it_must_not_be_an_example():
    assert not accepted("07700 900 982", "en")
