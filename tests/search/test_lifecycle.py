"""Upsert, remove, clear, count and health on both backends."""
from __future__ import annotations

from search import SearchIndex, SearchQuery
from tests.search.factories import CORPUS, doc


def test_backends_implement_the_protocol(empty_index):
    assert isinstance(empty_index, SearchIndex)


def test_an_empty_index_answers_queries(empty_index):
    results = empty_index.query(SearchQuery(text="robot", filters={"segment": ["biologics"]}))
    assert (results.total, results.hits, results.suggestion) == (0, [], None)
    assert results.facets["segment"][0].count == 0
    assert empty_index.count() == 0 and empty_index.similar("c1") == []


def test_index_counts_documents_once_per_id(empty_index):
    empty_index.index(CORPUS)
    empty_index.index(CORPUS[:2])
    assert empty_index.count() == len(CORPUS)


def test_index_accepts_a_generator_and_an_empty_batch(empty_index):
    empty_index.index(d for d in CORPUS[:3])
    empty_index.index([])
    assert empty_index.count() == 3


def test_remove_drops_documents_and_ignores_unknown_ids(index):
    index.remove(["c1", "c2", "unknown"])
    index.remove([])
    assert index.count() == 4
    assert index.query(SearchQuery(text="isolator")).total == 0
    assert {fc.value for fc in index.query(SearchQuery()).facets["kpis"]} == {
        "OEE", "yield", "batch record review time", "lot acceptance rate"}


def test_removed_documents_leave_the_facet_counts(index):
    index.remove(["c2", "c6"])
    segments = {fc.value: fc.count for fc in index.query(SearchQuery()).facets["segment"]}
    assert segments == {"oral solid dose": 3, "biologics": 1}


def test_clear_empties_the_index_and_it_stays_usable(index):
    index.clear()
    assert index.count() == 0 and index.query(SearchQuery()).total == 0
    index.index([doc("n1", title="New after clear")])
    assert [h.id for h in index.query(SearchQuery(text="clear")).hits] == ["n1"]


def test_a_fresh_index_is_healthy(index):
    assert index.is_healthy() is True


def test_documents_without_optional_facets_are_indexed(empty_index):
    empty_index.index([doc("bare", technologies=(), barriers=(), kpis=(), maturity_before=None,
                           segment="", title="Bare ünïcödé title")])
    results = empty_index.query(SearchQuery(text="ünïcödé"))
    assert [h.id for h in results.hits] == ["bare"]
    assert results.facets["segment"] == [] and results.facets["maturity_before"] == []
