"""Every change to who may do what is an audit entry, whoever makes it and however (the admin's
screens, allauth's MFA pages, the shell): a user's groups, superuser and active flags and email,
their staff profile's wall, their authenticators. The entry's record is the user concerned; its
actor the signed-in user of the current request, or "system"."""

from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group, User
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from enquiries import access
from enquiries.audit import audit_change
from enquiries.staff.current_user import acting_user

PROFILE = "enquiries.StaffProfile"  # a lazy sender: only enquiries.access reads it
USER_FIELDS = {"is_superuser": "superuser-changed", "is_active": "active-changed",
               "email": "email-changed"}


def groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action == "pre_clear":  # clear() sends no pk_set: read what is about to go
        pk_set = set((instance.user_set if reverse else instance.groups)
                     .values_list("pk", flat=True))
    elif action not in ("post_add", "post_remove"):
        return
    verb = "added" if action == "post_add" else "removed"
    if reverse:  # group.user_set.add(...), as the bulk "assign role" does
        for user in User.objects.filter(pk__in=pk_set or ()):
            audit_change(acting_user(), "groups-changed", user, f"{verb}: {instance.name}")
    elif pk_set:
        names = Group.objects.filter(pk__in=pk_set).order_by("name").values_list("name", flat=True)
        audit_change(acting_user(), "groups-changed", instance, f"{verb}: {', '.join(names)}")


def group_deleted(sender, instance, **kwargs):
    for user in instance.user_set.all():
        audit_change(acting_user(), "groups-changed", user,
                     f"removed: {instance.name} (group deleted)")


def user_saving(sender, instance, update_fields=None, **kwargs):
    fields = [name for name in USER_FIELDS if update_fields is None or name in update_fields]
    if instance._state.adding:  # a new account is worth noting only if it starts as superuser
        before = {"is_superuser": False}
    elif fields:
        before = User.objects.filter(pk=instance.pk).values(*fields).first() or {}
    else:  # e.g. the last_login update at each sign-in: no query
        before = {}
    instance._access_changes = [(name, before[name], getattr(instance, name)) for name in fields
                                if name in before and before[name] != getattr(instance, name)]


def user_saved(sender, instance, **kwargs):
    for name, before, after in instance.__dict__.pop("_access_changes", []):
        audit_change(acting_user(), USER_FIELDS[name], instance, f"{before} → {after}")


def wall(profile):
    if profile is None:
        return "no profile"
    if profile.agency_id:
        return f"agency {profile.agency.slug}"
    return f"region {profile.region.slug}" if profile.region_id else "national"


def profile_saving(sender, instance, **kwargs):
    old = None if instance._state.adding else access.stored_wall(instance)
    instance._wall_before = wall(old)


def profile_saved(sender, instance, **kwargs):
    before, after = instance.__dict__.pop("_wall_before", None), wall(instance)
    if before != after:
        audit_change(acting_user(), "profile-changed", instance.user, f"{before} → {after}")


def profile_deleted(sender, instance, **kwargs):
    audit_change(acting_user(), "profile-changed", instance.user, f"{wall(instance)} → no profile")


def authenticator_saved(sender, instance, created, **kwargs):
    if created:
        audit_change(acting_user(), "mfa-added", instance.user, instance.type)


def authenticator_deleted(sender, instance, **kwargs):
    audit_change(acting_user(), "mfa-removed", instance.user, instance.type)


def connect():
    for signal, receiver, sender in [
        (m2m_changed, groups_changed, User.groups.through),
        (pre_delete, group_deleted, Group),
        (pre_save, user_saving, User),
        (post_save, user_saved, User),
        (pre_save, profile_saving, PROFILE),
        (post_save, profile_saved, PROFILE),
        (post_delete, profile_deleted, PROFILE),
        (post_save, authenticator_saved, Authenticator),
        (post_delete, authenticator_deleted, Authenticator),
    ]:
        signal.connect(receiver, sender=sender, dispatch_uid=f"access-{receiver.__name__}")
