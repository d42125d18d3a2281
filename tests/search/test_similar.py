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
