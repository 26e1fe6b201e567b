"""The prompt for a key that is not on the language menu. Staff edit it afterwards; an
existing "wrong-key" prompt is left as it is."""

from django.db import migrations

WRONG_KEY = {
    "text_cy": "Mae’n ddrwg gennym, nid yw’r botwm hwnnw ar y ddewislen. Dyma’r dewisiadau eto.",
    "text_en": "Sorry, that key is not on the menu. Here are the choices again.",
}


def load(apps, schema_editor):
    Prompt = apps.get_model("helpline", "Prompt")
    Prompt.objects.get_or_create(key="wrong-key", defaults=WRONG_KEY)


class Migration(migrations.Migration):
    dependencies = [("helpline", "0014_media_collection_permissions")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
