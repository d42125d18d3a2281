"""Generalisation hierarchies for categorical quasi-identifiers.

A value's path runs from the root to the value (``(country, region, site)``). Paths come from
parent columns nested in the table (line → site → region, product → segment), declared
explicitly or detected as functional dependencies, or from a value → ancestors mapping.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from anonymiser.tabular.errors import InvalidColumnsFile
from anonymiser.tabular.table import Table
from anonymiser.tabular.values import natural_key

Path = tuple[str, ...]


def is_nested(child: np.ndarray, parent: np.ndarray, n_parent: int) -> bool:
    """True when every child code has exactly one parent code (a functional dependency)."""
    pairs = np.unique(child * max(n_parent, 1) + parent)
    return pairs.size == np.unique(child).size


def detect_parents(table: Table, name: str, candidates: Sequence[str]) -> list[str]:
    """The chain of candidate columns that ``name`` nests in, nearest (most distinct values) first."""
    coded = {c: table.coded(c) for c in {name, *candidates}}
    chain: list[str] = []
    current = name
    while True:
        n_current = len(coded[current][0])
        nested = [
            c for c in candidates
            if c not in chain and c != name and len(coded[c][0]) < n_current
            and is_nested(coded[current][1], coded[c][1], len(coded[c][0]))
        ]
        if not nested:
            return chain
        current = max(nested, key=lambda c: (len(coded[c][0]), c))
        chain.append(current)


def paths_from_columns(table: Table, name: str, parents: Sequence[str]) -> dict[str, Path]:
    """Root-first paths for each value of ``name`` through the parent columns (checked nested)."""
    unknown = [p for p in parents if p not in table.header]
    if unknown:
        raise InvalidColumnsFile(f"hierarchy of {name!r} names unknown columns: {', '.join(unknown)}")
    columns = [table.column(name), *(table.column(p) for p in parents)]
    key = np.zeros(table.n_rows, dtype=np.int64)
    for column_name in (name, *parents):
        distinct, codes = table.coded(column_name)
        key = np.unique(key * len(distinct) + codes, return_inverse=True)[1].astype(np.int64)
    _, first_rows = np.unique(key, return_index=True)
    paths: dict[str, Path] = {}
    for row in first_rows.tolist():
        path = tuple(col[row] for col in reversed(columns))
        if paths.setdefault(path[-1], path) != path:
            raise InvalidColumnsFile(f"column {name!r} is not nested in {', '.join(parents)}")
    return paths


def paths_from_mapping(values: Sequence[str], mapping: Mapping[str, Sequence[str]]) -> dict[str, Path]:
    """Root-first paths from a value → ancestors (nearest first) mapping; unmapped values hang off the root."""
    return {v: (*reversed(list(mapping.get(v, ()))), v) for v in values}


class Tree:
    """Leaf counts under every path prefix, for the lowest common ancestor and its NCP."""

    def __init__(self, paths: Mapping[str, Path]) -> None:
        self.paths = dict(paths)
        self.domain = len(self.paths)
        self.leaves: dict[Path, int] = {}
        for path in self.paths.values():
            for depth in range(1, len(path) + 1):
                self.leaves[path[:depth]] = self.leaves.get(path[:depth], 0) + 1

    def order(self) -> list[str]:
        """Values in depth-first order, so that siblings get neighbouring codes."""
        return sorted(self.paths, key=lambda v: (tuple(natural_key(p) for p in self.paths[v]), v))

    def common_ancestor(self, a: str, b: str) -> tuple[str, float]:
        """Label and normalised certainty penalty of the lowest common ancestor of two values."""
        pa, pb = self.paths[a], self.paths[b]
        if a == b:
            return a, 0.0
        depth = 0
        while depth < min(len(pa), len(pb)) and pa[depth] == pb[depth]:
            depth += 1
        if depth == 0:
            return "*", 1.0
        prefix = pa[:depth]
        return prefix[-1], self.leaves[prefix] / self.domain if self.domain > 1 else 0.0
