"""Disjunctive facet counting over document bitmaps (Python ints, bit n = document n).

A backend builds, once per index generation, one bitmap per facet value; a query then costs a
few big-integer ANDs and popcounts instead of a pass over stored fields. Within a facet the
selected values are ORed, across facets ANDed; each facet's counts ignore its own selection
(standard disjunctive faceting) but honour every other filter.
"""
from __future__ import annotations

from typing import Iterable, Mapping

from search.model import FACETS, FacetCount

ValueSets = Mapping[str, Mapping[str, int]]


def bitmap(docnums: Iterable[int]) -> int:
    """The bitmap with a bit set for each document number."""
    buf = bytearray()
    for doc in docnums:
        byte = doc >> 3
        if byte >= len(buf):
            buf.extend(bytes(byte - len(buf) + 1 + len(buf) // 2))
        buf[byte] |= 1 << (doc & 7)
    return int.from_bytes(buf, "little")


def docnums(bits: int) -> list[int]:
    """The document numbers set in a bitmap, ascending."""
    out: list[int] = []
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    for index, byte in enumerate(data):
        while byte:
            low = byte & -byte
            out.append(index * 8 + low.bit_length() - 1)
            byte ^= low
    return out


def filter_bits(value_sets: ValueSets, filters: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
    """One bitmap per filtered facet: the OR of its selected values (unknown values match none)."""
    out: dict[str, int] = {}
    for facet, values in filters.items():
        sets = value_sets.get(facet, {})
        bits = 0
        for value in values:
            bits |= sets.get(value, 0)
        out[facet] = bits
    return out


def restrict(base: int, per_facet: Mapping[str, int], skip: str | None = None) -> int:
    """`base` ANDed with every facet filter except `skip`."""
    for facet, bits in per_facet.items():
        if facet != skip:
            base &= bits
    return base


def count_facets(
    value_sets: ValueSets, base: int, filters: Mapping[str, tuple[str, ...]]
) -> dict[str, list[FacetCount]]:
    """Counts for every facet over `base`, each ignoring its own filter (disjunctive)."""
    per_facet = filter_bits(value_sets, filters)
    shared = restrict(base, per_facet)
    counts: dict[str, list[FacetCount]] = {}
    for facet in FACETS:
        scope = restrict(base, per_facet, skip=facet) if facet in per_facet else shared
        pairs = {v: (bits & scope).bit_count() for v, bits in value_sets.get(facet, {}).items()}
        counts[facet] = ordered_counts(pairs, filters.get(facet, ()))
    return counts


def ordered_counts(pairs: Mapping[str, int], selected: Iterable[str]) -> list[FacetCount]:
    """Non-zero counts plus every selected value, by count descending then value."""
    chosen = set(selected)
    merged = {v: n for v, n in pairs.items() if n > 0 or v in chosen}
    for value in chosen:
        merged.setdefault(value, 0)
    ordered = sorted(merged.items(), key=lambda item: (-item[1], item[0]))
    return [FacetCount(value, count) for value, count in ordered]
