"""An empty database is already bilingual: the Welsh locale, an English home page with its
Welsh translation, the default site, and Welsh kept in step with English (new English pages
get a Welsh alias until they are translated)."""

import uuid

from django.db import migrations

HOME = {
    "en": {"title": "Adopt Cymru", "slug": "home", "hero": "Adoption in Wales starts here"},
    "cy": {"title": "Adopt Cymru", "slug": "hafan", "hero": "Mae mabwysiadu yng Nghymru yn dechrau yma"},
}


def create_bilingual_site(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("cms", "HomePage")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in HOME}
    LocaleSynchronization.objects.get_or_create(locale=locales["cy"], sync_from=locales["en"])

    # Wagtail's own welcome page (and the site pointing at it) makes way for ours.
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    root = Page.objects.get(depth=1)

    content_type, _ = ContentType.objects.get_or_create(app_label="cms", model="homepage")
    key = uuid.uuid4()
    homes = {}
    for position, (code, text) in enumerate(HOME.items(), start=1):
        homes[code] = HomePage.objects.create(
            title=text["title"], draft_title=text["title"], slug=text["slug"],
            hero_heading=text["hero"], content_type=content_type,
            path=f"{root.path}{position:04d}", depth=2, numchild=0,
            url_path=f"/{text['slug']}/", locale=locales[code], translation_key=key,
            live=True, has_unpublished_changes=False,
        )
    root.numchild = len(homes)
    root.save(update_fields=["numchild"])
    Site.objects.create(hostname="localhost", port=80, root_page=homes["en"], is_default_site=True,
                        site_name="Adopt Cymru")


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]
    operations = [migrations.RunPython(create_bilingual_site, migrations.RunPython.noop)]
