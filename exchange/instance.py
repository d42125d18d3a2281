"""A whole instance as one file, and back: every table, raw content still encrypted, keys excluded.

The dump is gzip-compressed JSON Lines, one row per line in dependency order. Restoring needs an
empty, migrated database and the same master key file (the wrapped data keys are in the dump, the
master key never is). Also: an online SQLite backup.
"""
from __future__ import annotations

import base64
import gzip
import json
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, select, text, update
from sqlalchemy.engine import Connection, Engine

import exchange.models  # noqa: F401  (every table on the metadata)
from exchange.db import Base

FORMAT = "exchange-instance/1"
# Columns that point "forwards" in the dependency order: restored after the rows they point to.
DEFERRED = {"contributions": ("current_revision_id", "published_revision_id")}


class InstanceError(Exception):
    """The dump cannot be written or restored; the message says why."""


def dump(engine: Engine, path: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    with engine.connect() as conn, gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"format": FORMAT}) + "\n")
        for table in Base.metadata.sorted_tables:
            counts[table.name] = 0
            for row in conn.execute(select(table).order_by(*table.primary_key.columns)):
                out.write(json.dumps({"t": table.name, "r": {k: _encode(v) for k, v in row._mapping.items()}}) + "\n")
                counts[table.name] += 1
    return counts


def restore(engine: Engine, path: Path) -> dict[str, int]:
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    counts: dict[str, int] = {}
    deferred: list[tuple[Table, dict[str, Any]]] = []
    with engine.begin() as conn:
        _require_empty(conn)
        rows = _read(path)
        for name, row in rows:
            table = tables.get(name)
            if table is None:
                raise InstanceError(f"The dump has an unknown table '{name}': is it from a newer version?")
            if name == "vocabulary_terms":
                conn.execute(table.delete().where(table.c.id == row["id"]))
            held = {c: row.pop(c) for c in DEFERRED.get(name, ()) if row.get(c) is not None}
            conn.execute(table.insert().values(**row))
            if held:
                deferred.append((table, {"id": row["id"], **held}))
            counts[name] = counts.get(name, 0) + 1
        for table, values in deferred:
            conn.execute(update(table).where(table.c.id == values.pop("id")).values(**values))
        _reset_sequences(conn, tables.values())
    return counts


def _require_empty(conn: Connection) -> None:
    for name in ("users", "contributions", "audit_events"):
        if conn.execute(select(func.count()).select_from(Base.metadata.tables[name])).scalar():
            raise InstanceError("The target database is not empty: restore into a freshly migrated one.")


def _read(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            header = json.loads(handle.readline() or "{}")
            if header.get("format") != FORMAT:
                raise InstanceError("This is not an Exchange instance dump.")
            for line in handle:
                item = json.loads(line)
                yield item["t"], {k: _decode(v) for k, v in item["r"].items()}
    except (OSError, EOFError, json.JSONDecodeError, KeyError) as exc:
        raise InstanceError(f"The dump cannot be read ({type(exc).__name__}).") from None


def _reset_sequences(conn: Connection, tables: Any) -> None:
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" in table.c and table.c.id.autoincrement is not False and table.c.id.primary_key:
            highest = conn.execute(select(func.max(table.c.id))).scalar() or 0
            conn.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v, false)"),
                         {"t": table.name, "v": highest + 1})


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode()}
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        key, inner = next(iter(value.items()))
        if key == "$b64":
            return base64.b64decode(inner)
        if key == "$dt":
            return datetime.fromisoformat(inner)
        if key == "$d":
            return date.fromisoformat(inner)
    return value


def sqlite_backup(database_url: str, target: Path) -> None:
    """A consistent online copy of the SQLite database (safe while the app is serving)."""
    if not database_url.startswith("sqlite:///"):
        raise InstanceError("Online backup is for the embedded SQLite database; use pg_dump for PostgreSQL.")
    source = sqlite3.connect(database_url.removeprefix("sqlite:///"))
    destination = sqlite3.connect(target)
    try:
        with destination:
            source.backup(destination)
    finally:
        source.close()
        destination.close()
