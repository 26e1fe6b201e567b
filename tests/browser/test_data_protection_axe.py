"""axe on a person's data protection screens, with the admin in English and in Welsh: the
page with an active hold, the subject access page, and the correction form refused for a bad
phone number (its error shown in the reader's language)."""

import json
import uuid

import pytest

from tests.browser.conftest import run_axe
from tests.browser.roles import signed_in
from tests.servers import shell

pytestmark = pytest.mark.browser
GOVERNANCE = "Information governance"

MAKE_PERSON = """
import json
from enquiries.models import Contact
from privacy.models import LegalHold
person = Contact.objects.create(first_name="Nia", last_name={surname!r}, preferred_language="cy")
person.emails.create(address="nia.{surname}@example.org")
person.phones.create(number="+447400765401", is_mobile=True)
LegalHold.objects.create(contact=person, reason="Cwyn")
print(json.dumps({{"contact": person.pk}}))
"""


@pytest.mark.parametrize("language", ["en", "cy"])
def test_axe_finds_nothing_on_the_data_protection_screens(portal, page, language):
    made = json.loads(shell(portal["env"], MAKE_PERSON.format(surname=uuid.uuid4().hex[:8])))
    signed_in(page, portal, GOVERNANCE, admin_language=language)
    base = f"{portal['base']}/admin/data-protection/{made['contact']}/"
    page.goto(base)
    assert page.locator("html").get_attribute("lang") == language
    assert run_axe(page) == []
    page.goto(base + "subject-access/")
    assert run_axe(page) == []
    page.goto(base + "correct/")
    page.check("input[value='phone:+447400765401']")
    page.fill("input[name=new]", "12345")
    page.click("main button[type=submit]")
    error = {"en": "Enter a phone number, like", "cy": "Rhowch rif ffôn, fel"}[language]
    assert error in page.locator("main").inner_text()
    assert run_axe(page) == []
