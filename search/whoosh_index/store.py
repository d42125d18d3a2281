"""The whoosh index on local disk: non-compound segments, merge-free commits, locked writes.

Publishing must never wait on a merge, so every write commits with `merge=False`; `optimize()`
merges everything off-peak. Writers in several processes take whoosh's file lock, retrying for
up to `lock_timeout` seconds; a caller sees `IndexUnavailable`, never whoosh's `LockError`.
"""
from __future__ import annotations

import contextlib
import gc
import logging
import pickle
import shutil
import struct
import threading
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

from whoosh import index, writing
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.filetables import FileFormatError
from whoosh.index import EmptyIndexError, IndexVersionError, LockError

from search.errors import IndexUnavailable
from search.model import Hit, SearchDocument, SearchQuery, SearchResults
from search.whoosh_index.matching import TermCache
from search.whoosh_index.reading import Reader, open_searcher
from search.whoosh_index.schema import build_schema, to_fields

log = logging.getLogger(__name__)
T = TypeVar("T")

CORRUPTION = (OSError, EOFError, ValueError, KeyError, IndexError, struct.error,
              pickle.UnpicklingError, EmptyIndexError, IndexVersionError, FileFormatError,
              index.IndexError)
"""What opening or reading a damaged index raises inside whoosh."""


TOC_READS = 5


def _open_or_create(path: Path) -> index.FileIndex:
    """Open the newest generation (creating the index if there is none). Opening takes no lock, so
    another process's commit can delete a table of contents between whoosh listing it and reading
    it (FileNotFoundError): read the listing again, as that commit has left a newer one."""
    for _ in range(TOC_READS - 1):
        with contextlib.suppress(FileNotFoundError):
            return _open_or_create_once(path)
    return _open_or_create_once(path)


def _open_or_create_once(path: Path) -> index.FileIndex:
    if not index.exists_in(str(path)):
        return index.create_in(str(path), build_schema())
    return index.open_dir(str(path))


class WhooshIndex:
    """`SearchIndex` on a whoosh index directory (must be a local filesystem)."""

    def __init__(self, path: str | Path, *, lock_timeout: float = 60.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._lock = threading.RLock()
        self._ix: index.FileIndex | None = None
        self._reader: Reader | None = None
        self._segment_cache: dict = {}
        self._term_cache = TermCache()

    def query(self, q: SearchQuery) -> SearchResults:
        return self._read(lambda reader: reader.query(q))

    def similar(self, doc_id: str, limit: int = 5) -> list[Hit]:
        return self._read(lambda reader: reader.similar(doc_id, limit))

    def count(self) -> int:
        return self._read(lambda reader: reader.count())

    def segment_count(self) -> int:
        return self._read(lambda reader: len(reader.searcher.reader().leaf_readers()))

    def is_healthy(self) -> bool:
        """True when the index opens and every segment can be read (False: rebuild it)."""
        with self._lock:
            self._drop()
            try:
                return self._read(lambda reader: reader.check())
            except IndexUnavailable:
                return False

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
                self._commit(self._open_writer(), mergetype=writing.CLEAR)
            except IndexUnavailable:
                log.warning("recreating the search index at %s", self.path)
                self._recreate()

    def optimize(self) -> None:
        """Merge every segment into one (slow at scale: run it off-peak, never when publishing)."""
        self._commit(self._open_writer(), optimize=True)

    def close(self) -> None:
        with self._lock:
            self._drop()

    def _read(self, action: Callable[[Reader], T]) -> T:
        with self._lock:
            try:
                return action(self._current())
            except CORRUPTION as error:
                self._fail(error)
        raise IndexUnavailable("The search index cannot be read; rebuild it.")

    def _fail(self, error: BaseException) -> None:
        """Log, forget the searcher, and free the files whoosh leaves open on a damaged segment."""
        log.warning("search index at %s is damaged: %s", self.path, type(error).__name__)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            self._drop()
            cause: BaseException | None = error
            while cause is not None:
                cause.__traceback__ = None
                cause = cause.__context__
            gc.collect()

    def _drop(self) -> None:
        reader, self._reader, self._ix = self._reader, None, None
        if reader is not None:
            try:
                reader.close()
            except CORRUPTION:
                log.debug("closing a damaged searcher failed")

    def _open(self) -> index.FileIndex:
        if self._ix is None:
            storage = FileStorage(str(self.path)).create()
            creating = storage.lock("CREATE")  # cross-process: only one creator
            creating.acquire(blocking=True)
            try:
                self._ix = _open_or_create(self.path)
            finally:
                creating.release()
        return self._ix

    def _current(self) -> Reader:
        if self._reader is None:
            self._reader = Reader(open_searcher(self._open()), self._segment_cache, self._term_cache)
        else:
            self._reader = self._reader.refreshed(self._open())
        return self._reader

    def _recreate(self) -> None:
        self._drop()
        if self.path.exists():
            shutil.rmtree(self.path)
        self._open()

    @contextmanager
    def _writer(self) -> Iterator[writing.SegmentWriter]:
        writer = self._open_writer()
        try:
            yield writer
        except BaseException:
            writer.cancel()
            raise
        self._commit(writer)

    def _commit(self, writer: writing.SegmentWriter, **commit: object) -> None:
        """Commit without merging unless asked (the publish path must never wait on a merge);
        clearing and optimising are commits with no documents of their own."""
        commit.setdefault("merge", False)
        try:
            writer.commit(**commit)
        except CORRUPTION as error:
            self._fail(error)
            raise IndexUnavailable("The search index cannot be written; rebuild it.") from None

    def _open_writer(self) -> writing.SegmentWriter:
        try:
            ix = self._open()
            return ix.writer(timeout=self.lock_timeout, delay=0.05, compound=False, limitmb=64)
        except LockError:
            raise IndexUnavailable("The search index is busy; try again shortly.") from None
        except CORRUPTION as error:
            self._fail(error)
        raise IndexUnavailable("The search index cannot be written; rebuild it.")
