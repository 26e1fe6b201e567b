"""Phone numbers on staff screens as people write them (portal/templatetags/phones.py)."""

import pytest
from django.template import Context, Template

from portal.templatetags.phones import national_phone


@pytest.mark.parametrize("stored,shown", [
    ("+447400765432", "07400 765432"),  # a UK mobile, as stored (E.164)
    ("+442920180123", "029 2018 0123"),  # a Cardiff landline
    ("07400 765432", "07400 765432"),
    ("+447700900123", "07700 900123"),  # not allocated, still written the UK way
    ("+33123456789", "+33 1 23 45 67 89"),  # other countries: international format
    ("+353871234567", "+353 87 123 4567"),
    ("client:ann-desk", "client:ann-desk"),  # not a phone number: as it was
    ("anonymous", "anonymous"),
    ("+1", "+1"),
    ("", ""),
    (None, ""),
])
def test_national_phone(stored, shown):
    assert national_phone(stored) == shown


def test_the_filter_in_a_template():
    template = Template("{% load phones %}{{ number|national_phone }}")
    assert template.render(Context({"number": "+447400765432"})) == "07400 765432"
