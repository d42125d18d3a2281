"""Sorting, pagination, snippets and spelling suggestions on both backends."""
from __future__ import annotations

from dataclasses import replace

import pytest

from search import SearchQuery
from tests.search.factories import doc


def test_sort_by_date_lists_newest_first(index):
    hits = index.query(SearchQuery(text="continuous OR vials", sort="date")).hits
    assert [hit.id for hit in hits] == ["c6", "c4", "c3", "c2", "c1"]


@pytest.mark.parametrize(
    ("page", "per_page", "expected"),
    [
        (1, 2, ["c6", "c5"]),
        (2, 2, ["c4", "c3"]),
        (3, 2, ["c2", "c1"]),
        (4, 2, []),  # past the end: empty page, total still right
        (1, 100, ["c6", "c5", "c4", "c3", "c2", "c1"]),
        (2, 5, ["c1"]),
    ],
)
def test_pagination_slices_the_ordered_results(index, page, per_page, expected):
    results = index.query(SearchQuery(sort="date", page=page, per_page=per_page))
    assert [hit.id for hit in results.hits] == expected
    assert (results.total, results.page, results.per_page) == (6, page, per_page)


def test_relevance_pages_do_not_overlap(index):
    pages = [index.query(SearchQuery(text="continuous OR vials OR tablet", page=p, per_page=2))
             for p in (1, 2, 3)]
    seen = [hit.id for results in pages for hit in results.hits]
    assert len(seen) == len(set(seen)) == pages[0].total


def test_snippet_marks_the_matched_words(index):
    hit = index.query(SearchQuery(text="downtime")).hits[0]
    assert "<mark>downtime</mark>" in hit.snippet.lower()


def test_snippet_escapes_html_in_the_indexed_text(empty_index):
    empty_index.index([doc("x", summary="Use <script>alert(1)</script> & a robot in a cell.",
                           body="Nothing here.")])
    snippet = empty_index.query(SearchQuery(text="robot")).hits[0].snippet
    assert "<script>" not in snippet and "</script>" not in snippet
    assert "alert(1)" in snippet and "&amp;" in snippet  # ts_headline drops the tag itself
    assert "<mark>robot</mark>" in snippet


def test_snippet_without_a_text_match_is_the_escaped_summary(empty_index):
    empty_index.index([doc("x", summary='"Quoted" <b>summary</b>')])
    snippet = empty_index.query(SearchQuery()).hits[0].snippet
    assert snippet == "&quot;Quoted&quot; &lt;b&gt;summary&lt;/b&gt;"


def test_hit_carries_the_title(index):
    hit = index.query(SearchQuery(text="bioreactor")).hits[0]
    assert (hit.id, hit.title) == ("c5", "Digital twin of a bioreactor")


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("bioreacter", "bioreactor"),
        ("continous manufacturing", "continuous manufacturing"),
        ("robotic asceptic filling", "robotic aseptic filling"),
    ],
)
def test_a_misspelt_word_gets_a_did_you_mean(index, text, suggestion):
    assert index.query(SearchQuery(text=text)).suggestion == suggestion


@pytest.mark.parametrize("text", ["bioreactor", "", "continuous manufacturing", "qwxzv", "ab"])
def test_no_suggestion_for_known_or_hopeless_words(index, text):
    assert index.query(SearchQuery(text=text)).suggestion is None


def test_results_use_only_indexed_redacted_text(empty_index):
    redacted = doc("x", title="Line at [SITE]", summary="[ORG] automated the [SITE] line.")
    empty_index.index([redacted])
    hit = empty_index.query(SearchQuery(text="automated")).hits[0]
    assert "[ORG]" in hit.snippet and hit.title == "Line at [SITE]"


def test_upserting_a_document_replaces_its_text(index):
    original = index.query(SearchQuery(text="bioreactor")).hits[0]
    index.index([replace(doc("c5"), title="Perfusion culture")])
    assert index.query(SearchQuery(text="bioreactor")).total == 0
    assert [h.id for h in index.query(SearchQuery(text="perfusion")).hits] == [original.id]
    assert index.count() == 6
