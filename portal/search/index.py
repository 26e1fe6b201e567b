"""Index lifecycle: concrete indices behind one alias per environment, rebuilt with no downtime.

`rebuild()` fills a fresh index while the old one keeps answering, then swaps the alias in one
atomic call and deletes the old index.
"""

from datetime import UTC, datetime

from opensearchpy.exceptions import NotFoundError
from opensearchpy.helpers import bulk

from portal.search.backends import engine
from portal.search.documents import document_for, index_body, searchable


def _new_index_name() -> str:
    return f"{engine.alias()}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"


def _create(name: str, client) -> None:
    client.indices.create(index=name, body=index_body())


def current_indices(client) -> list[str]:
    try:
        return sorted(client.indices.get_alias(name=engine.alias()))
    except NotFoundError:
        return []


def rebuild() -> dict:
    """Index every searchable page into a new index, then point the alias at it."""
    client = engine.admin_client()
    name = _new_index_name()
    _create(name, client)
    actions = ({**document_for(p).to_dict(include_meta=True), "_index": name}
               for p in searchable())
    indexed, _errors = bulk(client, actions, chunk_size=500, refresh="wait_for")
    old = current_indices(client)
    client.indices.update_aliases(
        body={
            "actions": [{"remove": {"index": i, "alias": engine.alias()}} for i in old]
            + [{"add": {"index": name, "alias": engine.alias()}}]
        }
    )
    for index in old:
        client.indices.delete(index=index)
    return {"index": name, "indexed": indexed, "replaced": old}


def ensure() -> None:
    """Create an empty index behind the alias if there is none (first run, new environment)."""
    client = engine.admin_client()
    if not current_indices(client):
        name = _new_index_name()
        _create(name, client)
        client.indices.put_alias(index=name, name=engine.alias())


def sync(page_ids) -> None:
    """Bring these pages' documents up to date: index the searchable ones, delete the rest."""
    client = engine.admin_client()
    ensure()
    page_ids = {int(pk) for pk in page_ids}
    pages = list(searchable(page_ids))
    actions = [{**document_for(p).to_dict(include_meta=True), "_index": engine.alias()}
               for p in pages]
    gone = page_ids - {p.pk for p in pages}
    actions += [{"_op_type": "delete", "_index": engine.alias(), "_id": pk} for pk in gone]
    bulk(client, actions, raise_on_error=False, refresh=True)  # visible at once


def drop() -> None:
    """Delete every index behind the alias (tests, or retiring an environment)."""
    client = engine.admin_client()
    for index in current_indices(client):
        client.indices.delete(index=index)
