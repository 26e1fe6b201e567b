"""The staff side of bookings: two new permissions, and the roles that hold the bookings
permissions (docs/staff-sign-in.md's role table): regional and agency staff work their events'
bookings and set their places and join link (behind the wall: not the snippet's
change_eventplaces, which is not walled); managers read and export them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORK = ("view_booking", "change_booking", "export_booking", "message_booking",
        "set_event_places")
ROLES = {"Regional staff": WORK, "Agency staff": WORK,
         "Managers": ("view_booking", "export_booking")}


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():  # new permissions do not exist yet
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="bookings",
                                                         codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        for group in Group.objects.filter(name=name):
            group.permissions.remove(*Permission.objects.filter(
                content_type__app_label="bookings", codename__in=codenames))


class Migration(migrations.Migration):

    dependencies = [
        ('bookings', '0002_seed_message_templates'),
        ('helpline', '0015_wrong_key_prompt'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='booking',
            options={'ordering': ['created_at', 'id'], 'permissions': [('export_booking', "Can export an event's bookings"), ('message_booking', 'Can message all bookers of an event'), ('set_event_places', "Can set an event's places and join link")], 'verbose_name': 'booking', 'verbose_name_plural': 'bookings'},
        ),
        migrations.RunPython(grant, revoke),
    ]
