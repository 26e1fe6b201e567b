"""The sign-in, MFA and password pages in each language: a URL per language (/en/accounts/…,
/cy/accounts/…), the portal's layout, and allauth's words and errors in Welsh from our
catalogue (portal/allauth_strings.py)."""

import re

import pytest
from django.contrib.auth.models import Permission, User
from django.core import mail
from django.core.cache import cache
from django.utils import translation
from wagtail.users.models import UserProfile

from portal import allauth_strings
from tests.helpers import current_totp_code, with_mfa

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-staff-password"


@pytest.fixture(autouse=True)
def fresh_limits():
    """allauth counts failed sign-ins per address and per IP in the default cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff():
    user = User.objects.create_user("staff-cy", email="staff-cy@adopt.example.org",
                                    password=PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def html_lang(response):
    return re.search(r'<html lang="([a-z]+)"', response.content.decode()).group(1)


def sign_in(client, language, password=PASSWORD, email="staff-cy@adopt.example.org"):
    return client.post(f"/{language}/accounts/login/", {"login": email, "password": password})


def test_every_allauth_string_we_show_has_its_welsh():
    with translation.override("en"):
        english = [str(s) for s in (*allauth_strings.WITH_CONTEXT, *allauth_strings.PLURALS)]
    with translation.override("cy"):
        untranslated = [s for s in allauth_strings.STRINGS
                        if translation.gettext(s) == s]
        welsh = [str(s) for s in (*allauth_strings.WITH_CONTEXT, *allauth_strings.PLURALS)]
    assert untranslated == []
    assert [e for e, w in zip(english, welsh, strict=True) if e == w] == []


@pytest.mark.parametrize("language, heading, other, other_label", [
    ("en", "Sign in to the staff portal", "cy", "Cymraeg"),
    ("cy", "Mewngofnodi i'r porth staff", "en", "English"),
])
def test_the_sign_in_page_has_a_url_and_a_layout_per_language(client, language, heading,
                                                              other, other_label):
    response = client.get(f"/{language}/accounts/login/?next=/admin/")
    text = response.content.decode()
    assert response.status_code == 200
    assert html_lang(response) == language
    assert heading in text
    assert 'class="ac-header' in text and "govuk-footer" in text  # the portal's layout
    assert f'hreflang="{other}" href="http://testserver/{other}/accounts/login/"' in text
    toggle = re.search(r'<a class="ac-language-toggle" href="([^"]+)"[^>]*>([^<]+)</a>', text)
    assert toggle.group(2) == other_label
    switched = client.get(toggle.group(1).replace("&amp;", "&"))
    assert switched["Location"] == f"/{other}/accounts/login/?next=%2Fadmin%2F"
    assert "sign up" not in text.lower()


def test_the_language_switch_keeps_where_the_person_was_going(client):
    response = client.get("/language/cy/?next=/cy/accounts/login/%3Fnext%3D/admin/")
    assert response["Location"] == "/cy/accounts/login/?next=/admin/"
    assert response.cookies["portal_language"].value == "cy"


def test_unprefixed_addresses_follow_the_remembered_language(client):
    client.cookies["portal_language"] = "cy"
    response = client.get("/admin/")
    assert response["Location"] == "/cy/accounts/login/?next=/admin/"
    assert client.get("/accounts/login/?next=/admin/")["Location"] == (
        "/cy/accounts/login/?next=/admin/")
    assert client.get("/admin/login/")["Location"].startswith("/cy/accounts/login/")


def test_a_wrong_password_is_told_in_welsh_on_the_welsh_page(client, staff):
    response = sign_in(client, "cy", password="not-the-password")
    text = response.content.decode()
    assert html_lang(response) == "cy"
    assert "Mae problem wedi codi" in text  # the error summary
    assert "Nid yw&#x27;r cyfeiriad e-bost a/neu&#x27;r cyfrinair a roesoch yn gywir." in text
    assert "<title>Gwall:" in text


def test_too_many_attempts_are_refused_in_welsh(client, staff):
    for _attempt in range(6):
        response = sign_in(client, "cy", password="not-the-password")
    assert "Gormod o ymdrechion aflwyddiannus i fewngofnodi." in response.content.decode()


def test_the_code_is_asked_for_and_refused_in_welsh_then_the_admin_opens(client, staff):
    secret = with_mfa(staff)
    assert sign_in(client, "cy")["Location"] == "/cy/accounts/2fa/authenticate/"
    page = client.get("/cy/accounts/2fa/authenticate/")
    text = page.content.decode()
    assert html_lang(page) == "cy"
    assert "Dilysu dau ffactor" in text and "Rhowch god o'ch ap dilysu:" in text
    assert 'href="/language/en/?next=/en/accounts/2fa/authenticate/"' in text
    wrong = client.post("/cy/accounts/2fa/authenticate/", {"code": "000000"})
    assert "Cod anghywir." in wrong.content.decode()
    assert 'class="govuk-error-message"' in wrong.content.decode()
    right = client.post("/cy/accounts/2fa/authenticate/", {"code": current_totp_code(secret)})
    assert right.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_setting_up_the_authenticator_follows_the_admin_language(client, staff):
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "cy"
    profile.save()
    sign_in(client, "en")
    response = client.get("/admin/")
    assert response["Location"] == "/cy/accounts/2fa/totp/activate/"
    # allauth asks for the password again before an authenticator is added, in Welsh too
    confirm = client.get(response["Location"], follow=True)
    assert confirm.redirect_chain[-1][0].startswith("/cy/accounts/reauthenticate/")
    assert "Cadarnhau mynediad" in confirm.content.decode()
    page = client.post(confirm.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)
    assert page.redirect_chain[-1][0] == "/cy/accounts/2fa/totp/activate/"
    text = page.content.decode()
    assert html_lang(page) == "cy"
    assert "Troi'r ap dilysu ymlaen" in text and "Cyfrinach yr ap dilysu" in text
    wrong = client.post("/cy/accounts/2fa/totp/activate/", {"code": "000000"})
    assert "Cod anghywir." in wrong.content.decode()


def test_a_forgotten_password_is_reset_in_welsh_from_email_to_done(client, staff):
    page = client.get("/cy/accounts/password/reset/")
    assert html_lang(page) == "cy" and "Ailosod fy nghyfrinair" in page.content.decode()
    sent = client.post("/cy/accounts/password/reset/", {"email": staff.email})
    assert sent["Location"] == "/cy/accounts/password/reset/done/"
    assert "Rydym wedi anfon e-bost atoch." in client.get(sent["Location"]).content.decode()
    (message,) = mail.outbox
    assert "E-bost ailosod cyfrinair" in message.subject
    assert "Porth staff Adopt Cymru" in message.body and "Hello from" not in message.body
    link = re.search(r"http://testserver(/cy/accounts/password/reset/key/\S+)", message.body)
    form = client.get(link.group(1), follow=True)
    assert "Cyfrinair newydd" in form.content.decode()
    done = client.post(form.redirect_chain[-1][0] if form.redirect_chain else link.group(1),
                       {"password1": "a-new-long-password-9", "password2": "a-new-long-password-9"})
    assert done["Location"] == "/cy/accounts/password/reset/key/done/"
    assert "Mae eich cyfrinair wedi'i newid." in client.get(
        done["Location"]).content.decode()


def test_no_email_goes_to_an_address_that_is_not_staff(client):
    client.post("/en/accounts/password/reset/", {"email": "stranger@example.org"})
    assert mail.outbox == []


def test_signing_out_is_offered_in_welsh(client, staff):
    client.force_login(staff)
    page = client.get("/cy/accounts/logout/")
    assert html_lang(page) == "cy"
    assert "Ydych chi'n siŵr eich bod am allgofnodi?" in page.content.decode()
