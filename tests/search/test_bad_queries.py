"""Bad input gets results or a QueryError with a safe message — never another exception."""
from __future__ import annotations

import pytest

from search import QueryError, SearchQuery, SearchResults

ODD_TEXTS = [
    '"unbalanced', 'un"balanced"quotes"', "*", "**", "a*", "(", ")", "((robot", "robot))",
    "AND", "OR", "NOT", "- -", "--robot", "robot OR", "NOT NOT robot", "\x00robot\x07",
    "robot\u200bfill", "émulsion à froid", "用于制药的机器人", "🙂 robot", "a:b", "title:robot",
    "robot's & isolator | vial", "!!", "':*", "\\", "%_", "';DROP TABLE search_documents;--",
    "x" * 1000, "robot " * 32, "\ue000robot\ue001",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_text_returns_results(index, text):
    assert isinstance(index.query(SearchQuery(text=text)), SearchResults)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (SearchQuery(text="x" * 10_000), "too long"),
        (SearchQuery(text="robot " * 33), "too many terms"),
        (SearchQuery(filters={"colour": ["red"]}), "Unknown filter"),
        (SearchQuery(filters={"segment": "x" * 5 and object()}), "list of values"),
        (SearchQuery(filters={"segment": ["v"] * 51}), "at most 50"),
        (SearchQuery(page=0), "page number"),
        (SearchQuery(page=-3), "page number"),
        (SearchQuery(page="2"), "whole number"),  # type: ignore[arg-type]
        (SearchQuery(per_page=0), "per page"),
        (SearchQuery(per_page=101), "per page"),
        (SearchQuery(page=1000, per_page=100), "first 10000"),
        (SearchQuery(sort="popularity"), "Sort"),  # type: ignore[arg-type]
        (SearchQuery(text=None), "string"),  # type: ignore[arg-type]
    ],
)
def test_unusable_queries_raise_query_error_with_a_safe_message(index, query, message):
    with pytest.raises(QueryError, match=message):
        index.query(query)


@pytest.mark.parametrize(
    ("values", "total"),
    [
        (["\x00"], 6),  # nothing left after cleaning: no filter
        (["<script>"], 0),
        (["x" * 5000], 0),
        (["sterile injectables\x00"], 2),  # control character removed
        ([3], 0),
        (("biologics",), 1),
    ],
)
def test_odd_filter_values_return_results(index, values, total):
    assert index.query(SearchQuery(filters={"segment": values})).total == total


def test_a_single_string_filter_is_one_value(index):
    assert index.query(SearchQuery(filters={"segment": "biologics"})).total == 1
