"""`open_index`: choose and open a backend by name. Backends are imported only when chosen."""
from __future__ import annotations

from pathlib import Path

from search.errors import SearchError
from search.protocol import SearchIndex

BACKENDS = ("whoosh", "postgres")


def open_index(
    backend: str,
    *,
    path: str | Path | None = None,
    dsn: str | None = None,
    schema: str = "public",
) -> SearchIndex:
    """Open (creating if needed) the index: whoosh needs `path`, postgres needs `dsn`."""
    if backend == "whoosh":
        if path is None:
            raise SearchError("The whoosh backend needs a directory path.")
        from search.whoosh_index import WhooshIndex

        return WhooshIndex(path)
    if backend in ("postgres", "postgresql"):
        if not dsn:
            raise SearchError("The postgres backend needs a database URL (dsn).")
        from search.pg_index import PostgresIndex

        return PostgresIndex(dsn, schema=schema)
    raise SearchError(f"Unknown search backend {backend!r}; use one of {', '.join(BACKENDS)}.")
