"""The role table of docs/staff-sign-in.md, as groups and permissions. Each role gets exactly
these model permissions (page permissions are left as 0004 made them). Where a role may use
them is the member's wall, from their staff profile."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def perms(app_label, *codenames):
    return [(app_label, codename) for codename in codenames]


ADMIN = perms("wagtailadmin", "access_admin")
REFERENCE = perms("enquiries", *(f"{action}_{model}" for model in
                                 ("region", "localauthority", "regioncoverage", "agency")
                                 for action in ("view", "change", "add")))
LINE = perms("helpline", *(f"{action}_{model}" for model in
                           ("outcomecode", "prompt", "openinghours", "agentline", "smstemplate")
                           for action in ("view", "change", "add")))
MEDIA = perms("wagtailimages", "add_image", "change_image", "choose_image") + perms(
    "wagtaildocs", "add_document", "change_document", "choose_document")
TRANSLATION = perms("wagtail_localize", "submit_translation", "change_translation")
USERS = perms("auth", "add_user", "change_user", "change_group")

# Answering people inside a wall: contacts, calls, callbacks, SMS, raising an enquiry.
HELPLINE = (perms("enquiries", "view_enquiry", "add_enquiry", "view_contact", "add_contact",
                  "change_contact")
            + perms("helpline", "view_interaction", "add_interaction", "change_interaction",
                    "view_callback", "change_callback", "send_sms"))
# Working the enquiries routed to a region or agency.
CASEWORK = HELPLINE + perms("enquiries", "change_enquiry", "export_enquiry", "view_dashboard")
ROLES = {
    "Helpline agents": ADMIN + HELPLINE + perms("enquiries", "merge_contact"),
    "Regional staff": ADMIN + CASEWORK,
    "Agency staff": ADMIN + CASEWORK,
    "Marketing editors": ADMIN + MEDIA + perms("enquiries", "view_dashboard"),
    "Translators": ADMIN + TRANSLATION,
    "Managers": ADMIN + REFERENCE + LINE + perms(
        "enquiries", "view_enquiry", "change_enquiry", "export_enquiry", "move_enquiry",
        "view_contact", "merge_contact", "view_dashboard", "view_auditentry", "view_staffprofile",
    ) + perms("helpline", "view_interaction", "view_callback"),
    "Administrators": ADMIN + REFERENCE + LINE + MEDIA + TRANSLATION + USERS,
}


def set_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():  # new permissions do not exist yet
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set([
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in wanted
        ])


class Migration(migrations.Migration):
    dependencies = [
        ("helpline", "0008_agency_wall"),
        ("enquiries", "0005_append_only_audit"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]
    operations = [migrations.RunPython(set_roles, migrations.RunPython.noop)]
