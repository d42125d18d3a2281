"""What one process caches of the index per generation, and the per-query match-set cache.

`Generation` holds the facet-value bitmaps (for `search.facetsets`) and the date order of every
document. It is read whole on first use and after a `clear()`; when `search_state.generation`
moves on (every write bumps it), only the documents listed in `search_changes` since the cached
generation are read again and patched in. `MatchCache` keeps recent match sets (and ranks) of
tsqueries for the current generation, within a byte budget. Several gunicorn workers each keep
their own and agree on the generation through the database.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import numpy.typing as npt
import psycopg

from search.pg_index import statements as st
from search.pg_index.arrays import float8_array, int4_array, to_bits

FULL_RELOAD_CHANGES = 200
"""Past this many changed documents a full reload is cheaper than patching."""


@dataclass(frozen=True)
class Generation:
    number: int
    size: int
    """One more than the largest document number: the length of every mask."""
    order: npt.NDArray[np.int64]
    """Every document number, newest first (then by id)."""
    published: npt.NDArray[np.float64]
    """Publication time (epoch seconds) by document number."""
    ids: dict[int, str]
    """Document id by document number (the tie-break of equal publication times)."""
    value_sets: dict[str, dict[str, int]]
    """facet -> value -> bitmap of the documents holding it."""

    @cached_property
    def date_rank(self) -> npt.NDArray[np.int64]:
        """Position of each document number in `order` (unused numbers last)."""
        return _date_rank(self.order, self.size)

    @cached_property
    def everything(self) -> int:
        return to_bits(self.order, self.size)


def _date_rank(order: npt.NDArray[np.int64], size: int) -> npt.NDArray[np.int64]:
    rank = np.full(size, len(order), dtype=np.int64)
    rank[order] = np.arange(len(order), dtype=np.int64)
    return rank


def current(
    conn: psycopg.Connection, cached: Generation | None, number: int, cleared: int
) -> Generation:
    """The generation `number`, from `cached` when it can be patched; the caller runs this in
    the repeatable-read transaction in which it read `number` and `cleared`."""
    if cached is not None and cached.number == number:
        return cached
    if cached is None or cached.number < cleared or cached.number > number:
        return load(conn, number)
    with conn.cursor(binary=True) as cur:
        row = cur.execute(st.CHANGED, (cached.number,)).fetchone()
        changed = int4_array(row[0] if row else None)
        if len(changed) > FULL_RELOAD_CHANGES:
            return load(conn, number)
        rows = cur.execute(st.CHANGED_ROWS, ([int(n) for n in changed],)).fetchall()
    return patch(cached, number, changed, rows)


def load(conn: psycopg.Connection, number: int) -> Generation:
    with conn.cursor(binary=True) as cur:
        order_row = cur.execute(st.DATE_ORDER).fetchone()
        postings = cur.execute(st.FACET_POSTINGS).fetchall()
    order = int4_array(order_row[0] if order_row else None)
    size = int(order.max()) + 1 if len(order) else 0
    published = np.zeros(size, dtype=np.float64)
    published[order] = float8_array(order_row[1] if order_row else None)
    ids = dict(zip(order.tolist(), order_row[2] if order_row else []))
    value_sets: dict[str, dict[str, int]] = {}
    for token, data in postings:
        facet, value = st.split_token(token)
        value_sets.setdefault(facet, {})[value] = to_bits(int4_array(data), size)
    return Generation(number, size, order, published, ids, value_sets)


def patch(
    old: Generation, number: int, changed: npt.NDArray[np.int64],
    rows: list[tuple[int, str, float, list[str]]],
) -> Generation:
    """`old` with the changed documents taken out and their current rows put back in."""
    size = max([old.size] + [int(r[0]) + 1 for r in rows])
    gone = to_bits(changed, max(size, int(changed.max()) + 1 if len(changed) else 0))
    keep = ~gone
    value_sets: dict[str, dict[str, int]] = {}
    for facet, values in old.value_sets.items():
        kept = {v: bits & keep for v, bits in values.items()}
        value_sets[facet] = {v: bits for v, bits in kept.items() if bits}
    published = np.zeros(size, dtype=np.float64)
    published[:old.size] = old.published
    ids = dict(old.ids)
    for docnum in changed.tolist():
        ids.pop(docnum, None)
    order = old.order[~np.isin(old.order, changed)]
    for docnum, doc_id, when, tokens in sorted(rows, key=lambda r: (-r[2], r[1])):
        for token in tokens:
            facet, value = st.split_token(token)
            values = value_sets.setdefault(facet, {})
            values[value] = values.get(value, 0) | (1 << docnum)
        published[docnum], ids[docnum] = when, doc_id
        order = np.insert(order, _position(order, published, ids, when, doc_id), docnum)
    return Generation(number, size, order, published, ids, value_sets)


def _position(
    order: npt.NDArray[np.int64], published: npt.NDArray[np.float64], ids: dict[int, str],
    when: float, doc_id: str,
) -> int:
    """Where a document published at `when` goes in `order` (newest first, then by id)."""
    newer_first = -published[order]
    at = int(np.searchsorted(newer_first, -when, side="left"))
    while at < len(order) and published[order[at]] == when and ids[int(order[at])] < doc_id:
        at += 1
    return at


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
