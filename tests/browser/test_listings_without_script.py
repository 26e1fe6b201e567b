"""Without JavaScript the queue's filters and search still work: the fields show in the header's
form, and its button (or Enter) sends it; the queue comes back filtered, in either language.
(axe needs script in the page, so the queue's axe check is in the regional journey.)"""

import json

import pytest

from tests.browser.roles import signed_in
from tests.servers import shell

pytestmark = pytest.mark.browser

MAKE = """
import json
from directory.models import LocalAuthority
from enquiries.intake import NewEnquiry, receive
from enquiries.models import Enquiry

def enquiry(name, interest):
    return receive(NewEnquiry(first_name=name, last_name="Sgript", email=f"{name}@example.org",
                              language="en", interest=interest, contact_method="email",
                              local_authority=LocalAuthority.objects.get(gss_code="W06000002")))

adopting, support = enquiry("Nest{N}", "adopting"), enquiry("Owain{N}", "support")
print(json.dumps([adopting.reference, support.reference]))
"""


@pytest.fixture
def page_without_script(browser):
    context = browser.new_context(java_script_enabled=False)
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language,n", [("en", 1), ("cy", 2)])
def test_filter_and_search_the_queue_without_javascript(portal, page_without_script, language,
                                                         n):
    page = page_without_script
    adopting, support = json.loads(shell(portal["env"], MAKE.replace("{N}", str(n))))
    signed_in(page, portal, "Regional staff", region="north-wales", admin_language=language)
    page.goto(portal["base"] + "/admin/enquiries/")
    interest = page.locator("form[role=search] select[name=interest]")
    assert interest.is_visible()
    interest.select_option("support")
    page.locator("form[role=search] noscript button, form[role=search] button[type=submit]"
                 ).first.click()
    page.wait_for_url("**/admin/enquiries/?*interest=support*")
    listing = page.locator("table.listing").inner_text()
    assert support in listing and adopting not in listing

    page.fill("form[role=search] input[name=q]", f"owain{n} sgript")
    page.press("form[role=search] input[name=q]", "Enter")  # Enter sends it too
    page.wait_for_url("**q=owain*")
    assert support in page.locator("table.listing").inner_text()
