"""Free text on both backends: fields, stemming, phrases, prefixes, boolean operators, ranking."""
from __future__ import annotations

import pytest

from search import SearchQuery


def ids(index, text: str, **options) -> list[str]:
    return [hit.id for hit in index.query(SearchQuery(text=text, per_page=50, **options)).hits]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bioreactor", {"c5"}),  # title
        ("granulation", {"c1"}),  # summary
        ("downtime", {"c4"}),  # body
        ("validation", {"c1"}),  # lessons
        ("Bioreactor", {"c5"}),  # case-insensitive
        ("records", {"c3"}),  # stemmed: record / records
        ("vials", {"c2", "c6"}),
        ("nonexistentword", set()),
        ("bioréactor", set()),  # unicode that matches nothing
    ],
)
def test_a_word_matches_the_documents_containing_it_in_any_text_field(index, text, expected):
    assert set(ids(index, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"aseptic filling"', {"c2"}),
        ('"filling aseptic"', set()),  # order matters in a phrase
        ('"real time release"', {"c1"}),
        ('"payback under two years"', {"c2"}),
        ('"visual inspection', {"c6"}),  # an unbalanced quote closes at the end
    ],
)
def test_a_phrase_matches_its_words_in_order(index, text, expected):
    assert set(ids(index, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("robot*", {"c2"}),
        ("bioreact*", {"c5"}),
        ("lyophil*", {"c6"}),
        ("automat*", {"c6"}),  # "automated" stems to "autom": prefixes match unstemmed words
        ("zzz*", set()),
    ],
)
def test_a_trailing_star_matches_words_starting_with_the_prefix(index, text, expected):
    assert set(ids(index, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tablet press", {"c4"}),  # implicit AND
        ("tablet AND press", {"c4"}),
        ("bioreactor OR isolator", {"c2", "c5"}),
        ("vials -aseptic", set()),
        ("vials -robots", {"c6"}),
        ("vials NOT robots", {"c6"}),
        ("continuous NOT (tablet OR paper)", set()),
        ("(bioreactor OR isolator) AND vials", {"c2"}),
        ("NOT continuous", {"c2", "c5", "c6"}),
    ],
)
def test_boolean_operators_combine_terms(index, text, expected):
    assert set(ids(index, text)) == expected


def test_title_matches_rank_above_summary_above_body(index):
    # "continuous" is in c1's title, c4's body and c3's body; "compression" in c1's summary and
    # c4's summary. The title match must come first.
    assert ids(index, "continuous")[0] == "c1"
    ranked = ids(index, "inspection")
    assert ranked[0] == "c6"


def test_relevance_scores_are_descending(index):
    hits = index.query(SearchQuery(text="continuous OR vials OR tablet", per_page=50)).hits
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0


@pytest.mark.parametrize("text", ["", "   ", "*", "the", '""', "()", "AND OR NOT"])
def test_a_query_without_searchable_words_lists_everything_newest_first(index, text):
    assert ids(index, text) == ["c6", "c5", "c4", "c3", "c2", "c1"]
