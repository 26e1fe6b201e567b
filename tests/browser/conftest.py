"""Browser tests drive Debian's Chromium (never a downloaded browser) against the portal
running under gunicorn on its own database, loaded with the demo content as `make run` does."""

import json
import os
import time
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.conftest import service_missing
from tests.servers import (
    free_port,
    gunicorn,
    own_database,
    shell,
    stop,
    wait_until_answering,
)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
TWILIO_AUTH_TOKEN = "browser-twilio-token"
TOTP_PERIOD = 30  # allauth's default; it accepts the current period's code only
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

LIST_PAGES = """
import json
from tests.helpers import PAGE_TYPES, page_of_type
print(json.dumps({m.__name__: {code: page_of_type(m, code).url for code in ("en", "cy")}
                  for m in PAGE_TYPES}))
"""
# A page whose Welsh translation is not ready: Welsh furniture, English body.
MAKE_FALLBACK = """
from wagtail.models import Locale
from cms.models import SectionIndexPage, StandardPage
section = SectionIndexPage.objects.filter(locale__language_code="en").first()
page = section.get_children().filter(slug="not-yet-in-welsh").first()
if page is None:
    page = StandardPage(title="Adoption week news", slug="not-yet-in-welsh", intro="News.")
    section.add_child(instance=page)
    page.save_revision().publish()
    page.copy_for_translation(Locale.objects.get(language_code="cy"), alias=True)
print(page.specific.get_translation(Locale.objects.get(language_code="cy")).url)
"""

# A national helpline agent with an authenticator, and a person who rang before.
MAKE_STAFF = """
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group, User
from enquiries.models import Contact, StaffProfile
user, created = User.objects.get_or_create(username="agent", email="agent@adopt.example.org")
user.set_password("browser-test-password")
user.save()
user.groups.add(Group.objects.get(name="Helpline agents"))
StaffProfile.objects.get_or_create(user=user)
user.authenticator_set.all().delete()
secret = generate_totp_secret()
TOTP.activate(user, secret)
contact, _ = Contact.objects.get_or_create(first_name="Gwyneth", last_name="Prys")
contact.phones.get_or_create(number="+447400765432")
print(secret)
"""


@pytest.fixture(scope="session")
def portal(tmp_path_factory):
    """Base URL of a running portal, plus the URLs of one page of each type per language."""
    if not os.path.exists(CHROMIUM):
        service_missing("Debian's Chromium is not installed (apt-get install chromium)")
    if not AXE.exists():
        service_missing("axe-core is not installed (npm ci)")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test",
           "TWILIO_AUTH_TOKEN": TWILIO_AUTH_TOKEN,  # journeys sign Twilio's webhooks with it
           "PORTAL_BROWSER_SERVER": "1",  # served as production serves (portal/settings/test.py)
           "DATABASE_URL": own_database(tmp_path_factory.mktemp("browser"), "browser",
                                        content="demo")}
    pages = json.loads(shell(env, LIST_PAGES))
    pages["fallback"] = {"cy": shell(env, MAKE_FALLBACK)}
    totp_secret = shell(env, MAKE_STAFF)
    port = free_port()
    server = gunicorn(env, port)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(f"{base}/health/", server)
        yield {"base": base, "pages": pages, "totp_secret": totp_secret, "env": env}
    finally:
        stop(server)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        service_missing("Debian's Chromium is not installed (apt-get install chromium)")
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(bypass_csp=False)
    page = context.new_page()
    yield page
    context.close()


def sign_in(page, base, email, password, secret):
    """Sign in as staff do: email and password, then a code from the authenticator."""
    page.goto(base + "/admin/")
    assert "/accounts/login/" in page.url
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.click("main button[type=submit]")
    assert "/accounts/2fa/authenticate/" in page.url
    from tests.helpers import current_totp_code

    left = TOTP_PERIOD - time.time() % TOTP_PERIOD
    if left < 5:  # a code typed at the end of its 30 s would reach the server too late
        time.sleep(left + 0.5)
    page.fill("input[name=code]", current_totp_code(secret))
    page.click("main button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/" not in url)


# An animation that moves a colour in under a second (Wagtail fades its messages in) is waited
# for; a longer one (the 25 s "ping" on a warning) or an endless one is not: it moves no colour.
STILL = """() => document.getAnimations().every(a => {
    const timing = a.effect?.getComputedTiming();
    return a.playState !== 'running' || !timing || timing.endTime > 1000;
})"""


def wait_until_still(page):
    """Wait for the short animations on the page to end (the admin shows its messages 100 ms
    after load and then fades them in)."""
    page.wait_for_timeout(150)
    try:
        page.wait_for_function(STILL, timeout=3000)
    except PlaywrightTimeout:
        pass  # something keeps moving (a live list refreshing): go on as it stands


def run_axe(page):
    """Violations of WCAG 2.0/2.1/2.2 A and AA rules on the current page, once it is still: a
    colour half faded in fails the contrast rule."""
    wait_until_still(page)
    page.evaluate(AXE.read_text())  # evaluated by the browser, so our CSP does not block it
    result = page.evaluate("""() => axe.run(document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
        resultTypes: ['violations']
    })""")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(node["target"][0] if isinstance(node["target"][0], str)
                    else str(node["target"]) for node in v["nodes"][:5])
        for v in result["violations"]
    ]
