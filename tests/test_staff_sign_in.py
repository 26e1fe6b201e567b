"""Staff sign in with allauth: email and password, no public sign-up, MFA required."""

import pytest
from django.contrib.auth.models import Permission, User

from tests.helpers import current_totp_code, with_mfa

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-staff-password"


@pytest.fixture
def agent():
    user = User.objects.create_user("agent", email="agent@adopt.example.org", password=PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def sign_in(client):
    return client.post("/en/accounts/login/", {"login": "agent@adopt.example.org",
                                            "password": PASSWORD})


def test_there_is_no_public_sign_up(client):
    response = client.post("/en/accounts/signup/", {"email": "someone@example.org",
                                                 "password1": PASSWORD, "password2": PASSWORD})
    assert not User.objects.filter(email="someone@example.org").exists()
    assert "Sign Up Closed" in response.content.decode()


def test_wagtail_login_is_not_exposed(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert client.get("/admin/")["Location"].startswith("/en/accounts/login/?next=/admin/")


def test_a_staff_member_without_an_authenticator_must_set_one_up(client, agent):
    sign_in(client)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/2fa/totp/activate/"
    assert client.get("/admin/enquiries/")["Location"] == "/en/accounts/2fa/totp/activate/"


def test_signing_in_asks_for_the_code_then_opens_the_admin(client, agent):
    secret = with_mfa(agent)
    response = sign_in(client)
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert client.get("/admin/")["Location"].startswith("/en/accounts/login/")  # not in yet
    wrong = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200
    response = client.post("/en/accounts/2fa/authenticate/",
                           {"code": current_totp_code(secret)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("role, can_publish, can_edit_regions", [
    ("Marketing editors", True, False), ("Translators", False, False),
    ("Managers", False, True), ("Helpline agents", False, False),
])
def test_roles_are_groups_with_what_each_needs(role, can_publish, can_edit_regions):
    from django.contrib.auth.models import Group
    from wagtail.models import Page

    user = User.objects.create_user(f"u-{role}", password=PASSWORD)
    user.groups.add(Group.objects.get(name=role))
    user = User.objects.get(pk=user.pk)  # fresh permission cache
    assert user.has_perm("wagtailadmin.access_admin")
    home = Page.objects.get(depth=2, locale__language_code="en")
    assert home.permissions_for_user(user).can_publish() is can_publish
    assert user.has_perm("directory.change_region") is can_edit_regions
