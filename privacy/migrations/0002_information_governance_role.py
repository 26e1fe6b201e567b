"""The "Information governance" role (docs/staff-sign-in.md's role table): keeps the retention
schedule, holds every data protection permission, and finds people (in the admin). Managers may place and
lift legal holds."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PRIVACY = ("place_legal_hold", "subject_access", "erase_contact", "correct_contact",
           "run_retention")
ROLES = {
    "Information governance": {"privacy": PRIVACY,
                               "retention": ("view_retentionrule", "change_retentionrule"),
                               "enquiries": ("view_contact",),
                               "wagtailadmin": ("access_admin",)},
    "Managers": {"privacy": ("place_legal_hold",)},
}


def _permissions(Permission, app_label, codenames):
    return Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)


def _create_new_permissions(apps):
    """The privacy and retention permissions are made after migrating, unless made here."""
    for label in ("privacy", "retention"):
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None


def grant(apps, schema_editor):
    _create_new_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, by_app in ROLES.items():
        held = [p for label, codenames in by_app.items()
                for p in _permissions(Permission, label, codenames)]
        Group.objects.get_or_create(name=name)[0].permissions.add(*held)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.filter(name="Information governance").delete()
    for group in Group.objects.filter(name="Managers"):
        group.permissions.remove(*_permissions(Permission, "privacy", ("place_legal_hold",)))


class Migration(migrations.Migration):

    dependencies = [
        ("privacy", "0001_initial"),
        ("retention", "0002_default_schedule"),
        ("bookings", "0003_staff_permissions"),
        ("helpline", "0019_check_count_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
