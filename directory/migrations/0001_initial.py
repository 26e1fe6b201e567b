"""Regions, councils, coverage and agencies join this app in state only. Their tables were made
by enquiries' migrations and keep their enquiries_ names (Meta.db_table), so nothing in the
database changes and no row moves. enquiries 0006 then points every foreign key here, drops
the models from its own state and renames their content types."""

import django.db.models.deletion
from django.db import migrations, models

import directory.bilingual


class Migration(migrations.Migration):

    initial = True

    dependencies = [("enquiries", "0005_append_only_audit")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='Agency',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('slug', models.SlugField(unique=True)),
                        ('name_en', models.CharField(max_length=150, verbose_name='name (English)')),
                        ('name_cy', models.CharField(max_length=150, verbose_name='name (Welsh)')),
                        ('kind', models.CharField(choices=[('voluntary', 'Voluntary adoption agency'), ('support', 'Support charity')], max_length=20)),
                        ('accepts_enquiries', models.BooleanField(default=True, help_text='Support charities are signposted, never sent enquiries.', verbose_name='accepts adoption enquiries')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='enquiries inbox')),
                        ('website', models.URLField(blank=True)),
                    ],
                    options={
                        'verbose_name': 'agency',
                        'verbose_name_plural': 'agencies',
                        'db_table': 'enquiries_agency',
                        'ordering': ['name_en'],
                    },
                    bases=(directory.bilingual.BilingualNameMixin, models.Model),
                ),
                migrations.CreateModel(
                    name='LocalAuthority',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('gss_code', models.CharField(max_length=9, unique=True, verbose_name='GSS code')),
                        ('name_en', models.CharField(max_length=100, verbose_name='name (English)')),
                        ('name_cy', models.CharField(max_length=100, verbose_name='name (Welsh)')),
                    ],
                    options={
                        'verbose_name': 'council',
                        'verbose_name_plural': 'councils',
                        'db_table': 'enquiries_localauthority',
                        'ordering': ['name_en'],
                    },
                    bases=(directory.bilingual.BilingualNameMixin, models.Model),
                ),
                migrations.CreateModel(
                    name='Region',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('slug', models.SlugField(unique=True)),
                        ('name_en', models.CharField(max_length=150, verbose_name='name (English)')),
                        ('name_cy', models.CharField(max_length=150, verbose_name='name (Welsh)')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='enquiries inbox')),
                        ('phone', models.CharField(blank=True, max_length=30, verbose_name='contact phone')),
                        ('first_response_days', models.PositiveSmallIntegerField(default=5, verbose_name='first response target (working days)')),
                    ],
                    options={
                        'verbose_name': 'region',
                        'db_table': 'enquiries_region',
                        'ordering': ['name_en'],
                    },
                    bases=(directory.bilingual.BilingualNameMixin, models.Model),
                ),
                migrations.CreateModel(
                    name='RegionCoverage',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('effective_from', models.DateField(verbose_name='from')),
                        ('effective_to', models.DateField(blank=True, null=True, verbose_name='until')),
                        ('local_authority', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='coverage', to='directory.localauthority')),
                        ('region', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='coverage', to='directory.region')),
                    ],
                    options={
                        'verbose_name': 'council served by a region',
                        'db_table': 'enquiries_regioncoverage',
                        'ordering': ['local_authority__name_en', '-effective_from'],
                        'constraints': [models.CheckConstraint(condition=models.Q(('effective_to__isnull', True), ('effective_to__gt', models.F('effective_from')), _connector='OR'), name='coverage_ends_after_it_starts')],
                    },
                ),
            ],
        ),
    ]
