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

import psycopg

from search.checks import CheckedQuery, check
from search.errors import IndexUnavailable, SearchError
from search.generation_cache import GenerationCache
from search.model import FACETS, TEXT_FIELDS, FacetCount, Hit, SearchDocument, SearchQuery, SearchResults
from search.pg_index import statements as st
from search.pg_index.ddl import check_schema_name, ensure_schema, set_search_path
from search.pg_index.searching import assemble, facet_statement, hits, page_statement
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
_WORD = re.compile(r"\w+")


class PostgresIndex:
    def __init__(self, dsn: str, *, schema: str = "public") -> None:
        self.dsn = dsn
        self.schema = check_schema_name(schema)
        self._lock = threading.RLock()
        self._conn: psycopg.Connection | None = None
        self.trigram = False
        self._similar_cache: GenerationCache[list[Hit]] = GenerationCache()
        self._browse_cache: GenerationCache[tuple[int, dict[str, list[FacetCount]]]] = GenerationCache()
        with self._connection():
            pass  # connects and ensures the schema

    def query(self, q: SearchQuery) -> SearchResults:
        checked = check(q)
        words = [w for w in dict.fromkeys(positive_words(checked.node)) if worth_correcting(w)]
        with self._connection() as conn:
            tsq = compose(checked.node, stem_leaves(conn, checked.node)) if checked.node else None
            browsing = self._browse_counts(conn, checked) if tsq is None else None
            with conn.pipeline():  # one round trip for counts, page and known words
                counted = conn.execute(*facet_statement(tsq, checked.filters)) if browsing is None else None
                paged = conn.execute(*page_statement(tsq, checked))
                known = conn.execute(st.KNOWN_WORDS, (words,))
            total, facets = browsing or assemble(counted.fetchall(), checked.filters)  # type: ignore[union-attr]
            facets = {name: list(counts) for name, counts in facets.items()}
            found = hits(paged.fetchall())
            suggestion = self._suggestion(conn, q.text, words, {r[0] for r in known.fetchall()})
        return SearchResults(found, total, checked.page, checked.per_page, facets, suggestion)

    def _browse_counts(self, conn: psycopg.Connection,
                       checked: CheckedQuery) -> tuple[int, dict[str, list[FacetCount]]]:
        """Total and facet counts of browsing (no search text: the library list, filters only),
        the same for every member until the index changes, so kept per generation. Counting
        all 10,000 documents' facets took ~100 ms of PostgreSQL time on every library page."""
        generation = conn.execute(st.GENERATION).fetchone()
        key = tuple(sorted(checked.filters.items()))
        return self._browse_cache.get_or_compute(
            key, lambda: assemble(conn.execute(*facet_statement(None, checked.filters)).fetchall(), checked.filters),
            generation=generation)

    def similar(self, doc_id: str, limit: int = 5) -> list[Hit]:
        """Comparable deployments, answered from a cache while no process has written since."""
        if limit < 1:
            return []
        with self._connection() as conn:
            generation = conn.execute(st.GENERATION).fetchone()
        return self._similar_cache.get_or_compute((str(doc_id), limit), lambda: self._similar(doc_id, limit),
                                                  generation=generation)

    def _similar(self, doc_id: str, limit: int) -> list[Hit]:
        with self._connection() as conn:
            row = conn.execute(st.SOURCE_FACETS, (str(doc_id),)).fetchone()
            if row is None:
                return []
            terms = [r[0] for r in conn.execute(
                st.SIMILAR_TERMS, {"id": str(doc_id), "terms": SIMILAR_TERMS}).fetchall()]
            tokens, boosts = _facet_boosts(row[0])
            tsq = " | ".join(f"'{_quote(t)}'" for t in terms) or None
            rows = conn.execute(st.SIMILAR, {"id": str(doc_id), "q": tsq, "tokens": tokens,
                                             "boosts": boosts, "limit": min(limit, 100)}).fetchall()
        return [Hit(i, float(score), title, plain(summary)) for i, title, summary, score in rows]

    def index(self, docs: Iterable[SearchDocument]) -> None:
        """Upsert in one transaction; a bulk load (a reindex) refreshes planner statistics."""
        batch: list[SearchDocument] = []
        written = 0
        with self._connection() as conn:
            with conn.transaction():
                conn.execute(st.WRITE_LOCK)
                conn.execute(st.BUMP_GENERATION)
                for doc in docs:
                    batch.append(doc)
                    if len(batch) >= BATCH:
                        written += _write(conn, batch)
                        batch = []
                written += _write(conn, batch) if batch else 0
            if written >= ANALYZE_AFTER:
                conn.execute("ANALYZE search_documents")

    def remove(self, ids: Iterable[str]) -> None:
        gone = [str(i) for i in ids]
        with self._connection() as conn, conn.transaction():
            conn.execute(st.WRITE_LOCK)
            conn.execute(st.BUMP_GENERATION)
            conn.execute(st.SUBTRACT_LEXEMES, (gone,))
            conn.execute(st.REMOVE, (gone,))

    def clear(self) -> None:
        with self._connection() as conn, conn.transaction():
            conn.execute(st.WRITE_LOCK)
            conn.execute(st.BUMP_GENERATION)
            conn.execute(st.CLEAR)

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


def _write(conn: psycopg.Connection, docs: list[SearchDocument]) -> int:
    rows = [_row(doc) for doc in docs]
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


def _facet_boosts(facet_json: dict[str, list[str]]) -> tuple[list[str], list[float]]:
    pairs = [(st.facet_token(f, v), b) for f, b in SIMILAR_FACET_BOOSTS.items()
             for v in facet_json.get(f, [])]
    return [t for t, _ in pairs], [b for _, b in pairs]


def _quote(word: str) -> str:
    return word.replace("\\", "\\\\").replace("'", "''")
