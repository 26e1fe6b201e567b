"""Load the five regions, the 22 councils, which region serves each, and the agencies, from the
project's copy of the reference data (directory/data/). After this, staff edit them."""

import csv
import datetime
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parents[2] / "directory" / "data"
# The National Adoption Service and its regional collaboratives began work in November 2014.
SERVED_SINCE = datetime.date(2014, 11, 1)
# agencies.csv has English names only; these Welsh names are for each agency to confirm.
AGENCY_WELSH = {
    "st-davids": "Gwasanaeth Mabwysiadu Dewi Sant",
    "barnardos-cymru": "Gwasanaeth Mabwysiadu Barnardo’s Cymru",
    "adopting-together": "Mabwysiadu Gyda’n Gilydd",
    "adoption-uk-cymru": "Adoption UK Cymru",
}


def rows(name):
    with (DATA / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def load(apps, schema_editor):
    Region = apps.get_model("enquiries", "Region")
    LocalAuthority = apps.get_model("enquiries", "LocalAuthority")
    RegionCoverage = apps.get_model("enquiries", "RegionCoverage")
    Agency = apps.get_model("enquiries", "Agency")

    regions = {}
    for row in rows("nas_regions.csv"):
        regions[row["slug"]], _ = Region.objects.update_or_create(
            slug=row["slug"], defaults={"name_en": row["name_en"], "name_cy": row["name_cy"]}
        )
    for row in rows("wales_local_authorities.csv"):
        council, _ = LocalAuthority.objects.update_or_create(
            gss_code=row["gss_code"], defaults={"name_en": row["name_en"], "name_cy": row["name_cy"]}
        )
        RegionCoverage.objects.get_or_create(
            local_authority=council, region=regions[row["nas_region"]],
            effective_from=SERVED_SINCE,
        )
    for row in rows("agencies.csv"):
        support = "not an adoption agency" in row["kind"]
        Agency.objects.update_or_create(slug=row["slug"], defaults={
            "name_en": row["name_en"], "name_cy": AGENCY_WELSH.get(row["slug"], row["name_en"]),
            "kind": "support" if support else "voluntary", "accepts_enquiries": not support,
        })


class Migration(migrations.Migration):
    dependencies = [("enquiries", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
