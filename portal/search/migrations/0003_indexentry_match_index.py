"""A GIN index on `title || body` of Wagtail's index entries, on PostgreSQL only: the vector the
database backend matches against (backends/postgres.py and Wagtail's own search). Wagtail's
model has GIN indexes on each column alone, which that expression cannot use."""

from django.db import migrations

INDEX = "portal_search_indexentry_match_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):

    dependencies = [
        ("portal_search", "0002_page_text"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
