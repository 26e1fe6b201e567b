"""A regional worker's day inside their wall, and a manager checking who looked at what: both
sign in with MFA, in a real browser. axe finds nothing on each staff screen, in English and in
Welsh (the admin language each user chooses)."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import run_axe, sign_in
from tests.servers import shell

pytestmark = pytest.mark.browser

PASSWORD = "browser-staff-password"
MAKE_WORLD = """
import json, uuid
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group, User
from wagtail.users.models import UserProfile
from enquiries import access
from enquiries.intake import NewEnquiry, receive
from directory.models import LocalAuthority, Region
from django.utils import timezone
from eligibility.counts import CheckCount

def staff(username, role, region, language):
    user, _ = User.objects.get_or_create(username=username, email=f"{username}@adopt.example.org")
    user.set_password("PASSWORD")
    user.save()
    user.groups.add(Group.objects.get(name=role))
    access.set_wall(user, Region.objects.filter(slug=region).first())
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    user.authenticator_set.all().delete()
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret

def enquiry(council, name):
    return receive(NewEnquiry(first_name=name, last_name="Hughes", email=f"{name}@example.org",
                              language="cy", interest="adopting", contact_method="email",
                              local_authority=LocalAuthority.objects.get(gss_code=council)))

north, west = enquiry("W06000002", "Elin"), enquiry("W06000011", "Owain")
for language, outcome, count in [("cy", "completed", 3), ("en", "signposted", 1)]:
    CheckCount.objects.update_or_create(day=timezone.localdate(), language=language,
                                        outcome=outcome, defaults={"count": count})
print(json.dumps({
    "north": [north.pk, north.reference, north.contact_id], "west": [west.pk, west.reference],
    "secrets": {name: staff(name, role, region, language) for name, role, region, language in [
        ("gogledd", "Regional staff", "north-wales", "en"),
        ("gogledd-cy", "Regional staff", "north-wales", "cy"),
        ("rheolwr", "Managers", None, "en"),
        ("axe-en", "Managers", None, "en"), ("axe-cy", "Managers", None, "cy")]},
}))
""".replace("PASSWORD", PASSWORD)


@pytest.fixture(scope="module")
def world(portal):
    return json.loads(shell(portal["env"], MAKE_WORLD))


def as_staff(page, portal, world, name):
    sign_in(page, portal["base"], f"{name}@adopt.example.org", PASSWORD, world["secrets"][name])


def test_a_regional_worker_works_only_their_regions_enquiries(portal, world, page):
    base = portal["base"]
    as_staff(page, portal, world, "gogledd")
    page.click("text=Enquiries")
    page.wait_for_url("**/admin/enquiries/")
    listing = page.locator("main").inner_text()
    assert world["north"][1] in listing and world["west"][1] not in listing
    page.click(f"text={world['north'][1]}")
    page.fill("textarea[name=text]", "Rang Elin; information evening booked.")
    page.click("text=Add note")
    expect(page.locator(".enquiry-timeline")).to_contain_text(
        "Rang Elin; information evening booked.")
    assert "Move to another region" not in page.content()  # a national manager's job
    response = page.goto(f"{base}/admin/enquiries/{world['west'][0]}/")
    assert response.status == 404
    page.goto(f"{base}/admin/helpline/?q={world['west'][1]}")
    assert "Owain" not in page.locator("main").inner_text()


def test_a_manager_reads_who_looked_at_a_person(portal, world, page):
    base = portal["base"]
    as_staff(page, portal, world, "gogledd-cy")  # each sign-in its own user: a TOTP code
    # is accepted once only, and tests run within one 30-second window
    page.goto(f"{base}/admin/enquiries/{world['north'][0]}/")
    page.context.clear_cookies()
    as_staff(page, portal, world, "rheolwr")
    page.goto(f"{base}/admin/audit/?person={world['north'][2]}&actor=gogledd-cy")
    trail = page.locator("main").inner_text()
    assert "gogledd-cy" in trail and re.search(r"\bview\b", trail)
    csv = page.request.get(page.url + "&export=csv")  # the header's "Download CSV"
    assert csv.ok and "gogledd-cy" in csv.text()


SCREENS = ["/admin/enquiries/", "/admin/enquiries/{north}/", "/admin/helpline/?q=Hughes",
           "/admin/helpline/contacts/{contact}/", "/admin/helpline/callbacks/",
           "/admin/helpline/possible-matches/", "/admin/demand/", "/admin/audit/",
           "/admin/helpline/contacts/?q=Hughes", "/admin/helpline/calls/",
           "/admin/reports/check-counts/?period=week"]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_axe_finds_nothing_on_staff_screens(portal, world, page, language):
    as_staff(page, portal, world, f"axe-{language}")
    problems = {}
    for screen in SCREENS:
        url = screen.format(north=world["north"][0], contact=world["north"][2])
        response = page.goto(portal["base"] + url)
        assert response.status == 200, url
        assert page.locator("html").get_attribute("lang") == language
        found = run_axe(page)
        if found:
            problems[url] = found
    assert problems == {}
