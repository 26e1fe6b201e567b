"""The roles that keep reference data (Managers, Administrators: 0009's REFERENCE) keep the
services outside Wales too (directory.OutsideWalesService, docs/can-i-adopt.md)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [f"{action}_outsidewalesservice" for action in ("view", "change", "add")]
ROLES = ["Managers", "Administrators"]


def grant(apps, schema_editor):
    directory = apps.get_app_config("directory")  # the new model's permissions do not exist yet
    directory.models_module = True
    create_permissions(directory, apps=apps, verbosity=0)
    directory.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="directory",
                                            codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="directory",
                                            codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("helpline", "0015_wrong_key_prompt"),
        ("directory", "0003_outside_wales_services"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
