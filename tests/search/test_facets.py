"""Facet filters and disjunctive facet counts, identical on both backends."""
from __future__ import annotations

import pytest

from search import FACETS, SearchQuery


def counts(results, facet: str) -> dict[str, int]:
    return {fc.value: fc.count for fc in results.facets[facet]}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"segment": ["sterile injectables"]}, {"c2", "c6"}),
        ({"segment": ["sterile injectables", "biologics"]}, {"c2", "c5", "c6"}),  # OR within
        ({"segment": ["sterile injectables"], "technologies": ["AI/ML"]}, {"c6"}),  # AND across
        ({"technologies": ["AI/ML"]}, {"c4", "c6"}),
        ({"barriers": ["risk aversion"]}, {"c2", "c6"}),
        ({"kpis": ["OEE"]}, {"c1", "c2", "c4"}),
        ({"maturity_before": ["1"]}, {"c1", "c3"}),
        ({"maturity_after": ["3"]}, {"c1", "c2"}),
        ({"org_kind": ["CDMO"]}, {"c2", "c6"}),
        ({"size_band": ["medium"]}, {"c2"}),
        ({"region_band": ["Scotland"]}, {"c4"}),
        ({"year_band": ["2021-2023"]}, {"c1", "c2", "c3", "c4", "c5", "c6"}),
        ({"segment": ["no such segment"]}, set()),  # unknown value: no match, no error
        ({"segment": []}, {"c1", "c2", "c3", "c4", "c5", "c6"}),  # empty list: no filter
        ({"segment": ["  "]}, {"c1", "c2", "c3", "c4", "c5", "c6"}),  # blank value ignored
        ({"technologies": ["ai/ml"]}, set()),  # values are exact, case included
    ],
)
def test_filters_or_within_a_facet_and_across_facets(index, filters, expected):
    results = index.query(SearchQuery(filters=filters, per_page=50))
    assert {hit.id for hit in results.hits} == expected
    assert results.total == len(expected)


def test_filters_combine_with_text(index):
    results = index.query(SearchQuery(text="vials", filters={"org_kind": ["CDMO"], "kpis": ["OEE"]}))
    assert [hit.id for hit in results.hits] == ["c2"]


def test_every_facet_is_counted_without_filters(index):
    results = index.query(SearchQuery())
    assert set(results.facets) == set(FACETS)
    assert counts(results, "segment") == {
        "oral solid dose": 3, "sterile injectables": 2, "biologics": 1}
    assert counts(results, "technologies")["AI/ML"] == 2
    assert counts(results, "kpis") == {
        "OEE": 3, "yield": 2, "batch record review time": 1, "lot acceptance rate": 1}
    assert counts(results, "maturity_before") == {"1": 2, "2": 1}


def test_facet_counts_ordered_by_count_then_value(index):
    values = [(fc.count, fc.value) for fc in index.query(SearchQuery()).facets["barriers"]]
    assert values == sorted(values, key=lambda pair: (-pair[0], pair[1]))


def test_a_facets_counts_ignore_its_own_filter_but_honour_the_others(index):
    results = index.query(SearchQuery(
        filters={"segment": ["sterile injectables"], "org_kind": ["CDMO"]}))
    # segment counts: every segment among CDMO documents, not just the selected one
    assert counts(results, "segment") == {"sterile injectables": 2}
    assert counts(results, "org_kind") == {"CDMO": 2}
    results = index.query(SearchQuery(filters={"technologies": ["AI/ML"]}))
    assert counts(results, "technologies") == {
        "AI/ML": 2, "IIoT, edge and data platforms": 1, "automated visual inspection": 1,
        "continuous manufacturing": 1, "digital twins": 1, "MES and electronic batch records": 1,
        "process analytical technology": 1, "robotics and automation": 1}
    assert counts(results, "segment") == {"oral solid dose": 1, "sterile injectables": 1}


def test_facet_counts_follow_the_text_query(index):
    results = index.query(SearchQuery(text="vials"))
    assert counts(results, "segment") == {"sterile injectables": 2}
    assert counts(results, "barriers") == {"risk aversion": 2, "insufficient budget": 1}


def test_a_selected_value_is_listed_even_with_no_matches(index):
    results = index.query(SearchQuery(text="bioreactor", filters={"segment": ["sterile injectables"]}))
    assert results.total == 0
    assert counts(results, "segment") == {"biologics": 1, "sterile injectables": 0}
