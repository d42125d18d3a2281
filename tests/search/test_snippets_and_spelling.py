"""Snippet escaping, edit distance and facet bitmaps: the backend-neutral helpers."""
from __future__ import annotations

import pytest

from search.facetsets import bitmap, count_facets, docnums
from search.snippets import START, STOP, plain, to_html
from search.spelling import closest, edit_distance, rewrite


@pytest.mark.parametrize(
    ("marked", "html"),
    [
        (f"a {START}robot{STOP} <b>", "a <mark>robot</mark> &lt;b&gt;"),
        (f'"{START}x{STOP}" & y', "&quot;<mark>x</mark>&quot; &amp; y"),
        (f"{START}open", "<mark>open</mark>"),
        (f"close{STOP}", "close"),
        ("  spaced \n out ", "spaced out"),
        ("", ""),
    ],
)
def test_to_html_escapes_then_marks(marked, html):
    assert to_html(marked) == html


def test_plain_cuts_long_text_at_a_word_and_escapes():
    text = "word " * 100 + "<end>"
    out = plain(text, limit=20)
    assert out.endswith(" …") and len(out) <= 22 and "<" not in plain("<b>")


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("kitten", "sitting", 3), ("robot", "robot", 0), ("robot", "robt", 1), ("", "ab", 2),
     ("abcdef", "a", 3), ("aseptic", "asceptic", 1)],
)
def test_edit_distance_stops_past_the_limit(a, b, distance):
    assert edit_distance(a, b) == min(distance, 3)


@pytest.mark.parametrize(
    ("word", "candidates", "expected"),
    [
        ("bioreacter", ["bioreactor", "biologics"], "bioreactor"),
        ("bioreacter", ["zioreactor"], None),  # first letter must match
        ("robot", ["robot"], None),  # the word itself is no suggestion
        ("xyzzy", [], None),
        ("vial", ["vital", "vials"], "vials"),  # equally near: alphabetical
        ("vial", ["vialsss", "viol"], "viol"),  # nearest first
    ],
)
def test_closest_picks_the_nearest_candidate(word, candidates, expected):
    assert closest(word, candidates) == expected


def test_rewrite_keeps_the_rest_of_the_text():
    assert rewrite('Continous "robotic" fill', {"continous": "continuous"}) == 'continuous "robotic" fill'
    assert rewrite("anything", {}) is None


@pytest.mark.parametrize("docs", [[], [0], [7, 8, 9], [1, 1000, 65], list(range(300))])
def test_bitmaps_round_trip(docs):
    assert docnums(bitmap(docs)) == sorted(set(docs))


def test_count_facets_is_disjunctive():
    sets = {"segment": {"a": bitmap([0, 1]), "b": bitmap([2])}, "org_kind": {"x": bitmap([0, 2])}}
    counts = count_facets(sets, bitmap([0, 1, 2]), {"segment": ("a",), "org_kind": ("x",)})
    assert [(c.value, c.count) for c in counts["segment"]] == [("a", 1), ("b", 1)]
    assert [(c.value, c.count) for c in counts["org_kind"]] == [("x", 1)]
    assert counts["kpis"] == []
