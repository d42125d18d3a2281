"""`similar()`: comparable deployments by shared content and facets, on both backends."""
from __future__ import annotations

from search import SearchQuery
from tests.search.factories import doc


def test_similar_finds_documents_sharing_content_and_facets(index):
    hits = index.similar("c2", limit=5)
    assert hits and hits[0].id == "c6"  # same segment, org kind, barrier; vials, aseptic


def test_similar_never_returns_the_document_itself(index):
    for doc_id in ("c1", "c2", "c3", "c4", "c5", "c6"):
        assert doc_id not in {hit.id for hit in index.similar(doc_id, limit=10)}


def test_similar_respects_the_limit(index):
    assert len(index.similar("c1", limit=2)) <= 2
    assert index.similar("c1", limit=0) == []


def test_similar_of_an_unknown_or_removed_id_is_empty(index):
    assert index.similar("nope") == []
    index.remove(["c6"])
    assert index.similar("c6") == []
    assert "c6" not in {hit.id for hit in index.similar("c2")}


def test_similar_ranks_the_closer_deployment_first(empty_index):
    empty_index.index([
        doc("a", title="Robotic filling of syringes", body="Robotic aseptic filling of syringes.",
            segment="sterile injectables", technologies=("robotics and automation",)),
        doc("b", title="Robotic filling of vials", body="Robotic aseptic filling of vials.",
            segment="sterile injectables", technologies=("robotics and automation",)),
        doc("c", title="Tablet coating", body="Film coating of tablets.", segment="oral solid dose"),
        doc("d", title="Syringe labelling", body="Labels on syringes.", segment="packaging"),
    ])
    hits = empty_index.similar("a", limit=3)
    assert hits[0].id == "b"
    assert hits[0].snippet and hits[0].title == "Robotic filling of vials"
    assert empty_index.query(SearchQuery()).total == 4


def _second_view(index):  # type: ignore[no-untyped-def]
    """Another process's view of the same index (its own searcher or connection and cache)."""
    from search.pg_index import PostgresIndex
    from search.whoosh_index.store import WhooshIndex

    if isinstance(index, WhooshIndex):
        return WhooshIndex(index.path)
    assert isinstance(index, PostgresIndex)
    return PostgresIndex(index.dsn, schema=index.schema)


def test_a_cached_answer_drops_a_removed_deployment(index):
    assert "c6" in {hit.id for hit in index.similar("c2")}
    index.remove(["c6"])
    assert "c6" not in {hit.id for hit in index.similar("c2")}


def test_a_cached_answer_shows_a_newly_indexed_deployment_and_a_replaced_title(index):
    first = index.similar("c2", limit=3)
    index.index([doc("twin", title="Robotic aseptic filling in isolators, again",
                     body="Robotic aseptic filling of vials in isolators with glove ports.",
                     segment="sterile injectables", technologies=("robotics and automation",))])
    assert index.similar("c2", limit=3)[0].id == "twin" != first[0].id
    index.index([doc("twin", title="Renamed twin", body="Robotic aseptic filling of vials in isolators.",
                     segment="sterile injectables", technologies=("robotics and automation",))])
    assert "Renamed twin" in {hit.title for hit in index.similar("c2", limit=3)}


def test_a_write_by_another_process_invalidates_this_process_cache(index):
    other = _second_view(index)
    try:
        assert "c6" in {hit.id for hit in index.similar("c2")}
        other.remove(["c6"])
        assert "c6" not in {hit.id for hit in index.similar("c2")}
    finally:
        other.close()
