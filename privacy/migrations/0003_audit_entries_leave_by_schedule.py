"""On PostgreSQL the audit trail's trigger (enquiries 0005) refuses every UPDATE and DELETE.
From here it lets a DELETE through only inside a transaction that the retention job marked
with `SET LOCAL portal.retention = 'on'` (privacy.anonymise.audit_entries): entries older than
the schedule's period can go, nothing can ever be changed. Someone who can drop the trigger can
do anything; this guards against every other path, the ORM and plain SQL included."""

from django.db import migrations

ALLOW_RETENTION = """
CREATE OR REPLACE FUNCTION enquiries_auditentry_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('portal.retention', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'Audit entries cannot be changed or deleted.';
END;
$$ LANGUAGE plpgsql;
"""
REFUSE_ALL = """
CREATE OR REPLACE FUNCTION enquiries_auditentry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Audit entries cannot be changed or deleted.';
END;
$$ LANGUAGE plpgsql;
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)
    return run


class Migration(migrations.Migration):
    dependencies = [("privacy", "0002_information_governance_role"), ("enquiries", "0005_append_only_audit")]
    operations = [migrations.RunPython(on_postgresql(ALLOW_RETENTION),
                                       on_postgresql(REFUSE_ALL))]
