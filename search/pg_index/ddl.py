"""The backend's own tables (all named search_*), created idempotently under an advisory lock.

`search_documents` holds one row per case: a weighted tsvector (title A, summary B, body C,
lessons D, plus unstemmed `~word` lexemes for prefix queries), the facet values as a text[] of
`facet=value` tokens, the stored text for snippets, and `rank_tsv` (title A, summary B,
lessons D: small enough to stay in the row) for ranking: `ts_rank` on the full vector
detoasted every match and cost ~350 ms for 28,000 matches among 100,000 documents. `search_meta` holds a generation counter that every write moves. `search_lexemes` holds each lexeme's document frequency for `similar()` (counting
them per call through the GIN index cost ~300 ms at 10,000 documents). `search_words` is the vocabulary for
"did you mean", with a pg_trgm index when the extension can be created (otherwise the fallback
scans words sharing the first letter and ranks them by edit distance in Python).
"""
from __future__ import annotations

import logging
import re

import psycopg
from psycopg import sql

from search.errors import SearchError
from search.pg_index.statements import FILL_LEXEMES

log = logging.getLogger(__name__)

_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
_LOCK_KEY = 715_212_012  # advisory lock id for schema creation

TABLES = [
    """CREATE TABLE IF NOT EXISTS search_documents (
        id text PRIMARY KEY,
        title text NOT NULL,
        summary text NOT NULL,
        body text NOT NULL,
        lessons text NOT NULL,
        facets text[] NOT NULL,
        facet_json jsonb NOT NULL,
        published_at timestamptz NOT NULL,
        tsv tsvector NOT NULL,
        rank_tsv tsvector)""",
    "ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS rank_tsv tsvector",
    "CREATE INDEX IF NOT EXISTS search_documents_tsv_idx ON search_documents USING gin (tsv)",
    "CREATE INDEX IF NOT EXISTS search_documents_facets_idx ON search_documents USING gin (facets)",
    """CREATE INDEX IF NOT EXISTS search_documents_published_idx
        ON search_documents (published_at DESC, id)""",
    "CREATE TABLE IF NOT EXISTS search_words (word text PRIMARY KEY)",
    """CREATE TABLE IF NOT EXISTS search_meta (
        one boolean PRIMARY KEY DEFAULT true CHECK (one), generation bigint NOT NULL)""",
    "INSERT INTO search_meta (generation) VALUES (0) ON CONFLICT DO NOTHING",
]
LEXEMES = "CREATE TABLE search_lexemes (lexeme text PRIMARY KEY, df integer NOT NULL)"
TRIGRAM_INDEX = """CREATE INDEX IF NOT EXISTS search_words_trgm_idx
    ON search_words USING gin (word gin_trgm_ops)"""


def check_schema_name(schema: str) -> str:
    if not _SCHEMA_NAME.match(schema):
        raise SearchError("The search schema name must be a plain SQL identifier.")
    return schema


def set_search_path(conn: psycopg.Connection, schema: str) -> None:
    """Session settings of the search connection: its schema, and a preference for the GIN
    index. The planner does not cost detoasting each row's tsvector on a sequential scan, so
    for a word in a quarter of 10,000 documents it chose a 132 ms scan over a ~10 ms bitmap
    index scan. With seqscan disabled it still scans when no index applies (browsing)."""
    conn.execute(sql.SQL("SET search_path TO {}, public").format(sql.Identifier(schema)))
    conn.execute("SET enable_seqscan = off")


def ensure_schema(conn: psycopg.Connection, schema: str) -> bool:
    """Create the schema, tables and indexes if missing; return whether pg_trgm is usable."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
        conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))
        set_search_path(conn, schema)
        for statement in TABLES:
            conn.execute(statement)
        if conn.execute("SELECT to_regclass('search_lexemes')").fetchone() == (None,):
            conn.execute(LEXEMES)  # an index built before the table existed: count its lexemes once
            conn.execute(FILL_LEXEMES)
        trigram = _ensure_trigram(conn)
        if trigram:
            conn.execute(TRIGRAM_INDEX)
    return trigram


def _ensure_trigram(conn: psycopg.Connection) -> bool:
    if _has_trigram(conn):
        return True
    try:
        with conn.transaction():
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
    except psycopg.errors.InsufficientPrivilege:
        log.info("pg_trgm cannot be created; spelling suggestions use the edit-distance fallback")
        return False
    except psycopg.errors.UndefinedFile:
        log.info("pg_trgm is not installed; spelling suggestions use the edit-distance fallback")
        return False
    return _has_trigram(conn)


def _has_trigram(conn: psycopg.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone()
    return row is not None
