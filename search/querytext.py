"""A backend-neutral parser for the search box: words, "phrases", prefix*, AND/OR/NOT, -word.

The grammar is forgiving in the style of `websearch_to_tsquery`: an unbalanced quote closes at
the end, stray parentheses are ignored, a lone `*` is dropped. Both backends translate the same
tree, so the two behave alike. Limits that a member should hear about raise `QueryError`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Union

from search.errors import QueryError

MAX_TEXT_CHARS = 1000
MAX_LEAVES = 32
MIN_PREFIX_CHARS = 2

_TOKEN = re.compile(r'"[^"]*"?|\(|\)|[^\s"()]+')
_WORD_PART = re.compile(r"\w+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ue000\ue001]")
_OPERATORS = {"AND", "OR", "NOT"}


@dataclass(frozen=True)
class Word:
    text: str
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]


@dataclass(frozen=True)
class All:
    children: tuple["Node", ...]


@dataclass(frozen=True)
class Any:
    children: tuple["Node", ...]


@dataclass(frozen=True)
class Not:
    child: "Node"


Node = Union[Word, Phrase, All, Any, Not]


def clean_text(text: str) -> str:
    """Replace control characters (and the snippet sentinels) with spaces."""
    return _CONTROL.sub(" ", text)


def parse(text: str) -> Node | None:
    """Parse the search box; None means "no text condition" (browse everything)."""
    if not isinstance(text, str):
        raise QueryError("The search text must be a string.")
    if len(text) > MAX_TEXT_CHARS:
        raise QueryError(f"The search text is too long (at most {MAX_TEXT_CHARS} characters).")
    tokens = _TOKEN.findall(clean_text(text))
    node = _Parser(tokens).parse()
    if node is not None and _count_leaves(node) > MAX_LEAVES:
        raise QueryError(f"The search has too many terms (at most {MAX_LEAVES}).")
    return node


def positive_leaves(node: Node | None) -> list[Word | Phrase]:
    """Words and phrases that are not negated: what matched documents contain."""
    if isinstance(node, (Word, Phrase)):
        return [node]
    if isinstance(node, (All, Any)):
        return [leaf for child in node.children for leaf in positive_leaves(child)]
    return []


def positive_words(node: Node | None) -> list[str]:
    """Plain (non-prefix, non-negated) words, in order: the candidates for spelling suggestions."""
    words: list[str] = []
    for leaf in positive_leaves(node):
        if isinstance(leaf, Phrase):
            words.extend(leaf.words)
        elif not leaf.prefix:
            words.append(leaf.text)
    return words


def _count_leaves(node: Node) -> int:
    if isinstance(node, (All, Any)):
        return sum(_count_leaves(child) for child in node.children)
    if isinstance(node, Not):
        return _count_leaves(node.child)
    return 1


def _combine(kind: type, children: list[Node]) -> Node | None:
    children = [c for c in children if c is not None]
    if not children:
        return None
    if len(children) == 1:
        return children[0]
    return kind(tuple(children))


class _Parser:
    """Recursive descent: or_expr := and_expr (OR and_expr)*; and_expr := unary (AND? unary)*."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.pos = 0

    def parse(self) -> Node | None:
        parts: list[Node] = []
        while self.pos < len(self.tokens):
            node = self._or_expr()
            if node is not None:
                parts.append(node)
            if self._peek() == ")":
                self.pos += 1  # a stray closing parenthesis is ignored
        return _combine(All, parts)

    def _peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _or_expr(self) -> Node | None:
        parts = [self._and_expr()]
        while self._peek() == "OR":
            self.pos += 1
            parts.append(self._and_expr())
        return _combine(Any, parts)

    def _and_expr(self) -> Node | None:
        parts: list[Node | None] = []
        while (token := self._peek()) is not None and token not in (")", "OR"):
            if token == "AND":
                self.pos += 1
                continue
            parts.append(self._unary())
        return _combine(All, parts)

    def _unary(self) -> Node | None:
        token = self._peek()
        if token == "NOT":
            self.pos += 1
            child = self._unary() if self._peek() not in (None, ")", "OR") else None
            return Not(child) if child is not None else None
        if token is not None and token.startswith("-") and len(token) > 1:
            self.tokens[self.pos] = token[1:]
            child = self._atom()
            return Not(child) if child is not None else None
        return self._atom()

    def _atom(self) -> Node | None:
        token = self.tokens[self.pos]
        self.pos += 1
        if token == "(":
            node = self._or_expr()
            if self._peek() == ")":
                self.pos += 1
            return node
        if token.startswith('"'):
            words = tuple(w.lower() for w in _WORD_PART.findall(token))
            return _phrase_or_word(words)
        return _word(token)


def _phrase_or_word(words: tuple[str, ...]) -> Node | None:
    if not words:
        return None
    return Word(words[0]) if len(words) == 1 else Phrase(words)


def _word(token: str) -> Node | None:
    prefix = token.endswith("*")
    words = tuple(w.lower() for w in _WORD_PART.findall(token))
    if prefix and len(words) == 1:
        return Word(words[0], prefix=True) if len(words[0]) >= MIN_PREFIX_CHARS else None
    return _phrase_or_word(words)
