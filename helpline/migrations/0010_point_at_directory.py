"""Calls' and callbacks' regions and agencies are directory's models now. State only: the
foreign keys already point at the enquiries_region and enquiries_agency tables, which keep
their names."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0001_initial'),
        ('helpline', '0009_role_permissions'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.AlterField(
                    model_name='callback',
                    name='agency',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='directory.agency'),
                ),
                migrations.AlterField(
                    model_name='callback',
                    name='region',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='directory.region'),
                ),
                migrations.AlterField(
                    model_name='interaction',
                    name='agency',
                    field=models.ForeignKey(blank=True, help_text="Logged by an agency's staff.", null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='directory.agency'),
                ),
                migrations.AlterField(
                    model_name='interaction',
                    name='region',
                    field=models.ForeignKey(blank=True, help_text='Empty for the national line.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='directory.region'),
                ),
            ],
        ),
    ]
