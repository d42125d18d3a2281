"""What one process caches of the index per generation, and the per-query match-set cache.

`Generation` holds the facet-value bitmaps (for `search.facetsets`) and the date order of every
document, read in one snapshot and replaced when `search_state.generation` moves on (every
write bumps it in its own transaction). `MatchCache` keeps recent match sets (and ranks) of
tsqueries for the current generation, within a byte budget; several gunicorn workers each keep
their own and all agree on the generation through the database.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import psycopg

from search.pg_index import statements as st
from search.pg_index.arrays import int4_array, to_bits


@dataclass(frozen=True)
class Generation:
    number: int
    size: int
    """One more than the largest document number: the length of every mask."""
    order: npt.NDArray[np.int64]
    """Every document number, newest first (then by id)."""
    date_rank: npt.NDArray[np.int64]
    """Position of each document number in `order` (size entries; unused numbers last)."""
    value_sets: dict[str, dict[str, int]]
    """facet -> value -> bitmap of the documents holding it."""
    everything: int = field(default=0)


def load_generation(conn: psycopg.Connection, number: int) -> Generation:
    """Read the date order and facet postings of generation `number`; the caller runs this in
    the repeatable-read transaction in which it read `number`."""
    with conn.cursor(binary=True) as cur:
        order_row = cur.execute(st.DATE_ORDER).fetchone()
        postings = cur.execute(st.FACET_POSTINGS).fetchall()
    order = int4_array(order_row[0] if order_row else None)
    size = int(order.max()) + 1 if len(order) else 0
    date_rank = np.full(size, len(order), dtype=np.int64)
    date_rank[order] = np.arange(len(order), dtype=np.int64)
    value_sets: dict[str, dict[str, int]] = {}
    for token, data in postings:
        facet, value = st.split_token(token)
        value_sets.setdefault(facet, {})[value] = to_bits(int4_array(data), size)
    return Generation(number, size, order, date_rank, value_sets, to_bits(order, size))


@dataclass(frozen=True)
class Matches:
    bits: int
    """The documents matching the tsquery."""
    docnums: npt.NDArray[np.int64]
    ranks: npt.NDArray[np.float32] | None
    """ts_rank of each of `docnums` on the head vector; None when fetched without ranks."""

    @property
    def nbytes(self) -> int:
        extra = self.ranks.nbytes if self.ranks is not None else 0
        return self.docnums.nbytes + extra + self.bits.bit_length() // 8 + 200


class MatchCache:
    """LRU of tsquery -> Matches for one generation, bounded by an estimate of its bytes."""

    def __init__(self, budget_bytes: int) -> None:
        self.budget = budget_bytes
        self.generation = -1
        self._entries: OrderedDict[str, Matches] = OrderedDict()
        self._bytes = 0

    def get(self, generation: int, tsq: str, ranked: bool) -> Matches | None:
        if generation != self.generation:
            self.clear(generation)
            return None
        found = self._entries.get(tsq)
        if found is None or (ranked and found.ranks is None):
            return None
        self._entries.move_to_end(tsq)
        return found

    def put(self, generation: int, tsq: str, matches: Matches) -> None:
        if generation != self.generation:
            self.clear(generation)
        if matches.nbytes > self.budget:
            return
        old = self._entries.pop(tsq, None)
        if old is not None:
            self._bytes -= old.nbytes
        self._entries[tsq] = matches
        self._bytes += matches.nbytes
        while self._bytes > self.budget and self._entries:
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= dropped.nbytes

    def clear(self, generation: int = -1) -> None:
        self.generation = generation
        self._entries.clear()
        self._bytes = 0
