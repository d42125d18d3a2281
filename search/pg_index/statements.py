"""The SQL the PostgreSQL backend runs (tables live in the connection's search_path)."""
from __future__ import annotations

# One statement per document: the wide row (keeping its docnum on conflict), its narrow
# search_terms row under that docnum, and the change record of this generation.
UPSERT = """
WITH d AS (
    INSERT INTO search_documents (id, title, summary, body, lessons, facets, facet_json, published_at)
    VALUES (%(id)s, %(title)s, %(summary)s, %(body)s, %(lessons)s, %(facets)s, %(facet_json)s,
            %(published_at)s)
    ON CONFLICT (id) DO UPDATE SET
        title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body,
        lessons = EXCLUDED.lessons, facets = EXCLUDED.facets, facet_json = EXCLUDED.facet_json,
        published_at = EXCLUDED.published_at
    RETURNING docnum),
t AS (
    INSERT INTO search_terms (docnum, head, tsv)
    SELECT d.docnum,
           setweight(to_tsvector('english', %(title)s), 'A')
           || setweight(to_tsvector('english', %(summary)s), 'B')
           || setweight(to_tsvector('english', %(lessons)s), 'D'),
           setweight(to_tsvector('english', %(title)s), 'A')
           || setweight(to_tsvector('english', %(summary)s), 'B')
           || setweight(to_tsvector('english', %(body)s), 'C')
           || setweight(to_tsvector('english', %(lessons)s), 'D')
           || %(words)s::tsvector
    FROM d
    ON CONFLICT (docnum) DO UPDATE SET head = EXCLUDED.head, tsv = EXCLUDED.tsv)
INSERT INTO search_changes (generation, docnum) SELECT %(generation)s, d.docnum FROM d
"""
ADD_WORDS = "INSERT INTO search_words (word) SELECT unnest(%s::text[]) ON CONFLICT DO NOTHING"
REMOVE = """
WITH d AS (DELETE FROM search_documents WHERE id = ANY(%(ids)s) RETURNING docnum),
t AS (DELETE FROM search_terms WHERE docnum IN (SELECT docnum FROM d))
INSERT INTO search_changes (generation, docnum) SELECT %(generation)s, d.docnum FROM d"""
CLEAR = ("TRUNCATE search_documents, search_terms, search_words, search_changes, search_lexemes "
         "RESTART IDENTITY")
# Document frequencies of lexemes, kept exact in the transaction that writes: the documents' old
# lexemes are subtracted before the upsert or delete, their new ones added after. Writers take
# turns on search_state (BUMP_GENERATION comes first), so lexeme rows are never locked in
# opposite orders by two writers.
SUBTRACT_LEXEMES = """
UPDATE search_lexemes s SET df = s.df - o.n
FROM (SELECT lexeme, count(*) AS n
      FROM search_documents d JOIN search_terms t USING (docnum), unnest(tsvector_to_array(t.tsv)) lexeme
      WHERE d.id = ANY(%s) GROUP BY lexeme) o
WHERE s.lexeme = o.lexeme"""
ADD_LEXEMES = """
INSERT INTO search_lexemes (lexeme, df)
SELECT lexeme, count(*)
FROM search_documents d JOIN search_terms t USING (docnum), unnest(tsvector_to_array(t.tsv)) lexeme
WHERE d.id = ANY(%s) GROUP BY lexeme ORDER BY lexeme
ON CONFLICT (lexeme) DO UPDATE SET df = search_lexemes.df + EXCLUDED.df"""
# first in every writing transaction: the row lock makes writers take turns until commit
BUMP_GENERATION = "UPDATE search_state SET generation = generation + 1 RETURNING generation"
MARK_CLEARED = "UPDATE search_state SET cleared = generation"
STATE = "SELECT generation, cleared FROM search_state"
COUNT = "SELECT count(*) FROM search_documents"
ANALYZE = ("ANALYZE search_documents", "ANALYZE search_terms")

# What a process caches per index generation (read in the query's repeatable-read snapshot):
# every document number newest first with its date and id, and the document numbers holding
# each facet token. Arrays come back in PostgreSQL's binary array format (array_send), which
# numpy reads without a Python loop.
DATE_ORDER = """
SELECT array_send(coalesce(array_agg(docnum), '{}'::int[])),
       array_send(coalesce(array_agg(extract(epoch FROM published_at)::float8), '{}'::float8[])),
       coalesce(array_agg(id), '{}'::text[])
FROM (SELECT docnum, published_at, id FROM search_documents ORDER BY published_at DESC, id) s"""
FACET_POSTINGS = """
SELECT v, array_send(array_agg(docnum)) FROM search_documents, unnest(facets) v GROUP BY v"""
# Bringing a cached generation up to date: what changed since, and those documents now.
CHANGED = """
SELECT array_send(coalesce(array_agg(DISTINCT docnum), '{}'::int[])), count(*)
FROM search_changes WHERE generation > %s"""
CHANGED_ROWS = """
SELECT docnum, id, extract(epoch FROM published_at)::float8, facets
FROM search_documents WHERE docnum = ANY(%s)"""

# A query's match set, and with it each match's rank on the small in-row `head` vector (title,
# summary, lessons; a match only in the body ranks 0 and falls back to date order).
MATCHES = """
SELECT array_send(coalesce(array_agg(docnum), '{}'::int[])), NULL::bytea
FROM search_terms WHERE tsv @@ %(q)s::tsquery"""
RANKED_MATCHES = """
SELECT array_send(coalesce(array_agg(docnum), '{}'::int[])),
       array_send(coalesce(array_agg(ts_rank(head, %(q)s::tsquery)), '{}'::float4[]))
FROM search_terms WHERE tsv @@ %(q)s::tsquery"""

HEADLINE_OPTIONS = (
    'StartSel="\ue000", StopSel="\ue001", MaxWords=35, MinWords=12, ShortWord=2, '
    'MaxFragments=0'
)
_SNIPPET_FIELDS = ("summary", "body", "lessons", "title")
SNIPPET = "CASE " + " ".join(
    f"WHEN to_tsvector('english', p.{f}) @@ %(q)s::tsquery "
    f"THEN ts_headline('english', p.{f}, %(q)s::tsquery, %(headline)s)"
    for f in _SNIPPET_FIELDS
) + " END"
# Only fixed SQL is concatenated; values are bound parameters.
PAGE = ("SELECT p.docnum, p.id, p.title, p.summary, " + SNIPPET  # nosec B608
        + " FROM search_documents p WHERE p.docnum = ANY(%(nums)s)")
PAGE_PLAIN = "SELECT p.docnum, p.id, p.title, p.summary, NULL FROM search_documents p WHERE p.docnum = ANY(%(nums)s)"

# A range, not `word = ANY(...)`: pg_trgm's GIN index also answers equality, and the planner
# picks it (~2.5 ms per word at 13,000 words, 560 buffers) over the primary key's btree (µs);
# trigram indexes cannot answer a range, so this reads the btree.
KNOWN_WORDS = """
SELECT s.word FROM unnest(%s::text[]) AS q(w) JOIN search_words s ON s.word >= q.w AND s.word <= q.w"""
TRIGRAM_CANDIDATES = """
SELECT word FROM search_words WHERE word %% %(w)s
ORDER BY similarity(word, %(w)s) DESC, word LIMIT 25"""
RANGE_CANDIDATES = """
SELECT word FROM search_words
WHERE word >= %(lo)s AND word < %(hi)s AND length(word) BETWEEN %(min)s AND %(max)s"""

SIMILAR_TERMS = """
WITH src AS (SELECT t.tsv FROM search_documents d JOIN search_terms t USING (docnum)
             WHERE d.id = %(id)s),
     cand AS (SELECT u.lexeme, coalesce(array_length(u.positions, 1), 1) AS tf
              FROM src, unnest(src.tsv) AS u
              WHERE left(u.lexeme, 1) <> '~' AND length(u.lexeme) > 2
              ORDER BY tf DESC, u.lexeme LIMIT 40),
     n AS (SELECT count(*)::float AS docs FROM search_terms)
SELECT c.lexeme
FROM cand c CROSS JOIN n LEFT JOIN search_lexemes f ON f.lexeme = c.lexeme
ORDER BY c.tf * ln(n.docs / (1 + coalesce(f.df, 0))) DESC, c.lexeme LIMIT %(terms)s
"""

SOURCE = "SELECT docnum, facet_json FROM search_documents WHERE id = %s"


def facet_token(facet: str, value: str) -> str:
    return f"{facet}={value}"


def split_token(token: str) -> tuple[str, str]:
    facet, _, value = token.partition("=")
    return facet, value
