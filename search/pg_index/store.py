"""`SearchIndex` on PostgreSQL full-text search: one connection per index object, tables it owns.

Writes are upserts in one transaction per call, so several processes can publish concurrently.
Connection failures surface as `IndexUnavailable`; the next call reconnects.
"""
from __future__ import annotations

import json
import logging
import re
import threading
from contextlib import contextmanager
from typing import Iterable, Iterator

import numpy as np
import psycopg

from search.checks import check
from search.errors import IndexUnavailable, SearchError
from search.generation_cache import GenerationCache
from search.model import FACETS, TEXT_FIELDS, Hit, SearchDocument, SearchQuery, SearchResults
from search.pg_index import statements as st
from search.pg_index.arrays import float4_array, int4_array, to_bits, to_mask
from search.pg_index.ddl import check_schema_name, ensure_schema, set_search_path
from search.pg_index.generation import Generation, Matches, MatchCache, current
from search.pg_index.searching import counts, hits, page_order
from search.pg_index.tsquery import compose, stem_leaves
from search.querytext import clean_text, positive_words
from search.snippets import plain
from search.spelling import MAX_EDITS, closest, rewrite, worth_correcting

log = logging.getLogger(__name__)

BATCH = 500
ANALYZE_AFTER = 1000
MAX_WORD_CHARS = 100
SIMILAR_TERMS = 12
SIMILAR_FACET_BOOSTS = {"segment": 1.5, "technologies": 1.0, "barriers": 0.5}
MATCH_CACHE_MB = 32
_WORD = re.compile(r"\w+")


class PostgresIndex:
    def __init__(self, dsn: str, *, schema: str = "public", match_cache_mb: int = MATCH_CACHE_MB) -> None:
        """`match_cache_mb` bounds this process's cache of recent match sets (0 turns it off)."""
        self.dsn = dsn
        self.schema = check_schema_name(schema)
        self._lock = threading.RLock()
        self._conn: psycopg.Connection | None = None
        self.trigram = False
        self._generation: Generation | None = None
        self._matches = MatchCache(match_cache_mb * 2**20)
        self._similar_cache: GenerationCache[list[Hit]] = GenerationCache()
        with self._connection():
            pass  # connects and ensures the schema

    def query(self, q: SearchQuery) -> SearchResults:
        """Match set from SQL (or this generation's cache), counts and order on bitmaps, then
        the page's rows and snippets; all in one repeatable-read snapshot."""
        checked = check(q)
        words = [w for w in dict.fromkeys(positive_words(checked.node)) if worth_correcting(w)]
        with self._connection() as conn, conn.pipeline():
            # round trips: generation, known words and stems; the match set when not cached;
            # the page with the commit
            with conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                state = conn.execute(st.STATE)
                known = conn.execute(st.KNOWN_WORDS, (words,))
                stems = stem_leaves(conn, checked.node) if checked.node else {}
                number, cleared = state.fetchone() or (0, 0)
                gen = self._generation = current(conn, self._generation, number, cleared)
                tsq = compose(checked.node, stems) if checked.node else None
                by_date = checked.sort == "date" or not tsq
                matches = self._match(conn, gen, tsq, ranked=not by_date) if tsq else None
                selected, total, facets = counts(gen, matches.bits if matches else gen.everything,
                                                 checked.filters)
                order = page_order(gen, selected, matches, checked, by_date)
                suggestion = self._suggestion(conn, q.text, words, {r[0] for r in known.fetchall()})
                paged = conn.execute(st.PAGE if tsq else st.PAGE_PLAIN, {
                    "nums": [n for n, _ in order], "q": tsq, "headline": st.HEADLINE_OPTIONS})
        return SearchResults(hits(order, paged.fetchall()), total, checked.page, checked.per_page,
                             facets, suggestion)

    def _match(self, conn: psycopg.Connection, gen: Generation, tsq: str, ranked: bool) -> Matches:
        found = self._matches.get(gen.number, tsq, ranked)
        if found is not None:
            return found
        with conn.cursor(binary=True) as cur:
            row = cur.execute(st.RANKED_MATCHES if ranked else st.MATCHES, {"q": tsq}).fetchone()
        docnums = int4_array(row[0] if row else None)
        ranks = float4_array(row[1]) if row and ranked else None
        matches = Matches(to_bits(docnums, gen.size), docnums, ranks)
        self._matches.put(gen.number, tsq, matches)
        return matches

    def similar(self, doc_id: str, limit: int = 5) -> list[Hit]:
        """Comparable deployments (ranked on title, summary and lessons), answered from a cache
        while no process has written since."""
        if limit < 1:
            return []
        with self._connection() as conn:
            generation = (conn.execute(st.STATE).fetchone() or (0, 0))[0]
        return self._similar_cache.get_or_compute((str(doc_id), limit), lambda: self._similar(doc_id, limit),
                                                  generation=generation)

    def _similar(self, doc_id: str, limit: int) -> list[Hit]:
        """Score = ts_rank of the case's most distinctive terms on each document's head vector
        + 0.1 × the boosts of the facet values it shares, over every document sharing a term or
        a value; newest first among equals. SQL gives the term matches with their ranks (one
        GIN lookup, cached per generation like any query's); the facet part and the order are
        worked out on this process's bitmaps, so no query ranks thousands of rows."""
        with self._connection() as conn, conn.pipeline(), conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            state = conn.execute(st.STATE)
            source = conn.execute(st.SOURCE, (str(doc_id),))
            chosen = conn.execute(st.SIMILAR_TERMS, {"id": str(doc_id), "terms": SIMILAR_TERMS})
            number, cleared = state.fetchone() or (0, 0)
            row = source.fetchone()
            if row is None:
                return []
            gen = self._generation = current(conn, self._generation, number, cleared)
            tsq = " | ".join(f"'{_quote(r[0])}'" for r in chosen.fetchall()) or None
            matches = self._match(conn, gen, tsq, ranked=True) if tsq else None
            top = _most_similar(gen, int(row[0]), row[1], matches, min(limit, 100))
            if not top:
                return []
            shown = {r[0]: r for r in conn.execute(st.PAGE_PLAIN, {"nums": [n for n, _ in top]}).fetchall()}
        return [Hit(shown[n][1], score, shown[n][2], plain(shown[n][3])) for n, score in top if n in shown]

    def index(self, docs: Iterable[SearchDocument]) -> None:
        """Upsert in one transaction; a bulk load (a reindex) refreshes planner statistics."""
        batch: list[SearchDocument] = []
        written = 0
        with self._connection() as conn:
            with conn.transaction():
                generation = _one(conn.execute(st.BUMP_GENERATION).fetchone())
                for doc in docs:
                    batch.append(doc)
                    if len(batch) >= BATCH:
                        written += _write(conn, batch, generation)
                        batch = []
                written += _write(conn, batch, generation) if batch else 0
            if written >= ANALYZE_AFTER:
                for statement in st.ANALYZE:
                    conn.execute(statement)

    def remove(self, ids: Iterable[str]) -> None:
        with self._connection() as conn, conn.transaction():
            generation = _one(conn.execute(st.BUMP_GENERATION).fetchone())
            gone = [str(i) for i in ids]
            conn.execute(st.SUBTRACT_LEXEMES, (gone,))
            conn.execute(st.REMOVE, {"ids": gone, "generation": generation})

    def clear(self) -> None:
        with self._connection() as conn, conn.transaction():
            conn.execute(st.BUMP_GENERATION)
            conn.execute(st.CLEAR)
            conn.execute(st.MARK_CLEARED)

    def count(self) -> int:
        with self._connection() as conn:
            row = conn.execute(st.COUNT).fetchone()
        return int(row[0]) if row else 0

    def is_healthy(self) -> bool:
        try:
            self.count()
        except IndexUnavailable:
            return False
        return True

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
            self._conn = None

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection]:
        with self._lock:
            try:
                if self._conn is None or self._conn.closed or self._conn.broken:
                    self._conn = psycopg.connect(self.dsn, autocommit=True, connect_timeout=10)
                    self.trigram = ensure_schema(self._conn, self.schema)
                    set_search_path(self._conn, self.schema)
                yield self._conn
            except (psycopg.OperationalError, psycopg.errors.UndefinedTable) as error:
                log.warning("search database unavailable: %s", type(error).__name__)
                self.close()
                raise IndexUnavailable("The search database is unavailable.") from None
            except (psycopg.errors.ProgramLimitExceeded, psycopg.errors.DataError) as error:
                log.warning("search database refused the data: %s", type(error).__name__)
                raise SearchError("The search database refused a document or query.") from None

    def _suggestion(
        self, conn: psycopg.Connection, text: str, words: list[str], known: set[str]
    ) -> str | None:
        fixes: dict[str, str] = {}
        for word in (w for w in words if w not in known):
            found = closest(word, self._candidates(conn, word))
            if found:
                fixes[word] = found
        return rewrite(text, fixes)

    def _candidates(self, conn: psycopg.Connection, word: str) -> list[str]:
        if self.trigram:
            rows = conn.execute(st.TRIGRAM_CANDIDATES, {"w": word}).fetchall()
        else:
            bounds = {"lo": word[0], "hi": chr(ord(word[0]) + 1),
                      "min": len(word) - MAX_EDITS, "max": len(word) + MAX_EDITS}
            rows = conn.execute(st.RANGE_CANDIDATES, bounds).fetchall()
        return [r[0] for r in rows]


def _write(conn: psycopg.Connection, docs: list[SearchDocument], generation: int) -> int:
    rows = [{**_row(doc), "generation": generation} for doc in docs]
    ids = [str(row["id"]) for row in rows]
    with conn.cursor() as cur:
        cur.execute(st.SUBTRACT_LEXEMES, (ids,))
        cur.executemany(st.UPSERT, rows)
        cur.execute(st.ADD_LEXEMES, (ids,))
        words = sorted({w for row in rows for w in row.pop("_words")})  # type: ignore[union-attr]
        cur.execute(st.ADD_WORDS, (words,))
    return len(rows)


def _row(doc: SearchDocument) -> dict[str, object]:
    text = {name: clean_text(getattr(doc, name)) for name in TEXT_FIELDS}
    facets = {name: [clean_text(v) for v in doc.facet_values(name)] for name in FACETS}
    words = {w for t in text.values() for w in _WORD.findall(t.lower()) if len(w) <= MAX_WORD_CHARS}
    return {
        **text,
        "id": doc.id,
        "facets": [st.facet_token(f, v) for f, values in facets.items() for v in values],
        "facet_json": json.dumps(facets),
        "published_at": doc.published_at,
        "words": " ".join(f"'~{_quote(w)}'" for w in sorted(words)),
        "_words": words,
    }


def _one(row: tuple[object, ...] | None) -> int:
    return int(row[0]) if row else 0  # type: ignore[call-overload]


def _most_similar(gen: Generation, source: int, facet_json: dict[str, list[str]], matches: Matches | None,
                  limit: int) -> list[tuple[int, float]]:
    score = np.zeros(gen.size, dtype=np.float64)
    candidate = np.zeros(gen.size, dtype=bool)
    if matches is not None and matches.ranks is not None and len(matches.docnums):
        score[matches.docnums] = matches.ranks
        candidate[matches.docnums] = True
    for facet, boost in SIMILAR_FACET_BOOSTS.items():
        for value in facet_json.get(facet, []):
            bits = gen.value_sets.get(facet, {}).get(value)
            if bits:
                holds = to_mask(bits, gen.size)
                score += (0.1 * boost) * holds
                candidate |= holds
    if source < gen.size:
        candidate[source] = False
    nums = np.flatnonzero(candidate)
    best = nums[np.lexsort((gen.date_rank[nums], -score[nums]))[:limit]]
    return [(int(n), float(score[n])) for n in best]


def _quote(word: str) -> str:
    return word.replace("\\", "\\\\").replace("'", "''")
