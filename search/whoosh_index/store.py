"""The whoosh index on local disk: non-compound segments, merge-free commits, locked writes.

Publishing must never wait on a merge, so every write commits with `merge=False`; `optimize()`
merges everything off-peak. Writers in several processes take whoosh's file lock, retrying for
up to `lock_timeout` seconds; a caller sees `IndexUnavailable`, never whoosh's `LockError`.
"""
from __future__ import annotations

import logging
import pickle
import shutil
import struct
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from whoosh import index, writing
from whoosh.index import EmptyIndexError, IndexVersionError, LockError

from search.errors import IndexUnavailable
from search.model import Hit, SearchDocument, SearchQuery, SearchResults
from search.whoosh_index.reading import Reader
from search.whoosh_index.schema import build_schema, to_fields

log = logging.getLogger(__name__)

CORRUPTION = (OSError, EOFError, ValueError, KeyError, struct.error, pickle.UnpicklingError,
              EmptyIndexError, IndexVersionError, IndexError)
"""What opening or reading a damaged index raises inside whoosh."""


class WhooshIndex:
    """`SearchIndex` on a whoosh index directory (must be a local filesystem)."""

    def __init__(self, path: str | Path, *, lock_timeout: float = 60.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._lock = threading.RLock()
        self._ix: index.FileIndex | None = None
        self._reader: Reader | None = None
        self._segment_cache: dict = {}

    # -- reading -------------------------------------------------------------------------------
    def query(self, q: SearchQuery) -> SearchResults:
        with self._lock, self._guard():
            return self._current().query(q)

    def similar(self, doc_id: str, limit: int = 5) -> list[Hit]:
        with self._lock, self._guard():
            return self._current().similar(doc_id, limit)

    def count(self) -> int:
        with self._lock, self._guard():
            return self._current().count()

    def segment_count(self) -> int:
        with self._lock, self._guard():
            return len(self._open()._segments())

    def is_healthy(self) -> bool:
        """True when the index opens and every segment can be read (False: rebuild it)."""
        with self._lock:
            try:
                self._reader = None
                self._ix = None
                return self._current().check()
            except CORRUPTION + (IndexUnavailable,) as error:
                log.warning("search index at %s is not healthy: %s", self.path, type(error).__name__)
                self._ix = self._reader = None
                return False

    # -- writing -------------------------------------------------------------------------------
    def index(self, docs: Iterable[SearchDocument]) -> None:
        with self._writer() as writer:
            for doc in docs:
                writer.update_document(**to_fields(doc))

    def remove(self, ids: Iterable[str]) -> None:
        with self._writer() as writer:
            for doc_id in ids:
                writer.delete_by_term("id", str(doc_id))

    def clear(self) -> None:
        """Empty the index; a missing or corrupt index is recreated from scratch."""
        with self._lock:
            try:
                with self._writer(mergetype=writing.CLEAR):
                    pass
            except CORRUPTION + (IndexUnavailable,):
                log.warning("recreating search index at %s", self.path)
                self._recreate()

    def optimize(self) -> None:
        """Merge every segment into one (slow at scale: run it off-peak, never when publishing)."""
        with self._writer(optimize=True):
            pass

    def close(self) -> None:
        with self._lock:
            if self._reader is not None:
                self._reader.close()
            self._reader = self._ix = None

    # -- internals -----------------------------------------------------------------------------
    def _open(self) -> index.FileIndex:
        if self._ix is None:
            if not index.exists_in(str(self.path)):
                self.path.mkdir(parents=True, exist_ok=True)
                try:
                    index.create_in(str(self.path), build_schema())
                except LockError:
                    pass  # another process created it concurrently
            self._ix = index.open_dir(str(self.path))
        return self._ix

    def _current(self) -> Reader:
        if self._reader is None:
            self._reader = Reader(self._open().searcher(), self._segment_cache)
        else:
            self._reader = self._reader.refreshed(self._open())
        return self._reader

    def _recreate(self) -> None:
        self.close()
        if self.path.exists():
            shutil.rmtree(self.path)
        self.path.mkdir(parents=True)
        index.create_in(str(self.path), build_schema())

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except CORRUPTION as error:
            self._ix = self._reader = None
            raise IndexUnavailable("The search index cannot be read; rebuild it.") from error

    @contextmanager
    def _writer(self, **commit: object) -> Iterator[writing.SegmentWriter]:
        with self._guard():
            ix = self._open()
            try:
                writer = ix.writer(timeout=self.lock_timeout, delay=0.05, compound=False, limitmb=64)
            except LockError as error:
                raise IndexUnavailable("The search index is busy; try again shortly.") from error
        try:
            yield writer
        except BaseException:
            writer.cancel()
            raise
        commit.setdefault("merge", False)
        with self._guard():
            writer.commit(**commit)
