"""Editors' images and documents. Wagtail checks image and document permissions per collection
(GroupCollectionPermission), not the model permissions 0009 gave, so until now Marketing
editors could neither upload nor choose an image. The roles that edit pages get add, choose and
change on the root collection, which covers every collection beneath it (docs/staff-sign-in.md,
"Images and documents")."""

from django.db import migrations

MEDIA = [("wagtailimages", codename) for codename in ("add_image", "choose_image",
                                                      "change_image")] + [
    ("wagtaildocs", codename) for codename in ("add_document", "choose_document",
                                               "change_document")]
ROLES = ["Marketing editors", "Administrators"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.get(depth=1)
    for name in ROLES:
        group = Group.objects.get(name=name)
        for app_label, codename in MEDIA:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=codename))


def revoke(apps, schema_editor):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(
        group__name__in=ROLES, collection__depth=1,
        permission__codename__in=[codename for _app, codename in MEDIA]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("helpline", "0013_callback_labels"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),  # their permissions exist by then
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
