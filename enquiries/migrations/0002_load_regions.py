"""Load the five regional adoption services from the project's copy of the reference data."""

import csv
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "nas_regions.csv"


def load(apps, schema_editor):
    Region = apps.get_model("enquiries", "Region")
    with DATA.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            Region.objects.update_or_create(
                slug=row["slug"], defaults={"name_en": row["name_en"], "name_cy": row["name_cy"]}
            )


class Migration(migrations.Migration):
    dependencies = [("enquiries", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
