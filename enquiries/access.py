"""The one access policy for staff: may this user, with this role, see or change this record?

Two questions, both asked here and nowhere else:
- the role: Django permissions from the user's groups (docs/staff-sign-in.md has the table).
  Nobody without a staff profile sees personal data, whatever their groups say.
- the wall: a staff profile with a region or a voluntary adoption agency sees only that
  region's or agency's records; a profile with neither is national and sees them all.
  Records outside the wall answer 404, so that their existence is not revealed.

Models that carry `contact`, `region` and `agency` (enquiries here; calls and callbacks from
helpline) are registered as a person's records: a contact is visible to a regional user when
one of those records is inside their wall, or when the contact has no region yet."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail.permissions import page_permission_policy

from directory.models import Agency, Region
from enquiries.models import Contact, Enquiry, StaffProfile
from portal.staff_access import staff_view  # noqa: F401 (staff views declare with it)


@dataclass(frozen=True)
class Scope:
    staff: bool
    region: Region | None = None
    agency: Agency | None = None

    @property
    def national(self) -> bool:
        return self.staff and self.region is None and self.agency is None


NOBODY = Scope(staff=False)
EVERYWHERE = Scope(staff=True)


def scope(user) -> Scope:
    """The user's wall, read once per request (kept on the user object)."""
    if not user.is_authenticated:
        return NOBODY
    cached = getattr(user, "_access_scope", None)
    if cached is None:
        if user.is_superuser:
            cached = EVERYWHERE
        else:
            profile = (StaffProfile.objects.filter(user=user)
                       .select_related("region", "agency").first())
            cached = (Scope(True, profile.region, profile.agency) if profile else NOBODY)
        user._access_scope = cached
    return cached


def set_wall(user, region=None, agency=None):
    """Put a member of staff inside a wall (the user admin's region and agency fields)."""
    StaffProfile.objects.update_or_create(user=user, defaults={"region": region,
                                                               "agency": agency})
    user.__dict__.pop("_access_scope", None)


def stored_wall(profile):
    """A staff profile as the database holds it (before a save changes it), or None."""
    return (StaffProfile.objects.select_related("region", "agency").filter(pk=profile.pk)
            .first())


def may(user, permission: str) -> bool:
    """The role half: the permission, and a staff profile to use it in. A page permission
    (`wagtailcore.change_page`) is granted on the page tree, not in the groups' permissions:
    Wagtail's page policy says whether the user holds it on any page."""
    if not scope(user).staff:
        return False
    app_label, codename = permission.split(".")
    if app_label == "wagtailcore" and codename.endswith("_page"):
        return page_permission_policy.user_has_permission(user, codename.removesuffix("_page"))
    return user.has_perm(permission)


def require(user, permission: str):
    if not may(user, permission):
        raise PermissionDenied


def require_national(user, permission: str):
    """For acts that cross walls (moving an enquiry to another region)."""
    if not (may(user, permission) and scope(user).national):
        raise PermissionDenied


def wall(queryset, user):
    """Rows of a model with `region` and `agency` that lie inside the user's wall."""
    where = scope(user)
    if not where.staff:
        return queryset.none()
    if where.national:
        return queryset
    if where.agency is not None:
        return queryset.filter(agency=where.agency)
    return queryset.filter(region=where.region, agency__isnull=True)


def records(queryset, user, permission: str):
    """What of `queryset` the user may see with `permission`: the role, then the wall."""
    return wall(queryset, user) if may(user, permission) else queryset.none()


def enquiries(user, permission="enquiries.view_enquiry"):
    return records(Enquiry.objects.select_related("contact", "region", "agency",
                                                  "local_authority"), user, permission)


PERSON_RECORDS = [Enquiry]


def register_person_records(model):
    """A model whose rows belong to a contact and sit in a region or agency (or neither)."""
    if model not in PERSON_RECORDS:
        PERSON_RECORDS.append(model)


def contacts(user, permission="enquiries.view_contact"):
    """Contacts with a record inside the user's wall, or with no region yet."""
    if not may(user, permission):
        return Contact.objects.none()
    if scope(user).national:
        return Contact.objects.all()
    inside = Q()
    placed = Q()
    for model in PERSON_RECORDS:
        inside |= Q(pk__in=wall(model.objects.all(), user).values("contact_id"))
        someone_elses = model.objects.filter(contact__isnull=False)
        if model is not Enquiry:  # an enquiry always places a person; a national call does not
            someone_elses = someone_elses.filter(Q(region__isnull=False) |
                                                 Q(agency__isnull=False))
        placed |= Q(pk__in=someone_elses.values("contact_id"))
    return Contact.objects.filter(inside | ~placed)


def staff_inside(permission: str, region=None, agency=None):
    """Active users who may use `permission` on a record placed in `region`/`agency`: whose
    wall holds it (national staff, or that agency's, or that region's) and whose role has it
    (e.g. the staff a callback may be given to)."""
    app_label, codename = permission.split(".")
    perm = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    walls = Q(staff_profile__region__isnull=True, staff_profile__agency__isnull=True)
    if agency is not None:
        walls |= Q(staff_profile__agency=agency)
    elif region is not None:
        walls |= Q(staff_profile__region=region, staff_profile__agency__isnull=True)
    role = Q(groups__permissions__in=perm) | Q(user_permissions__in=perm)
    users = get_user_model().objects.filter(is_active=True)
    return users.filter(Q(is_superuser=True) | (Q(staff_profile__isnull=False) & walls & role)
                        ).distinct()


def own_service(user):
    """The service whose own things (its information pack) the user keeps: their agency, else
    their region; None for national staff, who keep every service's in the snippets."""
    where = scope(user)
    return where.agency or where.region


def where_records_go(user) -> dict:
    """The region and agency a record made by this user belongs to (a call they log)."""
    where = scope(user)
    return {"region": where.region, "agency": where.agency}
