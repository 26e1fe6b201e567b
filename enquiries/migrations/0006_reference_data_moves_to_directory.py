"""Regions, councils, coverage and agencies now belong to the directory app (directory 0001).

State only for the models: the tables keep their enquiries_ names, so no row moves. Enquiries'
and staff profiles' foreign keys point at directory's models, as helpline 0010 and cms 0005
did for theirs, and then the models leave this app's state. Their content types are renamed
rather than made again, so the permissions groups hold (helpline 0009) and anything else that
names them by content type keep their meaning."""

import django.db.models.deletion
from django.db import migrations, models

MOVED = ["agency", "localauthority", "region", "regioncoverage"]


def rename_content_types(old_label, new_label):
    def rename(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        content_types = ContentType.objects.using(schema_editor.connection.alias)
        for model in MOVED:
            if not content_types.filter(app_label=old_label, model=model).exists():
                continue  # a new database: made under the new label after migrating
            # One made under the new label while both apps had the model in state (a new
            # database's role migrations make every permission) holds nothing yet.
            content_types.filter(app_label=new_label, model=model).delete()
            content_types.filter(app_label=old_label, model=model).update(app_label=new_label)
        ContentType.objects.clear_cache()

    return rename


class Migration(migrations.Migration):

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("directory", "0001_initial"),
        ("enquiries", "0005_append_only_audit"),
        ("helpline", "0010_point_at_directory"),
        ("cms", "0005_point_at_directory"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.AlterField(
                    model_name="enquiry",
                    name="agency",
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="enquiries", to="directory.agency"),
                ),
                migrations.AlterField(
                    model_name="enquiry",
                    name="local_authority",
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="enquiries", to="directory.localauthority"),
                ),
                migrations.AlterField(
                    model_name="enquiry",
                    name="region",
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="enquiries", to="directory.region"),
                ),
                migrations.AlterField(
                    model_name="staffprofile",
                    name="agency",
                    field=models.ForeignKey(blank=True, help_text="Agency staff see only the enquiries routed to their agency.", null=True, on_delete=django.db.models.deletion.PROTECT, to="directory.agency", verbose_name="voluntary adoption agency"),
                ),
                migrations.AlterField(
                    model_name="staffprofile",
                    name="region",
                    field=models.ForeignKey(blank=True, help_text="Regional staff see only their region's records.", null=True, on_delete=django.db.models.deletion.PROTECT, to="directory.region", verbose_name="region"),
                ),
                migrations.DeleteModel(name="RegionCoverage"),
                migrations.DeleteModel(name="Agency"),
                migrations.DeleteModel(name="LocalAuthority"),
                migrations.DeleteModel(name="Region"),
            ],
        ),
        migrations.RunPython(rename_content_types("enquiries", "directory"),
                             rename_content_types("directory", "enquiries")),
    ]
