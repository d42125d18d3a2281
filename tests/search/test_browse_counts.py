"""Browsing without search text (the library list, filters only): counts and pages always follow
the index, although a backend may keep the counts per index generation."""
from __future__ import annotations

from search import SearchQuery
from tests.search.factories import CORPUS, doc
from tests.search.test_similar import _second_view


def _segments(index, **filters) -> dict[str, int]:  # type: ignore[no-untyped-def]
    results = index.query(SearchQuery(filters=filters))
    return {f.value: f.count for f in results.facets["segment"]}


def test_browsing_counts_follow_a_new_document(index):
    before = index.query(SearchQuery())
    index.index([doc("new", segment="radiopharmaceuticals")])
    after = index.query(SearchQuery())
    assert after.total == before.total + 1
    assert _segments(index)["radiopharmaceuticals"] == 1
    assert after.hits[0].id == "new" or "new" in {h.id for h in after.hits}


def test_browsing_counts_follow_removal_and_filters(index):
    segment = CORPUS[0].segment
    filtered = _segments(index, segment=(segment,))[segment]
    index.remove([CORPUS[0].id])
    assert index.query(SearchQuery()).total == len(CORPUS) - 1
    assert _segments(index, segment=(segment,)).get(segment, 0) == filtered - 1


def test_browsing_counts_follow_a_write_by_another_process(index):
    other = _second_view(index)
    try:
        assert index.query(SearchQuery()).total == len(CORPUS)
        other.index([doc("elsewhere", segment="radiopharmaceuticals")])
        assert index.query(SearchQuery()).total == len(CORPUS) + 1
        other.clear()
        assert index.query(SearchQuery()).total == 0
    finally:
        other.close()


def test_changing_returned_counts_does_not_change_the_next_answer(index):
    first = index.query(SearchQuery())
    first.facets["segment"].clear()
    assert index.query(SearchQuery()).facets["segment"]
