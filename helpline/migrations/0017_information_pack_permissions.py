"""Who keeps the services' information packs and "what happens next" steps: the roles that
edit reference data (Managers, Administrators; docs/information-pack.md). Managers, who hold no
media permissions, may add, choose and change documents in one collection, "Information packs",
so the pack chooser on a region or agency works for them; Administrators already hold the root."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COLLECTION = "Information packs"
STEP_PERMISSIONS = [f"{action}_nextstep" for action in ("view", "add", "change", "delete")]
DOCUMENTS = ["add_document", "choose_document", "change_document"]
REFERENCE_ROLES = ["Managers", "Administrators"]
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's, 4 characters a level


def next_child_path(parent, children):
    last = children.order_by("-path").values_list("path", flat=True).first()
    number = int(last[-4:], 36) + 1 if last else 1
    step = ""
    for _ in range(4):
        number, digit = divmod(number, 36)
        step = ALPHABET[digit] + step
    return parent.path + step


def grant(apps, schema_editor):
    directory = apps.get_app_config("directory")
    directory.models_module = True  # the step permissions do not exist yet
    create_permissions(directory, apps=apps, verbosity=0)
    directory.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    steps = Permission.objects.filter(content_type__app_label="directory",
                                      codename__in=STEP_PERMISSIONS)
    for group in Group.objects.filter(name__in=REFERENCE_ROLES):
        group.permissions.add(*steps)
    root = Collection.objects.get(depth=1)
    packs = Collection.objects.filter(depth=2, name=COLLECTION).first()
    if packs is None:
        children = Collection.objects.filter(depth=2, path__startswith=root.path)
        packs = Collection.objects.create(name=COLLECTION, depth=2,
                                          path=next_child_path(root, children))
        root.numchild += 1
        root.save(update_fields=["numchild"])
    managers = Group.objects.get(name="Managers")
    for codename in DOCUMENTS:
        GroupCollectionPermission.objects.get_or_create(
            group=managers, collection=packs, permission=Permission.objects.get(
                content_type__app_label="wagtaildocs", codename=codename))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(group__name="Managers",
                                             collection__name=COLLECTION).delete()
    for group in Group.objects.filter(name__in=REFERENCE_ROLES):
        group.permissions.remove(*group.permissions.filter(codename__in=STEP_PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("helpline", "0016_outside_wales_service_permissions"),
        ("directory", "0004_information_packs"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
