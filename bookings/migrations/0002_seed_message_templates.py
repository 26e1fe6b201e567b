"""The booking messages' words in English and Welsh, from bookings/data/message_templates.json
(editors change them afterwards as a snippet). Existing templates are left as edited."""

import json
from pathlib import Path

from django.db import migrations

SEED = Path(__file__).resolve().parent.parent / "data" / "message_templates.json"


def seed(apps, schema_editor):
    Template = apps.get_model("bookings", "BookingMessageTemplate")
    for entry in json.loads(SEED.read_text("utf-8")):
        Template.objects.get_or_create(
            purpose=entry["purpose"], channel=entry["channel"],
            defaults={k: entry[k] for k in ("subject", "subject_cy", "body", "body_cy")})


class Migration(migrations.Migration):
    dependencies = [("bookings", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
