"""The engine's index follows Wagtail publishing through the task queue, is rebuilt behind an
alias, and holds CMS pages only. Needs the real engine (see conftest)."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from portal.search import index
from portal.search.backends import engine
from portal.search.documents import PageDocument
from tests.helpers import run_worker
from tests.search.conftest import home, make_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_engine(use_engine, django_capture_on_commit_callbacks):
    index.rebuild()

    def publish_and_sync(action):
        with django_capture_on_commit_callbacks(execute=True):
            result = action()
        run_worker()  # the task queue does the indexing
        return result

    return publish_and_sync


def engine_ids(word, language="en"):
    from portal.search.backends.base import Query

    return [hit.page_id for hit in engine.search(Query(word, language, limit=50)).hits]


def test_publish_unpublish_delete_and_drafts_follow_wagtail(live_engine):
    page = live_engine(lambda: make_page("en", "Wombat evening", body="wombat"))
    assert engine_ids("wombat") == [page.pk]

    def draft():
        page.body = [("paragraph", "<p>wombat pangolinsecret</p>")]
        page.save_revision()

    live_engine(draft)
    assert engine_ids("pangolinsecret") == []

    live_engine(lambda: page.save_revision().publish())
    assert engine_ids("pangolinsecret") == [page.pk]

    live_engine(page.unpublish)
    assert engine_ids("wombat") == []

    live_engine(lambda: page.save_revision().publish())
    live_engine(lambda: Page.objects.get(pk=page.pk).delete())
    assert engine_ids("wombat") == []


def test_moving_a_page_updates_its_section(live_engine):
    page = live_engine(lambda: make_page("en", "Wallaby", body="wallaby"))
    section = home("en").get_children().filter(numchild__gt=0).first()
    live_engine(lambda: Page.objects.get(pk=page.pk).move(section, pos="last-child"))

    from portal.search.backends.base import Query

    within = engine.search(Query("wallaby", "en", section=section.path))
    assert [hit.page_id for hit in within.hits] == [page.pk]
    assert within.hits[0].url.startswith(section.url)


def test_rebuild_swaps_the_alias_and_removes_the_old_index(use_engine):
    client = engine.admin_client()
    first = index.rebuild()
    assert index.current_indices(client) == [first["index"]]
    assert first["index"].startswith(engine.alias())  # the environment's prefix names it

    call_command("rebuild_search_index", "--engine-only", verbosity=0)
    (second,) = index.current_indices(client)
    assert second != first["index"] and not client.indices.exists(index=first["index"])
    live = Page.objects.live().public().count()
    assert client.count(index=engine.alias())["count"] == live - 1  # all but the tree root


def test_only_page_fields_are_indexed(use_engine):
    index.rebuild()
    mapping = engine.admin_client().indices.get_mapping(index=engine.alias())
    (properties,) = [m["mappings"]["properties"] for m in mapping.values()]
    assert set(properties) == set(PageDocument._doc_type.mapping.to_dict()["properties"])
    assert not {"email", "phone", "name", "contact", "enquiry"} & set(properties)


def test_health_reports_a_working_engine(use_engine, client):
    index.rebuild()
    response = client.get("/health/")
    assert response.json()["status"] == "ok"
    assert response.json()["checks"] == {"database": "ok", "search": "ok", "tasks": "ok",
                                         "notifications": "ok"}
