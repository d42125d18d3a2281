"""Snippets for whoosh hits: the first stored field with a match, a window around the first
match, matches marked with sentinels (escaped and turned into <mark> by `snippets.to_html`).

Cheaper than whoosh's own highlighter (one analysis pass, no fragment scoring), and it also
marks prefix matches, which whoosh cannot since prefixes search the unstemmed word field.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from whoosh.lang.porter import stem

from search.querytext import Node, Phrase, positive_leaves
from search.snippets import START, STOP, plain, to_html
from search.whoosh_index.schema import STEMMING

SNIPPET_FIELDS = ("summary", "body", "lessons", "title")
WINDOW = 240
_TOKEN = re.compile(r"\w+")
_stem = lru_cache(maxsize=50_000)(stem)
LEAD = 70


@dataclass(frozen=True)
class Highlight:
    stems: frozenset[str]
    prefixes: tuple[str, ...]

    @classmethod
    def of(cls, node: Node | None) -> "Highlight":
        stems: set[str] = set()
        prefixes: list[str] = []
        for leaf in positive_leaves(node):
            if isinstance(leaf, Phrase):
                stems.update(t.text for t in STEMMING(" ".join(leaf.words)))
            elif leaf.prefix:
                prefixes.append(leaf.text)
            else:
                stems.update(t.text for t in STEMMING(leaf.text))
        return cls(frozenset(stems), tuple(prefixes))

    def snippet(self, stored: Mapping[str, str]) -> str:
        if self.stems or self.prefixes:
            for name in SNIPPET_FIELDS:
                text = stored.get(name) or ""
                spans = self._spans(text)
                if spans:
                    return to_html(_marked(text, spans))
        return plain(stored.get("summary") or "")

    def _spans(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for match in _TOKEN.finditer(text):
            word = match.group().lower()
            if _stem(word) in self.stems or (self.prefixes and word.startswith(self.prefixes)):
                spans.append(match.span())
        return spans


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    start, end = 0, len(text)
    if len(text) > WINDOW:
        start = max(0, spans[0][0] - LEAD)
        if start:
            start = text.find(" ", start, spans[0][0]) + 1 or start
        end = min(len(text), start + WINDOW)
        if end < len(text):
            end = text.rfind(" ", max(start, spans[0][1]), end) if " " in text[spans[0][1]:end] else end
    out, cursor = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out += [text[cursor:s], START, text[s:e], STOP]
        cursor = e
    out.append(text[cursor:end])
    return ("… " if start else "") + "".join(out) + (" …" if end < len(text) else "")
