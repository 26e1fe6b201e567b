"""Staff roles as Wagtail groups. Which region a person sees is their StaffProfile; what they
may do is their group. Administrators adjust both in Settings → Users and Groups."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ADMIN = [("wagtailadmin", "admin", "access_admin")]
REFERENCE = [("enquiries", model, f"{action}_{model}")
             for model in ("region", "localauthority", "regioncoverage", "agency")
             for action in ("view", "change", "add")]
LINE = [("helpline", model, f"{action}_{model}")
        for model in ("outcomecode", "prompt", "openinghours", "agentline")
        for action in ("view", "change", "add")]
MEDIA = [("wagtailimages", "image", "add_image"), ("wagtailimages", "image", "change_image"),
         ("wagtaildocs", "document", "add_document"),
         ("wagtaildocs", "document", "change_document")]
TRANSLATION = [("wagtail_localize", "translation", "submit_translation"),
               ("wagtail_localize", "translation", "change_translation")]
USERS = [("auth", "user", "add_user"), ("auth", "user", "change_user"),
         ("auth", "group", "change_group")]

ROLES = {
    # role: (model permissions, page permissions on the whole tree)
    "Helpline agents": (ADMIN, []),
    "Regional staff": (ADMIN, []),
    "Marketing editors": (ADMIN + MEDIA, ["add_page", "change_page", "publish_page"]),
    "Translators": (ADMIN + TRANSLATION, ["change_page"]),
    "Managers": (ADMIN + REFERENCE + LINE, []),
    "Administrators": (ADMIN + REFERENCE + LINE + MEDIA + TRANSLATION + USERS,
                       ["add_page", "change_page", "publish_page", "lock_page"]),
}


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():  # permissions do not exist yet on a new database
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.get(depth=1)
    for name, (model_permissions, page_permissions) in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, model, codename in model_permissions:
            group.permissions.add(Permission.objects.get(
                content_type__app_label=app_label, codename=codename))
        for codename in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("helpline", "0003_agentline"),
        ("enquiries", "0002_load_reference_data"),
        ("cms", "0002_bilingual_site"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
