"""Event, region and story pages' regions and agencies are directory's models now. State
only: the foreign keys already point at the enquiries_region and enquiries_agency tables,
which keep their names."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0004_event_agency'),
        ('directory', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.AlterField(
                    model_name='eventpage',
                    name='agency',
                    field=models.ForeignKey(blank=True, help_text='The voluntary adoption agency that runs the event, if it is not the regional service.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='directory.agency'),
                ),
                migrations.AlterField(
                    model_name='eventpage',
                    name='region',
                    field=models.ForeignKey(blank=True, help_text='The regional service that runs the event.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='directory.region'),
                ),
                migrations.AlterField(
                    model_name='regionpage',
                    name='region',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='directory.region'),
                ),
                migrations.AlterField(
                    model_name='storypage',
                    name='region',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='directory.region'),
                ),
            ],
        ),
    ]
