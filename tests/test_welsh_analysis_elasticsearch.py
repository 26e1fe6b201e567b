"""portal.search.welsh's engine analysis, run on a real node at $ELASTICSEARCH_URL
(`scripts/elasticsearch.sh start` prints one). Plain HTTP, so no client library is needed."""

import json
import os
import urllib.error
import urllib.request
import uuid
from collections import Counter

import pytest

from portal.search import welsh
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
    call(
        url,
        "PUT",
        f"/{name}",
        {
            "settings": {
                "number_of_shards": 1,
                "number_of_replicas": 0,
                "analysis": welsh.elasticsearch_analysis(),
            },
            "mappings": {"properties": {"body": welsh.elasticsearch_text_field()}},
        },
    )
    try:
        yield url, name
    finally:
        call(url, "DELETE", f"/{name}")


def analyze(index, analyzer, text):
    url, name = index
    result = call(url, "POST", f"/{name}/_analyze", {"analyzer": analyzer, "text": text})
    return result["tokens"]


@pytest.mark.parametrize("text", TEXTS)
def test_elasticsearch_analyzers_agree_with_python(index, text):
    for analyzer in (welsh.INDEX_ANALYZER, welsh.SEARCH_ANALYZER):
        tokens = [token["token"] for token in analyze(index, analyzer, text)]
        assert Counter(tokens) == Counter(welsh.index_terms(text)), analyzer
    exact = [token["token"] for token in analyze(index, welsh.EXACT_ANALYZER, text)]
    assert exact == welsh.exact_terms(text)


def test_radical_forms_share_the_original_position(index):
    tokens = analyze(index, welsh.INDEX_ANALYZER, "yng Nghaerdydd")
    assert {(t["token"], t["position"]) for t in tokens} == {("nghaerdydd", 1), ("caerdydd", 1)}


def test_search_matches_mutations_and_ranks_exact_first(index):
    url, name = index
    documents = {
        "radical": "Croeso i Caerdydd",
        "nasal": "Mabwysiadu yng Nghaerdydd",
        "soft": "Dewch i Gaerdydd",
        "other": "Plant yn Abertawe",
    }
    for key, body in documents.items():
        call(url, "PUT", f"/{name}/_doc/{key}?refresh=true", {"body": body})

    def search(text):
        query = {"query": welsh.elasticsearch_query("body", text)}
        hits = call(url, "POST", f"/{name}/_search", query)["hits"]["hits"]
        return [hit["_id"] for hit in hits]

    for text, first in [("Caerdydd", "radical"), ("Nghaerdydd", "nasal"), ("Gaerdydd", "soft")]:
        found = search(text)
        assert found[0] == first
        assert set(found) == {"radical", "nasal", "soft"}
    assert search("fabwysiadu") == ["nasal"]
    assert search("mabwysiadu Caerdydd") == ["nasal"]  # every word, in any form
    assert search("blaidd") == []
