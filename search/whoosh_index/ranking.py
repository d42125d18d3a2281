"""Ranking without whoosh's matcher trees: BM25 over cached per-term tables, top-k by heap.

The match set is already known (a bitmap, see `matching`), so ranking only has to score those
documents. Each (segment, field, term) gets a cached table of its documents' saturated,
length-normalised term frequencies; a query adds them up with the field boost and the term's
idf. Date order reads a cached per-segment column of publication times.
"""
from __future__ import annotations

import heapq
import math
from typing import Iterable

from whoosh import searching

from search.facetsets import docnums
from search.querytext import Node, Word, positive_leaves
from search.whoosh_index.matching import TermCache, term_table
from search.whoosh_index.schema import BOOSTS
from search.whoosh_index.translate import stems



class Ranker:
    def __init__(self, searcher: searching.Searcher, cache: TermCache) -> None:
        self.searcher = searcher
        self.cache = cache
        self.leaves = searcher.reader().leaf_readers()
        self.total = max(1, searcher.doc_count())

    def top(self, node: Node | None, matched: int, limit: int) -> list[tuple[int, float]]:
        """The `limit` best (docnum, score) pairs among the `matched` bitmap."""
        docs = set(docnums(matched))
        scores = dict.fromkeys(docs, 0.0)
        for field, term, boost in _terms(node):
            self._add(scores, field, term, boost)
        return heapq.nlargest(limit, scores.items(), key=lambda item: (item[1], -item[0]))

    def newest(self, matched: int, limit: int) -> list[tuple[int, float]]:
        dates = self._dates()
        best = heapq.nlargest(limit, docnums(matched), key=lambda doc: (dates[doc], -doc))
        return [(doc, 0.0) for doc in best]

    def _add(self, scores: dict[int, float], field: str, term: str, boost: float) -> None:
        tables = [(self._table(leaf, field, term), offset) for leaf, offset in self.leaves]
        df = sum(len(table) for table, _ in tables)
        if not df:
            return
        weight = boost * math.log(1 + (self.total - df + 0.5) / (df + 0.5))
        for table, offset in tables:
            for local, value in table.items():
                doc = local + offset
                if doc in scores:
                    scores[doc] += weight * value

    def _table(self, leaf: object, field: str, term: str) -> dict[int, float]:
        return term_table(self.cache, leaf, field, term)

    def _dates(self) -> list[int]:
        dates: list[int] = []
        for leaf, _offset in self.leaves:
            key = ("dates:" + getattr(leaf, "_segid", ""), "published_at", "")
            dates.extend(self.cache.get(key, lambda: _dates(leaf)))  # type: ignore[arg-type]
        return dates


def _terms(node: Node | None) -> Iterable[tuple[str, str, float]]:
    for leaf in positive_leaves(node):
        if isinstance(leaf, Word) and leaf.prefix:
            continue
        text = leaf.text if isinstance(leaf, Word) else " ".join(leaf.words)
        for stem in stems(text):
            for field, boost in BOOSTS.items():
                yield field, stem, boost


def _dates(leaf: object) -> list[int]:
    column = leaf.column_reader("published_at")  # type: ignore[attr-defined]
    return [int(value) for value in column]
