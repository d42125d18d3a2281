"""Translate the parsed search box and the facet filters into whoosh query objects."""
from __future__ import annotations

from typing import Mapping

from whoosh import query

from search.querytext import All, Any, Node, Not, Phrase, Word
from search.whoosh_index.schema import BOOSTS, STEMMING, WORDS


def to_query(node: Node | None) -> query.Query:
    """The whoosh query for a parsed text; `Every()` when there is no text condition."""
    translated = _node(node) if node is not None else None
    return translated if translated is not None else query.Every()


def filter_query(filters: Mapping[str, tuple[str, ...]]) -> query.Query | None:
    """AND across facets of OR within a facet; None without filters."""
    if not filters:
        return None
    parts = [query.Or([query.Term(f, v) for v in values]) for f, values in filters.items()]
    return query.And(parts)


def stems(text: str) -> list[str]:
    return [token.text for token in STEMMING(text)]


def _node(node: Node) -> query.Query | None:
    if isinstance(node, Word):
        return _prefix(node.text) if node.prefix else phrase_query(stems(node.text))
    if isinstance(node, Phrase):
        return phrase_query(stems(" ".join(node.words)))
    if isinstance(node, Not):
        child = _node(node.child)
        return query.Not(child) if child is not None else None
    children = [c for c in (_node(child) for child in node.children) if c is not None]
    if not children:
        return None
    if isinstance(node, All):
        return _all(children)
    assert isinstance(node, Any)
    return children[0] if len(children) == 1 else query.Or(children)


def _all(children: list[query.Query]) -> query.Query:
    if all(isinstance(child, query.Not) for child in children):
        children = [query.Every(), *children]
    return children[0] if len(children) == 1 else query.And(children)


def phrase_query(words: list[str]) -> query.Query | None:
    """A stopword-only input yields None (ignored), one stem a Term, more a Phrase, per field."""
    if not words:
        return None
    if len(words) == 1:
        parts = [query.Term(f, words[0], boost=b) for f, b in BOOSTS.items()]
    else:
        parts = [query.Phrase(f, words, boost=b) for f, b in BOOSTS.items()]
    return query.Or(parts)


def _prefix(text: str) -> query.Query:
    return query.Prefix(WORDS, text)
