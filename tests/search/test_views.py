"""The search page and suggestions, in both languages, with bad input and a broken engine."""

import socket
import threading

import pytest
from wagtail.contrib.search_promotions.models import Query as PopularQuery
from wagtail.contrib.search_promotions.models import SearchPromotion

from portal.search.models import ZeroResultSearch
from tests.search.conftest import make_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_backend(settings):
    settings.ELASTICSEARCH_URL = ""


def test_search_pages_speak_their_language(client):
    english = client.get("/en/search/", {"q": "adopt"})
    welsh = client.get("/cy/chwilio/", {"q": "mabwysiadu"})
    assert english.status_code == welsh.status_code == 200
    assert b"results for" in english.content and "canlyniad" in welsh.content.decode()
    assert '<html lang="cy"' in welsh.content.decode()
    assert welsh.context["outcome"].total > 0


def test_an_empty_search_shows_the_form_without_results(client):
    response = client.get("/en/search/", {"q": "   "})
    assert response.status_code == 200 and response.context["outcome"] is None
    assert b'role="search"' in response.content


def test_a_too_long_search_gets_a_clear_error_in_welsh(client):
    response = client.get("/cy/chwilio/", {"q": "plentyn " * 40})
    page = response.content.decode()
    assert response.status_code == 200 and response.context["outcome"] is None
    assert "govuk-error-summary" in page and "200 nod neu lai" in page


def test_punctuation_and_syntax_answer_with_the_nothing_found_help(client):
    for query in ['"*\\', "AND OR", "((("]:
        response = client.get("/cy/chwilio/", {"q": query})
        assert response.status_code == 200
        assert "Ni allem ddod o hyd i unrhyw beth" in response.content.decode()


def test_nothing_found_is_recorded_per_language_for_editors(client):
    client.get("/cy/chwilio/", {"q": "Xylophone"})
    client.get("/cy/chwilio/", {"q": "xylophone"})
    client.get("/en/search/", {"q": "xylophone"})
    counts = sorted(ZeroResultSearch.objects.values_list("language", "hits"))
    assert counts == [("cy", 2), ("en", 1)]


def test_an_editor_pins_a_page_for_a_search_in_each_language(client):
    english = make_page("en", "Money help", body="allowances")
    welsh = make_page("cy", "Help ariannol", body="lwfansau")
    query = PopularQuery.get("grantiau")
    SearchPromotion.objects.create(query=query, page=english, sort_order=0)
    SearchPromotion.objects.create(query=query, page=welsh, sort_order=1, description="Grantiau")

    cy = client.get("/cy/chwilio/", {"q": "Grantiau"}).context["outcome"]
    en = client.get("/en/search/", {"q": "grantiau"}).context["outcome"]
    assert [hit.url for hit in cy.promoted] == [welsh.url]
    assert [hit.url for hit in en.promoted] == [english.url]
    assert not ZeroResultSearch.objects.exists()  # a promoted page is an answer


def test_results_can_be_narrowed_to_a_topic(client):
    response = client.get("/en/search/")
    topics = response.context["form"].fields["topic"].choices
    slug = topics[1][0]
    narrowed = client.get("/en/search/", {"q": "adopt", "topic": slug}).context["outcome"]
    everywhere = client.get("/en/search/", {"q": "adopt"}).context["outcome"]
    assert 0 < narrowed.total < everywhere.total


def test_pagination_links_keep_the_query_and_topic(client):
    for number in range(12):
        make_page("en", f"Capybara {number}", body="capybara")
    from tests.helpers import run_worker

    run_worker()
    response = client.get("/en/search/", {"q": "capybara"})
    assert response.context["pagination"]["next"] == "?q=capybara&page=2"
    second = client.get("/en/search/", {"q": "capybara", "page": "2"})
    assert len(second.context["outcome"].hits) == 2
    beyond = client.get("/en/search/", {"q": "capybara", "page": "99"})
    assert beyond.context["outcome"].page == 2


def test_suggestions_match_titles_in_any_mutated_form(client):
    page = make_page("cy", "Noson wybodaeth ym Mhwllheli")
    found = client.get("/cy/chwilio/awgrymiadau/", {"q": "noson pwll"}).json()["suggestions"]
    assert found == [{"title": "Noson wybodaeth ym Mhwllheli", "url": page.url}]
    mutated = client.get("/cy/chwilio/awgrymiadau/", {"q": "fabwys"}).json()["suggestions"]
    assert "Cymorth mabwysiadu" in [s["title"] for s in mutated]
    assert client.get("/cy/chwilio/awgrymiadau/", {"q": "m"}).json() == {"suggestions": []}


def _silent_server():
    """A TCP server that accepts connections and never answers: an engine that hangs."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    accepted = []
    threading.Thread(target=lambda: accepted.append(server.accept()), daemon=True).start()
    return server


@pytest.mark.parametrize("engine", ["absent", "hanging"])
def test_a_down_or_slow_engine_falls_back_to_the_database(client, settings, engine, caplog):
    if engine == "absent":
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]  # closed again: nothing listens there
        server = None
    else:
        server = _silent_server()
        port = server.getsockname()[1]
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{port}"
    settings.SEARCH_TIMEOUT = 0.5
    try:
        response = client.get("/cy/chwilio/", {"q": "mabwysiadu"})
        health = client.get("/health/")
    finally:
        if server:
            server.close()
    outcome = response.context["outcome"]
    assert response.status_code == 200 and outcome.fell_back and outcome.total > 0
    assert outcome.backend == "database"
    assert "search engine unavailable" in caplog.text
    assert health.status_code == 200
    assert health.json()["status"] == "degraded"
    assert health.json()["checks"] == {"database": "ok", "search": "unavailable", "tasks": "ok",
                                       "notifications": "ok"}


def test_the_tree_root_is_never_a_result_or_suggestion(client):
    assert client.get("/en/search/", {"q": "root"}).context["outcome"].total == 0
    assert client.get("/en/search/suggest/", {"q": "roo"}).json() == {"suggestions": []}
