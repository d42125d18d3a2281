"""PostgreSQL: per-process bitmaps and match sets follow the index generation; layout upgrades."""
from __future__ import annotations

import psycopg
import pytest
from psycopg import sql

from search import SearchQuery
from search.pg_index import PostgresIndex
from search.pg_index.ddl import LAYOUT_VERSION, layout_version
from tests.search.conftest import PG_URL
from tests.search.factories import CORPUS, doc

pytestmark = pytest.mark.postgres


@pytest.fixture
def other(pg: PostgresIndex, pg_schema: str):
    """A second handle on the same index, as another gunicorn worker would have."""
    handle = PostgresIndex(PG_URL, schema=pg_schema)
    yield handle
    handle.close()


def segment_counts(ix: PostgresIndex, text: str = "") -> dict[str, int]:
    return {fc.value: fc.count for fc in ix.query(SearchQuery(text=text)).facets["segment"]}


def test_a_document_another_process_publishes_is_found_and_counted(pg, other):
    before = pg.query(SearchQuery(text="bioreactor"))
    other.index([doc("n1", title="Bioreactor control", segment="vaccines")])
    after = pg.query(SearchQuery(text="bioreactor"))
    assert "n1" in {h.id for h in after.hits} and after.total == before.total + 1
    assert segment_counts(pg, "bioreactor").get("vaccines") == 1


def test_a_document_another_process_removes_leaves_results_and_counts(pg, other):
    assert pg.query(SearchQuery(text="bioreactor")).total == 1
    other.remove(["c5"])
    results = pg.query(SearchQuery(text="bioreactor"))
    assert results.total == 0 and results.hits == []
    assert "biologics" not in segment_counts(pg)


def test_a_republished_document_with_new_facets_moves_between_counts(pg):
    assert segment_counts(pg)["biologics"] == 1
    pg.index([doc("c5", 5, title="Digital twin of a bioreactor", segment="vaccines")])
    counts = segment_counts(pg)
    assert "biologics" not in counts and counts["vaccines"] == 1
    assert pg.count() == len(CORPUS)


def test_results_are_the_same_with_the_match_cache_off(pg, pg_schema):
    uncached = PostgresIndex(PG_URL, schema=pg_schema, match_cache_mb=0)
    try:
        for query in (SearchQuery(text="continuous OR vials"),
                      SearchQuery(text="continuous", filters={"segment": ["oral solid dose"]}),
                      SearchQuery(text='"aseptic filling"', sort="date")):
            for _ in range(2):  # the second run is served from the cache when it is on
                assert pg.query(query) == uncached.query(query)
    finally:
        uncached.close()


def test_an_index_of_the_first_layout_is_dropped_and_created_empty(pg_schema):
    schema = f"{pg_schema}_v1"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        conn.execute(sql.SQL("CREATE TABLE {}.search_documents (id text PRIMARY KEY, tsv tsvector)")
                     .format(sql.Identifier(schema)))
        conn.execute(sql.SQL("INSERT INTO {}.search_documents VALUES ('old', 'x')").format(sql.Identifier(schema)))
    try:
        ix = PostgresIndex(PG_URL, schema=schema)
        assert ix.count() == 0  # out of step with the database: `exchange serve` rebuilds it
        ix.index(CORPUS[:2])
        assert ix.query(SearchQuery(text="robotic")).total == 1
        ix.close()
        with psycopg.connect(PG_URL) as conn:
            assert layout_version(conn, schema) == LAYOUT_VERSION
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


def test_an_index_of_the_current_layout_is_kept_on_open(pg, pg_schema):
    with psycopg.connect(PG_URL) as conn:
        assert layout_version(conn, pg_schema) == LAYOUT_VERSION
    again = PostgresIndex(PG_URL, schema=pg_schema)
    assert again.count() == len(CORPUS)
    again.close()


def test_bitmaps_patched_after_other_writes_equal_a_full_reload(pg, other, pg_schema):
    pg.query(SearchQuery())  # this process now caches the current generation
    other.index([doc("t1", 3, title="Tie on day three"), doc("a0", 3, title="Also day three"),
                 doc("c2", 9, title="Robotic filling moved", segment="vaccines")])
    other.remove(["c4", "unknown"])
    patched = pg.query(SearchQuery(per_page=100))
    fresh = PostgresIndex(PG_URL, schema=pg_schema)
    try:
        assert patched == fresh.query(SearchQuery(per_page=100))
        assert [h.id for h in patched.hits] == ["c2", "c6", "c5", "a0", "c3", "t1", "c1"]
        assert pg._generation is not None and fresh._generation is not None
        assert pg._generation.order.tolist() == fresh._generation.order.tolist()
        assert pg._generation.value_sets == fresh._generation.value_sets
    finally:
        fresh.close()
