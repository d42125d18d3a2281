"""Queries on one whoosh searcher generation: hits, snippets, facet counts, suggestions, similar.

Facet counting uses per-segment bitmaps of each facet value, built once per segment (segments
are immutable) and shifted into place per generation; deletions are masked with a live bitmap.
"""
from __future__ import annotations

import json
import warnings
from typing import Iterable

from whoosh import query, searching

from search.checks import CheckedQuery, check
from search.facetsets import bitmap, count_facets, filter_bits, restrict
from search.generation_cache import GenerationCache
from search.model import FACETS, TEXT_FIELDS, Hit, SearchQuery, SearchResults
from search.querytext import Node, positive_words
from search.snippets import plain
from search.spelling import MAX_EDITS, rewrite, worth_correcting
from search.whoosh_index.highlighting import Highlight
from search.whoosh_index.matching import Matcher, TermCache
from search.whoosh_index.schema import CONTENT, WORDS
from search.whoosh_index.ranking import Ranker

SIMILAR_FACET_BOOSTS = {"segment": 1.5, "technologies": 1.0, "barriers": 0.5}
SIMILAR_TERMS = 12
SegmentSets = dict[str, dict[str, int]]


def open_searcher(ix: object) -> searching.Searcher:
    """A new searcher. On a damaged segment whoosh retries and drops half-opened files itself;
    their ResourceWarnings are whoosh's noise, not ours, so they are silenced here."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        return ix.searcher()  # type: ignore[attr-defined]


class Reader:
    """One searcher generation and its facet bitmaps (shared per segment via `segment_cache`)."""

    def __init__(
        self, searcher: searching.Searcher, segment_cache: dict | None = None,
        term_cache: TermCache | None = None,
    ) -> None:
        self.searcher = searcher
        self.term_cache = term_cache if term_cache is not None else TermCache()
        self.segment_cache: dict[str, SegmentSets] = segment_cache if segment_cache is not None else {}
        # Comparable deployments of this generation: a new generation is a new Reader, so a
        # publication, withdrawal or replaced document can never be answered from here.
        self.similar_cache: GenerationCache[list[Hit]] = GenerationCache()
        self._state: tuple[dict[str, dict[str, int]], int] | None = None

    def refreshed(self, ix: object) -> "Reader":
        """This reader, or one on the latest generation. whoosh-reloaded 2.7.5's
        `Searcher.refresh()` reuses segment readers with stale deletions (and re-adds old
        segments), so a new generation gets a fresh searcher and the old one is closed."""
        if self.searcher.up_to_date():
            return self
        fresh = Reader(open_searcher(ix), self.segment_cache, self.term_cache)
        self.searcher.close()
        return fresh

    def close(self) -> None:
        self.searcher.close()

    def count(self) -> int:
        return self.searcher.doc_count()

    def check(self) -> bool:
        """Read every segment's id terms and first and last stored documents."""
        for leaf, _offset in self.searcher.reader().leaf_readers():
            list(leaf.lexicon("id"))
            if leaf.doc_count_all():
                leaf.stored_fields(0)
                leaf.stored_fields(leaf.doc_count_all() - 1)
        self._facet_state()
        return True

    def query(self, q: SearchQuery) -> SearchResults:
        checked = check(q)
        sets, live = self._facet_state()
        matched = Matcher(self.searcher, self.term_cache, live).bits(checked.node)
        base = live if matched is None else live & matched
        facets = count_facets(sets, base, checked.filters)
        final = restrict(base, filter_bits(sets, checked.filters))
        total = final.bit_count()
        hits = self._page(checked, final) if total > checked.offset else []
        suggestion = self._suggestion(q.text, checked.node)
        return SearchResults(hits, total, checked.page, checked.per_page, facets, suggestion)

    def similar(self, doc_id: str, limit: int = 5) -> list[Hit]:
        return self.similar_cache.get_or_compute((str(doc_id), limit), lambda: self._similar(doc_id, limit))

    def _similar(self, doc_id: str, limit: int) -> list[Hit]:
        docnum = self.searcher.document_number(id=str(doc_id))
        if docnum is None or limit < 1:
            return []
        stored = self.searcher.stored_fields(docnum)
        text = " ".join(stored.get(name, "") for name in TEXT_FIELDS)
        terms = self.searcher.key_terms_from_text(CONTENT, text, numterms=SIMILAR_TERMS)
        parts: list[query.Query] = [query.Term(CONTENT, w, boost=wt) for w, wt in terms]
        facets = json.loads(stored["facets_json"])
        for facet, boost in SIMILAR_FACET_BOOSTS.items():
            parts.extend(query.Term(facet, v, boost=boost) for v in facets.get(facet, []))
        if not parts:
            return []
        results = self.searcher.search(query.Or(parts), limit=min(limit, 100), mask={docnum})
        return [Hit(h["id"], float(h.score or 0.0), h["title"], plain(h["summary"])) for h in results]

    def _page(self, checked: CheckedQuery, matched: int) -> list[Hit]:
        ranker = Ranker(self.searcher, self.term_cache)
        limit = checked.offset + checked.per_page
        by_date = checked.sort == "date" or not Highlight.of(checked.node).stems
        best = ranker.newest(matched, limit) if by_date else ranker.top(checked.node, matched, limit)
        marks = Highlight.of(checked.node)
        hits = []
        for docnum, score in best[checked.offset:]:
            stored = self.searcher.stored_fields(docnum)
            hits.append(Hit(stored["id"], score, stored["title"], marks.snippet(stored)))
        return hits

    def _suggestion(self, text: str, node: Node | None) -> str | None:
        reader = self.searcher.reader()
        fixes: dict[str, str] = {}
        for word in dict.fromkeys(positive_words(node)):
            if not worth_correcting(word) or reader.doc_frequency(WORDS, word):
                continue
            found = self.searcher.suggest(WORDS, word, limit=1, maxdist=MAX_EDITS, prefix=1)
            if found and found[0] != word:
                fixes[word] = found[0]
        return rewrite(text, fixes)

    def _facet_state(self) -> tuple[dict[str, dict[str, int]], int]:
        if self._state is None:
            sets: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
            live = 0
            for leaf, offset in self.searcher.reader().leaf_readers():
                live |= _live(leaf) << offset
                for facet, values in self._segment_sets(leaf).items():
                    merged = sets[facet]
                    for value, bits in values.items():
                        merged[value] = merged.get(value, 0) | (bits << offset)
            self._state = (sets, live)
            self._prune_cache()
        return self._state

    def _prune_cache(self) -> None:
        current = {getattr(leaf, "_segid", None) for leaf, _ in self.searcher.reader().leaf_readers()}
        for key in [key for key in self.segment_cache if key not in current]:
            del self.segment_cache[key]

    def _segment_sets(self, leaf: object) -> SegmentSets:
        key = getattr(leaf, "_segid", None)
        if key is not None and key in self.segment_cache:
            return self.segment_cache[key]
        sets = {facet: _value_bitmaps(leaf, facet) for facet in FACETS}
        if key is not None:
            self.segment_cache[key] = sets
        return sets


def _value_bitmaps(leaf: object, facet: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for term in leaf.lexicon(facet):  # type: ignore[attr-defined]
        ids: Iterable[int] = leaf.postings(facet, term).all_ids()  # type: ignore[attr-defined]
        out[term.decode("utf-8")] = bitmap(ids)
    return out


def _live(leaf: object) -> int:
    total = leaf.doc_count_all()  # type: ignore[attr-defined]
    bits = (1 << total) - 1
    if leaf.has_deletions():  # type: ignore[attr-defined]
        deleted = getattr(leaf, "deleted_docs_set", None)  # SegmentReader: a cached frozenset
        if deleted is None:
            deleted = (d for d in range(total) if leaf.is_deleted(d))  # type: ignore[attr-defined]
        bits &= ~bitmap(deleted)
    return bits


