"""The PostgreSQL backend's binary array reader, bitmap conversions and match-set cache
(pure Python: these run without a database)."""
from __future__ import annotations

import struct

import numpy as np
import pytest

pytest.importorskip("psycopg")

from search.pg_index.arrays import float4_array, int4_array, to_bits, to_mask  # noqa: E402
from search.pg_index.generation import Matches, MatchCache  # noqa: E402


def array_send(code: str, oid: int, values: list) -> bytes:
    """What PostgreSQL's array_send returns for a one-dimensional array without NULLs."""
    if not values:
        return struct.pack(">iii", 0, 0, oid)
    head = struct.pack(">iiiii", 1, 0, oid, len(values), 1)
    return head + b"".join(struct.pack(f">i{code}", 4, v) for v in values)


def test_int4_arrays_are_read_in_order():
    assert int4_array(array_send("i", 23, [5, 0, 70000, 3])).tolist() == [5, 0, 70000, 3]


def test_float4_arrays_are_read_in_order():
    assert float4_array(array_send("f", 700, [0.5, 0.0, 1.25])).tolist() == [0.5, 0.0, 1.25]


@pytest.mark.parametrize("data", [None, b"", array_send("i", 23, [])])
def test_empty_or_missing_arrays_read_as_empty(data):
    assert len(int4_array(data)) == 0 and len(float4_array(data)) == 0


def test_bits_and_masks_round_trip_and_ignore_numbers_past_the_size():
    bits = to_bits(np.array([0, 3, 9, 64, 500]), 65)
    assert bits == (1 | 1 << 3 | 1 << 9 | 1 << 64)
    assert np.flatnonzero(to_mask(bits, 65)).tolist() == [0, 3, 9, 64]


def matches(n: int) -> Matches:
    return Matches(1, np.arange(n, dtype=np.int64), None)


def test_the_match_cache_forgets_everything_when_the_generation_moves_on():
    cache = MatchCache(10**6)
    cache.put(1, "'a'", matches(10))
    assert cache.get(1, "'a'", ranked=False) is not None
    assert cache.get(2, "'a'", ranked=False) is None
    assert cache.get(1, "'a'", ranked=False) is None


def test_the_match_cache_does_not_serve_an_unranked_entry_to_a_ranked_query():
    cache = MatchCache(10**6)
    cache.put(1, "'a'", matches(10))
    assert cache.get(1, "'a'", ranked=True) is None


def test_the_match_cache_evicts_the_least_recently_used_beyond_its_budget():
    cache = MatchCache(3 * matches(100).nbytes)
    for name in ("a", "b", "c"):
        cache.put(1, name, matches(100))
    cache.get(1, "a", ranked=False)
    cache.put(1, "d", matches(100))
    assert [n for n in "abcd" if cache.get(1, n, ranked=False)] == ["a", "c", "d"]


def test_a_zero_budget_caches_nothing():
    cache = MatchCache(0)
    cache.put(1, "a", matches(1))
    assert cache.get(1, "a", ranked=False) is None
