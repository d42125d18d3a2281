"""The SQL the PostgreSQL backend runs (tables live in the connection's search_path)."""
from __future__ import annotations


UPSERT = """
INSERT INTO search_documents (id, title, summary, body, lessons, facets, facet_json,
                              published_at, tsv, rank_tsv)
VALUES (%(id)s, %(title)s, %(summary)s, %(body)s, %(lessons)s, %(facets)s, %(facet_json)s,
        %(published_at)s,
        setweight(to_tsvector('english', %(title)s), 'A')
        || setweight(to_tsvector('english', %(summary)s), 'B')
        || setweight(to_tsvector('english', %(body)s), 'C')
        || setweight(to_tsvector('english', %(lessons)s), 'D')
        || %(words)s::tsvector,
        setweight(to_tsvector('english', %(title)s), 'A')
        || setweight(to_tsvector('english', %(summary)s), 'B')
        || setweight(to_tsvector('english', %(lessons)s), 'D'))
ON CONFLICT (id) DO UPDATE SET
    title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body,
    lessons = EXCLUDED.lessons, facets = EXCLUDED.facets, facet_json = EXCLUDED.facet_json,
    published_at = EXCLUDED.published_at, tsv = EXCLUDED.tsv, rank_tsv = EXCLUDED.rank_tsv
"""
ADD_WORDS = "INSERT INTO search_words (word) SELECT unnest(%s::text[]) ON CONFLICT DO NOTHING"
REMOVE = "DELETE FROM search_documents WHERE id = ANY(%s)"
CLEAR = "TRUNCATE search_documents, search_words, search_lexemes"

# Document frequencies of lexemes, kept exact in the transaction that writes documents: the
# documents' old lexemes are subtracted before the upsert or delete, their new ones added after.
# Writers serialise on an advisory lock so two publications never lock lexeme rows in opposite orders.
WRITE_LOCK = "SELECT pg_advisory_xact_lock(715212013)"
# Every write moves the generation, so per-process caches of answers (`similar`) know when to drop.
BUMP_GENERATION = "UPDATE search_meta SET generation = generation + 1"
GENERATION = "SELECT generation FROM search_meta"
SUBTRACT_LEXEMES = """
UPDATE search_lexemes s SET df = s.df - o.n
FROM (SELECT lexeme, count(*) AS n FROM search_documents d, unnest(tsvector_to_array(d.tsv)) lexeme
      WHERE d.id = ANY(%s) GROUP BY lexeme) o
WHERE s.lexeme = o.lexeme"""
ADD_LEXEMES = """
INSERT INTO search_lexemes (lexeme, df)
SELECT lexeme, count(*) FROM search_documents d, unnest(tsvector_to_array(d.tsv)) lexeme
WHERE d.id = ANY(%s) GROUP BY lexeme ORDER BY lexeme
ON CONFLICT (lexeme) DO UPDATE SET df = search_lexemes.df + EXCLUDED.df"""
FILL_LEXEMES = """INSERT INTO search_lexemes (lexeme, df)
                  SELECT word, ndoc FROM ts_stat('SELECT tsv FROM search_documents')"""
COUNT = "SELECT count(*) FROM search_documents"

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

KNOWN_WORDS = "SELECT word FROM search_words WHERE word = ANY(%s)"
TRIGRAM_CANDIDATES = """
SELECT word FROM search_words WHERE word %% %(w)s
ORDER BY similarity(word, %(w)s) DESC, word LIMIT 25"""
RANGE_CANDIDATES = """
SELECT word FROM search_words
WHERE word >= %(lo)s AND word < %(hi)s AND length(word) BETWEEN %(min)s AND %(max)s"""

SIMILAR_TERMS = """
WITH src AS (SELECT tsv FROM search_documents WHERE id = %(id)s),
     cand AS (SELECT u.lexeme, coalesce(array_length(u.positions, 1), 1) AS tf
              FROM src, unnest(src.tsv) AS u
              WHERE left(u.lexeme, 1) <> '~' AND length(u.lexeme) > 2
              ORDER BY tf DESC, u.lexeme LIMIT 40),
     n AS (SELECT count(*)::float AS docs FROM search_documents)
SELECT c.lexeme
FROM cand c CROSS JOIN n LEFT JOIN search_lexemes f ON f.lexeme = c.lexeme
ORDER BY c.tf * ln(n.docs / (1 + coalesce(f.df, 0))) DESC, c.lexeme LIMIT %(terms)s
"""
SIMILAR = """
SELECT d.id, d.title, d.summary,
       coalesce(ts_rank(d.rank_tsv, %(q)s::tsquery), 0)
       + 0.1 * (SELECT coalesce(sum(b.boost), 0) FROM unnest(%(tokens)s::text[], %(boosts)s::float8[])
                AS b(token, boost) WHERE b.token = ANY(d.facets)) AS score
FROM search_documents d
WHERE d.id <> %(id)s AND (d.tsv @@ %(q)s::tsquery OR d.facets && %(tokens)s::text[])
ORDER BY score DESC, d.published_at DESC, d.id LIMIT %(limit)s
"""
SOURCE_FACETS = "SELECT facet_json FROM search_documents WHERE id = %s"


def facet_token(facet: str, value: str) -> str:
    return f"{facet}={value}"


def split_token(token: str) -> tuple[str, str]:
    facet, _, value = token.partition("=")
    return facet, value
