"""Information packs and "what happens next" (docs/information-pack.md): a pack per language on
each region and agency, and the national steps from directory/data/next_steps.toml."""

import tomllib
from pathlib import Path

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


STEPS = Path(__file__).resolve().parent.parent / "data" / "next_steps.toml"


def load_national_steps(apps, schema_editor):
    NextStep = apps.get_model("directory", "NextStep")
    with STEPS.open("rb") as data:
        steps = tomllib.load(data)["step"]
    NextStep.objects.bulk_create([
        NextStep(sort_order=order, title_en=step["title"]["en"], title_cy=step["title"]["cy"],
                 text_en=step["text"]["en"], text_cy=step["text"]["cy"])
        for order, step in enumerate(steps)])


def remove_national_steps(apps, schema_editor):
    apps.get_model("directory", "NextStep").objects.filter(
        region__isnull=True, agency__isnull=True).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0003_outside_wales_services'),
        ('wagtaildocs', '0014_alter_document_file_size'),
    ]

    operations = [
        migrations.AddField(
            model_name='agency',
            name='information_pack',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='information pack (English)'),
        ),
        migrations.AddField(
            model_name='agency',
            name='information_pack_cy',
            field=models.ForeignKey(blank=True, help_text='Welsh readers get the English pack, with a note, when there is no Welsh one.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='information pack (Welsh)'),
        ),
        migrations.AddField(
            model_name='region',
            name='information_pack',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='information pack (English)'),
        ),
        migrations.AddField(
            model_name='region',
            name='information_pack_cy',
            field=models.ForeignKey(blank=True, help_text='Welsh readers get the English pack, with a note, when there is no Welsh one.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='information pack (Welsh)'),
        ),
        migrations.CreateModel(
            name='NextStep',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('title_en', models.CharField(max_length=120, verbose_name='title (English)')),
                ('title_cy', models.CharField(max_length=120, verbose_name='title (Welsh)')),
                ('text_en', models.TextField(verbose_name='what happens (English)')),
                ('text_cy', models.TextField(verbose_name='what happens (Welsh)')),
                ('agency', modelcluster.fields.ParentalKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='next_steps', to='directory.agency', verbose_name='agency')),
                ('region', modelcluster.fields.ParentalKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='next_steps', to='directory.region', verbose_name='region')),
            ],
            options={
                'verbose_name': 'next step',
                'verbose_name_plural': 'what happens next (national steps)',
                'ordering': ['sort_order'],
                'abstract': False,
                'constraints': [models.CheckConstraint(condition=models.Q(('region__isnull', True), ('agency__isnull', True), _connector='OR'), name='next_step_belongs_to_one_service')],
            },
        ),        migrations.RunPython(load_national_steps, remove_national_steps),
    ]
