"""Staff members for tests: a role (one of the groups migrations make) and a wall."""

import uuid

from django.contrib.auth.models import Group, User

from enquiries.models import StaffProfile
from tests.factories import people
from tests.helpers import with_mfa

AGENT, REGIONAL, AGENCY = "Helpline agents", "Regional staff", "Agency staff"
MARKETING, TRANSLATOR = "Marketing editors", "Translators"
MANAGER, ADMINISTRATOR = "Managers", "Administrators"
INFORMATION_GOVERNANCE = "Information governance"


def make_staff(role=None, region=None, agency=None, profile=True, **fields):
    """A signed-up member of staff with MFA. `region`/`agency` are slugs; neither is national.
    `role=None` gives no group; `profile=False` no staff profile at all."""
    user = User.objects.create_user(f"staff-{uuid.uuid4().hex[:8]}", password="x" * 16,
                                    email=f"{uuid.uuid4().hex[:8]}@staff.example.org", **fields)
    if role:
        user.groups.add(Group.objects.get(name=role))
    if profile:
        StaffProfile.objects.create(
            user=user, region=people.region(region) if region else None,
            agency=people.agency(agency) if agency else None)
    with_mfa(user)
    return user


def regional_or_manager(region=None):
    """Regional staff in `region` (a slug), or, without one, a national manager."""
    return make_staff(REGIONAL if region else MANAGER, region=region)
