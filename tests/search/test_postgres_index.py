"""PostgreSQL specifics: owned search_* tables, idempotent schema, fallbacks, reconnection."""
from __future__ import annotations

import multiprocessing

import psycopg
import pytest

import search
from search import IndexUnavailable, SearchError, SearchQuery
from search.pg_index import PostgresIndex
from tests.search.conftest import PG_URL
from tests.search.factories import CORPUS, doc

pytestmark = pytest.mark.postgres


def tables(schema: str) -> set[str]:
    with psycopg.connect(PG_URL) as conn:
        rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s", (schema,))
        return {r[0] for r in rows.fetchall()}


def test_every_table_the_backend_owns_starts_with_search(pg: PostgresIndex, pg_schema: str):
    names = tables(pg_schema)
    assert names and all(name.startswith("search_") for name in names)


def test_opening_again_is_idempotent_and_keeps_the_data(pg: PostgresIndex, pg_schema: str):
    again = search.open_index("postgres", dsn=PG_URL, schema=pg_schema)
    assert again.count() == len(CORPUS)
    again.close()


@pytest.mark.parametrize("schema", ["", "1abc", "a-b", 'x"; DROP TABLE t; --', "a" * 64])
def test_a_schema_name_that_is_not_an_identifier_is_refused(schema: str):
    with pytest.raises(SearchError):
        PostgresIndex(PG_URL, schema=schema)


def test_suggestions_work_without_pg_trgm(pg: PostgresIndex):
    pg.trigram = False
    try:
        assert pg.query(SearchQuery(text="bioreacter")).suggestion == "bioreactor"
    finally:
        pg.close()  # reconnecting re-detects the extension


def test_a_lost_connection_is_index_unavailable_then_recovers(pg: PostgresIndex):
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        backend = pg._conn.info.backend_pid  # type: ignore[union-attr]
        admin.execute("SELECT pg_terminate_backend(%s)", (backend,))
    with pytest.raises(IndexUnavailable):
        pg.count()
    assert pg.count() == len(CORPUS)


def test_an_unreachable_database_is_index_unavailable():
    with pytest.raises(IndexUnavailable):
        PostgresIndex("postgresql://postgres@127.0.0.1:1/none", schema="search_x")


def _publish(schema: str, worker: int) -> None:
    handle = PostgresIndex(PG_URL, schema=schema)
    for n in range(5):
        handle.index([doc(f"w{worker}-{n}", title=f"Worker {worker} case {n} aseptic")])
    handle.close()


def test_concurrent_writers_in_several_processes_all_succeed(pg: PostgresIndex, pg_schema: str):
    pg.close()  # no connection may cross a fork
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_publish, args=(pg_schema, w)) for w in range(4)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(60)
    assert [p.exitcode for p in workers] == [0, 0, 0, 0]
    assert pg.count() == len(CORPUS) + 20


def test_prefix_queries_use_unstemmed_words(pg: PostgresIndex):
    # "automated" stems to "autom", so a stemmed prefix "automat*" would miss it
    assert {h.id for h in pg.query(SearchQuery(text="automat*")).hits} == {"c6"}


def stored_frequencies(pg: PostgresIndex) -> dict[str, int]:
    with pg._connection() as conn:
        return {lexeme: df for lexeme, df in conn.execute("SELECT lexeme, df FROM search_lexemes WHERE df > 0")}


def counted_frequencies(pg: PostgresIndex) -> dict[str, int]:
    with pg._connection() as conn:
        return {word: n for word, n in conn.execute("SELECT word, ndoc FROM ts_stat('SELECT tsv FROM search_terms')")}


def test_lexeme_frequencies_match_the_documents_after_indexing(pg: PostgresIndex):
    assert stored_frequencies(pg) == counted_frequencies(pg) != {}


def test_lexeme_frequencies_follow_a_replaced_document(pg: PostgresIndex):
    before = stored_frequencies(pg)
    first = CORPUS[0]
    pg.index([doc(first.id, title="Zymurgical replacement", body="Entirely new words about zymurgy.")])
    after = stored_frequencies(pg)
    assert after == counted_frequencies(pg)
    assert after["zymurgi"] == 1 and after != before


def test_lexeme_frequencies_follow_removal_and_clear(pg: PostgresIndex):
    pg.remove([CORPUS[0].id, CORPUS[1].id, "not-there"])
    assert stored_frequencies(pg) == counted_frequencies(pg)
    pg.clear()
    assert stored_frequencies(pg) == {}


def test_the_search_connection_never_jit_compiles_its_short_statements(pg: PostgresIndex):
    # enable_seqscan = off costs any remaining scan at 10^10, past jit_above_cost: without
    # jit = off even the one-row state read was compiled (~5 ms of server CPU per statement)
    with pg._connection() as conn:
        plan = "\n".join(r[0] for r in conn.execute(
            "EXPLAIN (ANALYZE, FORMAT TEXT) SELECT generation, cleared FROM search_state").fetchall())
    assert "JIT" not in plan
