"""Entries written before `actor` existed take their user's username; then, on PostgreSQL, a
trigger refuses any UPDATE or DELETE of an audit entry, whoever sends the SQL."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION enquiries_auditentry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Audit entries cannot be changed or deleted.';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER enquiries_auditentry_append_only
    BEFORE UPDATE OR DELETE ON enquiries_auditentry
    FOR EACH ROW EXECUTE FUNCTION enquiries_auditentry_append_only();
"""
DROP = """
DROP TRIGGER IF EXISTS enquiries_auditentry_append_only ON enquiries_auditentry;
DROP FUNCTION IF EXISTS enquiries_auditentry_append_only();
"""


def name_the_actors(apps, schema_editor):
    User = apps.get_model("auth", "User")
    names = dict(User.objects.values_list("pk", "username"))
    with schema_editor.connection.cursor() as cursor:  # the model's queryset refuses updates
        cursor.execute("SELECT DISTINCT user_id FROM enquiries_auditentry WHERE actor = ''")
        for (user_id,) in cursor.fetchall():
            cursor.execute("UPDATE enquiries_auditentry SET actor = %s WHERE user_id IS NOT "
                           "DISTINCT FROM %s AND actor = ''",
                           [names.get(user_id, f"deleted user {user_id}"), user_id])


def add_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("enquiries", "0004_access_walls_and_households")]
    operations = [
        migrations.RunPython(name_the_actors, migrations.RunPython.noop),
        migrations.RunPython(add_trigger, drop_trigger),
    ]
