"""The Welsh fields of the index production creates (`documents.index_body`), run on a real node
at $ELASTICSEARCH_URL (`scripts/elasticsearch.sh start` prints one), with the query the engine
backend sends. Plain HTTP, so the test checks the index, not the client library."""

import json
import os
import urllib.error
import urllib.request
import uuid
from collections import Counter

import pytest

from portal.search import documents, welsh
from portal.search.backends.base import Query
from portal.search.backends.engine import build_query
from portal.search.text import EXACT_SUBFIELD
from tests.conftest import service_missing

TEXTS = [
    "Mae’r teulu yng Nghaerdydd wedi mabwysiadu plentyn.",
    "Noson wybodaeth i'r rhieni yn Lanelli; cyfeiriad e-bost",
    "Gŵyl ŷd ei henw hi, ffordd chwilio gyda'r plant",
    "W\u0302yl GOFALWR maeth CF10 2024",  # decomposed Ŵ
]


def call(url, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        url + path, data=data, method=method, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def index():
    url = os.environ.get("ELASTICSEARCH_URL", "").rstrip("/")
    if not url:
        service_missing("ELASTICSEARCH_URL is not set (scripts/elasticsearch.sh start)")
    try:
        call(url, "GET", "/_cluster/health?wait_for_status=yellow&timeout=10s")
    except (OSError, urllib.error.URLError) as error:
        service_missing(f"Elasticsearch does not answer at {url}: {error}")
    name = f"test-welsh-{uuid.uuid4().hex[:12]}"
    call(url, "PUT", f"/{name}", documents.index_body())
    try:
        yield url, name
    finally:
        call(url, "DELETE", f"/{name}")


def welsh_field(index, name="body_cy"):
    """A Welsh field's mapping as the node holds it."""
    url, index_name = index
    (mapping,) = call(url, "GET", f"/{index_name}/_mapping").values()
    return mapping["mappings"]["properties"][name]


def analyze(index, analyzer, text):
    url, name = index
    result = call(url, "POST", f"/{name}/_analyze", {"analyzer": analyzer, "text": text})
    return result["tokens"]


@pytest.mark.parametrize("text", TEXTS)
def test_elasticsearch_analyzers_agree_with_python(index, text):
    for name in ("title_cy", "body_cy"):
        field = welsh_field(index, name)
        for analyzer in (field["analyzer"], field["search_analyzer"]):
            tokens = [token["token"] for token in analyze(index, analyzer, text)]
            assert Counter(tokens) == Counter(welsh.index_terms(text)), analyzer
        exact_analyzer = field["fields"][EXACT_SUBFIELD]["analyzer"]
        exact = [token["token"] for token in analyze(index, exact_analyzer, text)]
        assert exact == welsh.exact_terms(text)


def test_radical_forms_share_the_original_position(index):
    tokens = analyze(index, welsh_field(index)["analyzer"], "yng Nghaerdydd")
    assert {(t["token"], t["position"]) for t in tokens} == {("nghaerdydd", 1), ("caerdydd", 1)}


def test_search_matches_mutations_and_ranks_exact_first(index):
    url, name = index
    pages = {
        "radical": "Croeso i Caerdydd",
        "nasal": "Mabwysiadu yng Nghaerdydd",
        "soft": "Dewch i Gaerdydd",
        "other": "Plant yn Abertawe",
    }
    for key, body in pages.items():
        call(url, "PUT", f"/{name}/_doc/{key}?refresh=true", {"language": "cy", "body_cy": body})

    def search(text):
        query = {"query": build_query(Query(text, "cy"))}
        hits = call(url, "POST", f"/{name}/_search", query)["hits"]["hits"]
        return [hit["_id"] for hit in hits]

    for text, first in [("Caerdydd", "radical"), ("Nghaerdydd", "nasal"), ("Gaerdydd", "soft")]:
        found = search(text)
        assert found[0] == first
        assert set(found) == {"radical", "nasal", "soft"}
    assert search("fabwysiadu") == ["nasal"]
    assert search("mabwysiadu Caerdydd") == ["nasal"]  # every word, in any form
    assert search("blaidd") == []
