"""Scale-out settings: pool sizes, the gunicorn options, the worker and serve commands' refusals,
and creating the PostgreSQL database when it is missing."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from exchange.cli import main
from exchange.config import ConfigError, load_config
from exchange.db import make_engine
from exchange.provision import create_database_if_missing
from exchange.serving import GunicornServer, gunicorn_options


@pytest.mark.parametrize(("pool", "overflow", "expected"), [
    ("5", "10", (5, 10)), ("1", "0", (1, 0)), ("40", "60", (40, 60)),
])
def test_pool_settings_are_read_from_the_environment(monkeypatch, tmp_path: Path, pool, overflow, expected) -> None:
    monkeypatch.setenv("EXCHANGE_DB_POOL_SIZE", pool)
    monkeypatch.setenv("EXCHANGE_DB_MAX_OVERFLOW", overflow)
    config = load_config(tmp_path)
    assert (config["DB_POOL_SIZE"], config["DB_MAX_OVERFLOW"]) == expected


@pytest.mark.parametrize(("key", "value"), [
    ("DB_POOL_SIZE", "0"), ("DB_POOL_SIZE", "five"), ("DB_POOL_SIZE", "-1"), ("DB_MAX_OVERFLOW", "-1"),
    ("DB_MAX_OVERFLOW", "½"), ("STUCK_AFTER_MINUTES", "0"),
])
def test_bad_scale_settings_are_refused(monkeypatch, tmp_path: Path, key: str, value: str) -> None:
    monkeypatch.setenv(f"EXCHANGE_{key}", value)
    with pytest.raises(ConfigError, match=key):
        load_config(tmp_path)


def test_a_server_engine_gets_the_configured_pool() -> None:
    engine = make_engine("postgresql+psycopg://nobody@127.0.0.1/none", pool_size=3, max_overflow=2)
    assert (engine.pool.size(), engine.pool._max_overflow) == (3, 2)  # type: ignore[attr-defined]
    engine.dispose()


def test_gunicorn_gets_the_address_and_the_worker_count() -> None:
    server = GunicornServer(gunicorn_options("127.0.0.1", 5123, 3))
    assert (server.cfg.bind, server.cfg.workers) == (["127.0.0.1:5123"], 3)


def test_worker_command_refuses_to_start_without_a_queue(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("EXCHANGE_QUEUE_URL", raising=False)
    monkeypatch.setenv("EXCHANGE_DATA_DIR", str(tmp_path))
    result = CliRunner().invoke(main, ["worker", "--burst"])
    assert result.exit_code == 1 and "EXCHANGE_QUEUE_URL is not set" in result.output


@pytest.mark.parametrize("workers", ["0", "-2", "65", "many"])
def test_serve_refuses_a_bad_worker_count(workers: str) -> None:
    result = CliRunner().invoke(main, ["serve", "--workers", workers])
    assert result.exit_code == 2 and "--workers" in result.output


@pytest.mark.parametrize("threads", ["0", "33", "few"])
def test_serve_refuses_a_bad_thread_count(threads: str) -> None:
    result = CliRunner().invoke(main, ["serve", "--threads", threads])
    assert result.exit_code == 2 and "--threads" in result.output


def test_creating_a_sqlite_database_is_left_to_sqlite(tmp_path: Path) -> None:
    assert create_database_if_missing(f"sqlite:///{tmp_path / 'x.sqlite3'}") is False


@pytest.mark.skipif(not os.environ.get("EXCHANGE_TEST_DATABASE_URL", "").startswith("postgres"),
                    reason="needs PostgreSQL (set EXCHANGE_TEST_DATABASE_URL)")
def test_a_missing_postgresql_database_is_created_once() -> None:
    name = f"exchange_create_{uuid.uuid4().hex[:10]}"
    url = f"postgresql+psycopg://postgres@127.0.0.1/{name}"
    try:
        assert create_database_if_missing(url) is True
        assert create_database_if_missing(url) is False
    finally:
        admin = create_engine("postgresql+psycopg://postgres@127.0.0.1/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()
