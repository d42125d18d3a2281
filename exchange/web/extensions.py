"""Database, vault, login manager, CSRF and rate limiter, attached to the app in ``init_app``."""
from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app, g
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect
from sqlalchemy.orm import Session

from exchange.config import read_or_create_secret
from exchange.db import make_engine, make_session_factory
from exchange.domain.audit import MAC_KEY
from exchange.domain.vault import LocalMasterKey, Vault
from search import SearchIndex

csrf = CSRFProtect()
login_manager = LoginManager()
limiter = Limiter(key_func=get_remote_address, default_limits=[])


def init_app(app: Flask) -> None:
    engine = make_engine(app.config["DATABASE_URL"], pool_size=app.config["DB_POOL_SIZE"],
                         max_overflow=app.config["DB_MAX_OVERFLOW"])
    factory = make_session_factory(engine)
    audit_key = read_or_create_secret(Path(app.config["DATA_DIR"]) / "audit-hmac.key", 32)
    factory.configure(info={MAC_KEY: audit_key})
    master = LocalMasterKey(read_or_create_secret(Path(app.config["MASTER_KEY_FILE"]), 32))
    app.extensions["exchange"] = {"engine": engine, "sessions": factory, "vault": Vault(master),
                                  "audit_key": audit_key, "queue_url": app.config["QUEUE_URL"],
                                  "queue_name": app.config["QUEUE_NAME"]}
    app.teardown_appcontext(_close_session)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to see that page."
    app.config.setdefault("RATELIMIT_STORAGE_URI", "memory://")
    app.config["RATELIMIT_HEADERS_ENABLED"] = True
    limiter.init_app(app)


def db_session() -> Session:
    """The request's session (one transaction per request; the view commits)."""
    if "db_session" not in g:
        g.db_session = current_app.extensions["exchange"]["sessions"]()
    session: Session = g.db_session
    return session


def library_index() -> SearchIndex:
    """The search index, opened on first use and kept for the process."""
    from exchange.indexing import app_index

    return app_index(current_app._get_current_object())  # type: ignore[attr-defined]


def vault() -> Vault:
    v: Vault = current_app.extensions["exchange"]["vault"]
    return v


def _close_session(_exc: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.rollback()
        session.close()
