"""Which documents match: the parsed query evaluated on cached per-term bitmaps.

whoosh's matcher trees walk postings one document at a time in Python; for facet counting we
need the whole match set, so words and prefixes become ORs and ANDs of term bitmaps instead
(cached per segment, LRU). A scored field's term bitmap comes from the same single postings
pass that builds its BM25 table (see `ranking`). Phrases, which need positions, still go
through whoosh's matcher, per segment, cached too.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Callable

from whoosh import searching

from search.facetsets import bitmap
from search.querytext import All, Any, Node, Not, Phrase, Word
from search.whoosh_index.schema import BOOSTS, WORDS
from search.whoosh_index.translate import phrase_query, stems

MAX_PREFIX_TERMS = 512
K1 = 1.2  # BM25 term-frequency saturation
B = 0.75  # BM25 length normalisation
CACHE_BUDGET = 2_000_000


class TermCache:
    """LRU of per-segment derived data keyed (kind:segment id, field, term): term bitmaps,
    BM25 tables, length and date columns. Segments are immutable, so entries never go stale;
    those of merged-away segments age out. Bounded by a budget of stored items (a table entry
    or list element counts 1, a bitmap 1 per 64 documents): about 200 MB at the default."""

    def __init__(self, budget: int = CACHE_BUDGET) -> None:
        self.budget = budget
        self.used = 0
        self._data: OrderedDict[tuple[str, str, str], tuple[object, int]] = OrderedDict()

    def get(self, key: tuple[str, str, str], load: Callable[[], object]) -> object:
        if key in self._data:
            self._data.move_to_end(key)
            return self._data[key][0]
        value = load()
        cost = _cost(value)
        self._data[key] = (value, cost)
        self.used += cost
        while self.used > self.budget and len(self._data) > 1:
            _, (_, freed) = self._data.popitem(last=False)
            self.used -= freed
        return value


def _cost(value: object) -> int:
    if isinstance(value, int):
        return 1 + value.bit_length() // 64
    return 1 + len(value)  # type: ignore[arg-type]


class Matcher:
    def __init__(self, searcher: searching.Searcher, cache: TermCache, live: int) -> None:
        self.searcher = searcher
        self.cache = cache
        self.live = live
        self.leaves = searcher.reader().leaf_readers()

    def bits(self, node: Node | None) -> int | None:
        """The matching documents' bitmap; None when the text sets no condition."""
        if node is None:
            return None
        if isinstance(node, Word):
            return self._prefix(node.text) if node.prefix else self._words(stems(node.text))
        if isinstance(node, Phrase):
            return self._words(stems(" ".join(node.words)))
        if isinstance(node, Not):
            child = self.bits(node.child)
            return None if child is None else self.live & ~child
        parts = [b for b in (self.bits(child) for child in node.children) if b is not None]
        if not parts:
            return None
        result = parts[0]
        for part in parts[1:]:
            result = result & part if isinstance(node, All) else result | part
        assert isinstance(node, (All, Any))
        return result

    def _words(self, words: list[str]) -> int | None:
        if not words:
            return None
        if len(words) > 1:
            return self._phrase(words)
        result = 0
        for field in BOOSTS:
            result |= self._term(field, words[0])
        return result

    def _phrase(self, words: list[str]) -> int:
        """Phrase matches need positions: whoosh's matcher, per segment, cached per segment."""
        query = phrase_query(words)
        result = 0
        for sub, offset in self.searcher.leaf_searchers():
            key = ("phrase:" + getattr(sub.reader(), "_segid", ""), "", " ".join(words))
            result |= self.cache.get(key, lambda: bitmap(query.docs(sub))) << offset
        return result

    def _prefix(self, prefix: str) -> int:
        result = 0
        for leaf, offset in self.leaves:
            for n, term in enumerate(leaf.expand_prefix(WORDS, prefix)):
                if n >= MAX_PREFIX_TERMS:
                    break
                result |= self._leaf_term(leaf, WORDS, term) << offset
        return result

    def _term(self, field: str, text: str) -> int:
        result = 0
        for leaf, offset in self.leaves:
            result |= self._leaf_term(leaf, field, text) << offset
        return result

    def _leaf_term(self, leaf: object, field: str, text: str | bytes) -> int:
        word = text.decode("utf-8") if isinstance(text, bytes) else text
        key = (getattr(leaf, "_segid", ""), field, word)

        def load() -> int:
            if field in BOOSTS:  # scored field: the BM25 table's documents, one postings pass
                return bitmap(term_table(self.cache, leaf, field, word))
            if (field, word) not in leaf:  # type: ignore[operator]
                return 0
            return bitmap(leaf.postings(field, word).all_ids())  # type: ignore[attr-defined]

        return self.cache.get(key, load)


def term_table(cache: TermCache, leaf: object, field: str, term: str) -> dict[int, float]:
    """A segment's documents containing `term` with their BM25 term weights (without idf)."""
    segid = getattr(leaf, "_segid", "")
    lengths = cache.get(("lengths:" + segid, field, ""), lambda: _lengths(leaf, field))
    return cache.get(("bm25:" + segid, field, term), lambda: _bm25_table(leaf, field, term, lengths))


def _lengths(leaf: object, field: str) -> list[int]:
    """Every document's length in `field` for one segment (read once per segment)."""
    total = leaf.doc_count_all()  # type: ignore[attr-defined]
    return [leaf.doc_field_length(doc, field) or 1 for doc in range(total)]  # type: ignore


def _bm25_table(leaf: object, field: str, term: str, lengths: list[int]) -> dict[int, float]:
    if (field, term) not in leaf:  # type: ignore[operator]
        return {}
    avg = max(1.0, sum(lengths) / max(1, len(lengths)))
    norms = {}
    table = {}
    for doc, freq in leaf.postings(field, term).items_as("frequency"):  # type: ignore[attr-defined]
        length = lengths[doc]
        if length not in norms:
            norms[length] = K1 * (1 - B + B * length / avg)
        table[doc] = freq * (K1 + 1) / (freq + norms[length])
    return table
