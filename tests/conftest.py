"""Shared fixtures: an application on a migrated database (SQLite, or PostgreSQL when
EXCHANGE_TEST_DATABASE_URL is set), a session, a client with CSRF kept on, and an auth helper."""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from exchange.app import create_app
from exchange.config import normalise_database_url
from exchange.db import Base
from exchange.migrate import upgrade

KEEP_TABLES = {"vocabulary_terms", "alembic_version"}
PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    configured = os.environ.get("EXCHANGE_TEST_DATABASE_URL")
    if not configured:
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"
        upgrade(url)
        yield url
        return
    schema = f"exchange_test_{os.getpid()}"
    base = normalise_database_url(configured)
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    upgrade(url)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture()
def app(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "DATA_DIR": str(tmp_path / "data"),
            "MASTER_KEY_FILE": str(tmp_path / "data" / "master.key"),
            "SIGNIN_RATE_LIMIT": "1000 per minute",
            "PASSWORD_RESET_MIN_SECONDS": 0,
        },
        instance_path=tmp_path / "instance",
    )
    yield app
    if "search" in app.extensions["exchange"]:
        app.extensions["exchange"]["search"].close()
    engine = app.extensions["exchange"]["engine"]
    _empty_tables(engine)
    engine.dispose()


def _empty_tables(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables if t.name not in KEEP_TABLES)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            conn.execute(text("UPDATE contributions SET current_revision_id = NULL, published_revision_id = NULL"))
            for table in reversed(Base.metadata.sorted_tables):
                if table.name not in KEEP_TABLES:
                    conn.execute(table.delete())


@pytest.fixture()
def session(app: Flask) -> Iterator[Session]:
    s = app.extensions["exchange"]["sessions"]()
    yield s
    s.rollback()
    s.close()


@pytest.fixture()
def vault(app: Flask):  # type: ignore[no-untyped-def]
    return app.extensions["exchange"]["vault"]


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def csrf_token(client: FlaskClient, page: str = "/sign-in") -> str:
    html = client.get(page).get_data(as_text=True)
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html)
    assert match, f"no CSRF token on {page}"
    return match.group(1)


class Auth:
    def __init__(self, client: FlaskClient) -> None:
        self.client = client

    def login(self, email: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
        return self.client.post("/sign-in", data={"email": email, "password": password,
                                                  "csrf_token": csrf_token(self.client)})

    def logout(self):  # type: ignore[no-untyped-def]
        return self.client.post("/sign-out", data={"csrf_token": csrf_token(self.client, "/")})

    def post(self, url: str, data: dict | None = None, **kwargs):  # type: ignore[no-untyped-def]
        payload = {"csrf_token": csrf_token(self.client), **(data or {})}
        return self.client.post(url, data=payload, **kwargs)


@pytest.fixture()
def auth(client: FlaskClient) -> Auth:
    return Auth(client)


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing() -> Iterator[None]:
    """argon2 with test-sized costs: the production parameters are tested in test_accounts."""
    from argon2 import PasswordHasher

    from exchange.domain import accounts

    production = accounts._hasher
    accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    accounts._hasher = production
