"""The `index` fixture: every behavioural test runs on whoosh, and on PostgreSQL when
EXCHANGE_TEST_DATABASE_URL points at one (in a schema of its own, dropped at the end)."""
from __future__ import annotations

import os
from typing import Iterator

import pytest

import search
from tests.search.factories import CORPUS

PG_URL = os.environ.get("EXCHANGE_TEST_DATABASE_URL", "")
PG_SCHEMA = f"search_test_{os.getpid()}"


@pytest.fixture(scope="session")
def pg_schema() -> Iterator[str]:
    if not PG_URL.startswith("postgresql"):
        pytest.skip("EXCHANGE_TEST_DATABASE_URL is not a PostgreSQL URL")
    import psycopg

    yield PG_SCHEMA
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{PG_SCHEMA}" CASCADE')


@pytest.fixture(scope="session")
def pg_index(pg_schema: str) -> Iterator[search.SearchIndex]:
    ix = search.open_index("postgres", dsn=PG_URL, schema=pg_schema)
    yield ix
    ix.close()


@pytest.fixture(params=["whoosh", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_index(request: pytest.FixtureRequest, tmp_path) -> Iterator[search.SearchIndex]:
    if request.param == "whoosh":
        ix = search.open_index("whoosh", path=tmp_path / "index")
        yield ix
        ix.close()
    else:
        ix = request.getfixturevalue("pg_index")
        ix.clear()
        yield ix


@pytest.fixture
def index(empty_index: search.SearchIndex) -> search.SearchIndex:
    empty_index.index(CORPUS)
    return empty_index


@pytest.fixture
def pg(pg_index: search.SearchIndex) -> search.SearchIndex:
    """The PostgreSQL index alone (for its specifics), holding the corpus."""
    pg_index.clear()
    pg_index.index(CORPUS)
    return pg_index
