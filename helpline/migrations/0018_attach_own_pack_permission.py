"""Regional and agency staff attach and replace their own service's information pack, on the
walled screen /admin/information-pack/ (docs/information-pack.md). The screen stores the
documents itself, in the "Information packs" collection, so the two roles need no document
permissions: only `directory.attach_own_pack`."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSION = "attach_own_pack"
ROLES = ["Regional staff", "Agency staff"]


def grant(apps, schema_editor):
    directory = apps.get_app_config("directory")
    directory.models_module = True  # the new permission does not exist yet
    create_permissions(directory, apps=apps, verbosity=0)
    directory.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    attach = Permission.objects.get(content_type__app_label="directory", codename=PERMISSION)
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.add(attach)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.remove(*group.permissions.filter(
            content_type__app_label="directory", codename=PERMISSION))


class Migration(migrations.Migration):
    dependencies = [
        ("helpline", "0017_information_pack_permissions"),
        ("directory", "0005_attach_own_pack_permission"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
