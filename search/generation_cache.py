"""A small LRU of answers that hold for one index generation (both backends).

Comparable deployments (`similar`) and the facet counts of browsing without search text change
only when the index does, so a backend keeps them per generation (whoosh: per searcher;
PostgreSQL: per value of its write counter) and drops them all when the generation moves.
Thread-safe: the embedded server answers requests on several threads. Callers must not mutate
what they get back.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")
MAX_ENTRIES = 4096


class GenerationCache(Generic[T]):
    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, T] = OrderedDict()
        self._generation: Hashable = None
        self._lock = threading.Lock()

    def get_or_compute(self, key: Hashable, compute: Callable[[], T], generation: Hashable = None) -> T:
        with self._lock:
            if generation != self._generation:
                self._entries.clear()
                self._generation = generation
            elif key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        value = compute()
        with self._lock:
            if generation == self._generation:
                self._entries[key] = value
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
        return value
