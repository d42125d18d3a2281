"""Alembic environment: runs against the URL the Exchange passes in (``exchange db upgrade``)."""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

import exchange.models  # noqa: F401  (registers every table on the metadata)
from exchange.db import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    """The search backend owns its ``search_*`` tables; migrations leave them alone."""
    return not (type_ == "table" and name and name.startswith("search_"))


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        _run(connectable)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool)
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=target_metadata,
                      include_object=include_object, render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
