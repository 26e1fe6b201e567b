"""The database cache's table (portal.cache), so that `migrate` alone gives every process one
shared store for rate limits when there is no Redis. It is made whatever CACHES says, as
`manage.py createcachetable` would make it."""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

TABLE = "portal_cache"  # portal.cache.TABLE, spelled out: a migration keeps its own copy


def create(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, TABLE, dry_run=False)


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = []
    operations = [migrations.RunPython(create, drop)]
