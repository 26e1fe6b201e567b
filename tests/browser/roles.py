"""Staff of any role for browser journeys, made on the running portal's database, and signed
in as they would: `signed_in(page, portal, REGIONAL, region="north-wales", admin_language="cy")`.
Journeys use these rather than the conftest's one agent, so each can be run in both languages."""

import json
import uuid

from tests.browser.conftest import sign_in
from tests.servers import shell

MAKE_USER = """
import json
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group, User
from wagtail.users.models import UserProfile
from directory.models import Agency, Region
from enquiries.models import StaffProfile
user = User.objects.create_user({username!r}, email={email!r}, password={password!r},
                                first_name={first_name!r}, last_name="Prawf")
user.groups.add(Group.objects.get(name={role!r}))
StaffProfile.objects.create(
    user=user, region=Region.objects.get(slug={region!r}) if {region!r} else None,
    agency=Agency.objects.get(slug={agency!r}) if {agency!r} else None)
profile = UserProfile.get_for_user(user)
profile.preferred_language = {admin_language!r}
profile.save()
secret = generate_totp_secret()
TOTP.activate(user, secret)
print(json.dumps({{"id": user.pk, "secret": secret}}))
"""


def make_role_user(portal, role, region="", agency="", admin_language="en",
                   first_name="Staff"):
    """A member of staff with MFA on the browser portal: {email, password, secret, id}."""
    username = f"{role.split()[0].lower()}-{uuid.uuid4().hex[:6]}"
    user = {"email": f"{username}@adopt.example.org", "password": "browser-test-password"}
    made = json.loads(shell(portal["env"], MAKE_USER.format(
        username=username, role=role, region=region or "", agency=agency or "",
        admin_language=admin_language, first_name=first_name, **user)))
    return {**user, **made}


def signed_in(page, portal, role, **where):
    """Sign `page` in as a new member of staff with `role`; returns the user made."""
    user = make_role_user(portal, role, **where)
    sign_in(page, portal["base"], user["email"], user["password"], user["secret"])
    return user
