"""The search-box parser: a forgiving grammar shared by both backends."""
from __future__ import annotations

import pytest

from search import QueryError
from search.querytext import All, Any, Not, Phrase, Word, clean_text, parse, positive_words


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        ("robot", Word("robot")),
        ("Robot Isolator", All((Word("robot"), Word("isolator")))),
        ("robot AND isolator", All((Word("robot"), Word("isolator")))),
        ("robot OR isolator", Any((Word("robot"), Word("isolator")))),
        ("a b OR c", Any((All((Word("a"), Word("b"))), Word("c")))),
        ("-robot", Not(Word("robot"))),
        ("NOT robot", Not(Word("robot"))),
        ('"aseptic filling"', Phrase(("aseptic", "filling"))),
        ('"aseptic filling', Phrase(("aseptic", "filling"))),
        ('"robot"', Word("robot")),
        ("real-time", Phrase(("real", "time"))),
        ("robot*", Word("robot", prefix=True)),
        ("r*", None),
        ("*", None),
        ("", None),
        ('""', None),
        ("()", None),
        ("(a OR b) c", All((Any((Word("a"), Word("b"))), Word("c")))),
        ("((a", Word("a")),
        ("a))", Word("a")),
        ("NOT", None),
        ("a OR", Word("a")),
        ("\x00robot\x1f", Word("robot")),
        ("Émulsion", Word("émulsion")),
        ("and or not", All((Word("and"), Word("or"), Word("not")))),  # lower case: plain words
    ],
)
def test_parse_builds_the_expected_tree(text, tree):
    assert parse(text) == tree


@pytest.mark.parametrize(
    ("text", "message"),
    [("x" * 1001, "too long"), ("a " * 33, "too many terms"), (None, "string")],
)
def test_parse_refuses_oversized_or_wrong_input(text, message):
    with pytest.raises(QueryError, match=message):
        parse(text)


def test_parse_accepts_the_boundaries():
    assert parse("x" * 1000) == Word("x" * 1000)
    assert isinstance(parse("a " * 32), All)


def test_positive_words_skip_negated_and_prefix_terms():
    assert positive_words(parse('bioreacter -robot isol* "twin model" OR x')) == [
        "bioreacter", "twin", "model", "x"]


def test_clean_text_removes_control_characters_and_snippet_sentinels():
    assert clean_text("a\x00b\x7f\ue000c\ue001d\te") == "a b  c d e"
