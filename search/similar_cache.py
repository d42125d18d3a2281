"""A small LRU of `similar()` answers for one index generation (both backends).

Comparable deployments change only when the index does, so each backend keeps one cache per
generation (whoosh: per searcher; PostgreSQL: per value of its write counter) and drops it when
the generation moves. Thread-safe: the embedded server answers requests on several threads.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from search.model import Hit

MAX_ENTRIES = 4096


class SimilarCache:
    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, list[Hit]] = OrderedDict()
        self._generation: Hashable = None
        self._lock = threading.Lock()

    def get_or_compute(self, key: Hashable, compute: Callable[[], list[Hit]],
                       generation: Hashable = None) -> list[Hit]:
        with self._lock:
            if generation != self._generation:
                self._entries.clear()
                self._generation = generation
            elif key in self._entries:
                self._entries.move_to_end(key)
                return list(self._entries[key])
        hits = compute()
        with self._lock:
            if generation == self._generation:
                self._entries[key] = list(hits)
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
        return hits
