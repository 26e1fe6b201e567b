"""Who reads the finished checks report (eligibility.report, docs/can-i-adopt.md): Managers,
Marketing editors and Administrators. Django's own view permission on the counts is the one."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAME = "view_checkcount"
ROLES = ["Managers", "Marketing editors", "Administrators"]


def permission(apps):
    eligibility = apps.get_app_config("eligibility")  # its permissions may not exist yet
    eligibility.models_module = True
    create_permissions(eligibility, apps=apps, verbosity=0)
    eligibility.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label="eligibility", codename=CODENAME)


def grant(apps, schema_editor):
    view = permission(apps)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=ROLES):
        group.permissions.add(view)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=ROLES):
        group.permissions.remove(*Permission.objects.filter(
            content_type__app_label="eligibility", codename=CODENAME))


class Migration(migrations.Migration):
    dependencies = [
        ("helpline", "0018_attach_own_pack_permission"),
        ("eligibility", "0001_initial"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
