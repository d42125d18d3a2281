"""Quasi-identifier columns as integer codes, and the labels of generalised code ranges.

Code 0 of a number or date column is reserved for blank cells; real values take codes 1..m in
ascending order. A category column's codes follow its hierarchy depth-first (else alphabetical).
Every labeller returns the published label and its normalised certainty penalty (NCP, 0..1).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from anonymiser.tabular.hierarchy import Path, Tree
from anonymiser.tabular.values import Kind, floats, natural_key, parse_date

MAX_LISTED = 4


class Labeller(Protocol):
    needs_members: bool

    def label(self, lo: int, hi: int, members: Sequence[int]) -> tuple[str, float]: ...


@dataclass
class QuasiColumn:
    name: str
    kind: Kind
    codes: np.ndarray
    scale: np.ndarray
    labeller: Labeller


def number_text(x: float) -> str:
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else repr(x)


class IntervalLabeller:
    needs_members = False

    def __init__(self, values: np.ndarray, date: bool) -> None:
        self.values = values  # index 0 is the blank slot
        self.date = date
        self.width = float(values[-1] - values[1]) if len(values) > 2 else 0.0

    def label(self, lo: int, hi: int, members: Sequence[int]) -> tuple[str, float]:
        if hi == 0:
            return "", 0.0
        first = max(lo, 1)
        text, span = (self._date(first, hi) if self.date else self._number(first, hi))
        ncp = min(span / self.width, 1.0) if self.width else 0.0
        return (f"{text} or blank" if lo == 0 else text), ncp

    def _number(self, lo: int, hi: int) -> tuple[str, float]:
        a, b = float(self.values[lo]), float(self.values[hi])
        return (number_text(a) if a == b else f"[{number_text(a)}, {number_text(b)}]"), b - a

    def _date(self, lo: int, hi: int) -> tuple[str, float]:
        a = dt.date.fromordinal(int(self.values[lo]))
        b = dt.date.fromordinal(int(self.values[hi]))
        return date_bucket(a, b)


def date_bucket(a: dt.date, b: dt.date) -> tuple[str, float]:
    """The finest of day, ISO week, month, quarter, year (else a year range) holding both dates."""
    if a == b:
        return a.isoformat(), 0.0
    wa, wb = a.isocalendar(), b.isocalendar()
    if (wa.year, wa.week) == (wb.year, wb.week):
        return f"{wa.year}-W{wa.week:02d}", 6.0
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.year}-{a.month:02d}", 30.0
    if (a.year, (a.month - 1) // 3) == (b.year, (b.month - 1) // 3):
        return f"{a.year}-Q{(a.month - 1) // 3 + 1}", 91.0
    if a.year == b.year:
        return str(a.year), 365.0
    return f"{a.year}–{b.year}", 365.0 * (b.year - a.year + 1)


class HierarchyLabeller:
    """The lowest common ancestor; at the root, up to MAX_LISTED top-level nodes spanned by the range."""

    needs_members = False

    def __init__(self, ordered: Sequence[str], tree: Tree) -> None:
        self.ordered = list(ordered)
        self.tree = tree
        self.tops: list[str] = []
        self.top_of: list[int] = []
        for value in self.ordered:
            top = tree.paths[value][0]
            if not self.tops or self.tops[-1] != top:
                self.tops.append(top)
            self.top_of.append(len(self.tops) - 1)

    def label(self, lo: int, hi: int, members: Sequence[int]) -> tuple[str, float]:
        label, ncp = self.tree.common_ancestor(self.ordered[lo], self.ordered[hi])
        first, last = self.top_of[lo], self.top_of[hi]
        if label != "*" or last - first + 1 > MAX_LISTED:
            return label, ncp
        names = self.tops[first:last + 1]
        return " | ".join(names), sum(self.tree.leaves[(n,)] for n in names) / self.tree.domain


class SetLabeller:
    needs_members = True

    def __init__(self, ordered: Sequence[str]) -> None:
        self.ordered = list(ordered)

    def label(self, lo: int, hi: int, members: Sequence[int]) -> tuple[str, float]:
        if len(members) == 1:
            return self.ordered[members[0]], 0.0
        if len(members) > MAX_LISTED:
            return "*", 1.0
        names = [self.ordered[m] or "(blank)" for m in sorted(members)]
        return " | ".join(names), len(members) / len(self.ordered)


def encode(name: str, coded: tuple[list[str], np.ndarray], kind: Kind,
           paths: Mapping[str, Path] | None = None) -> QuasiColumn:
    """Encode a factorised column (distinct values, row → distinct index)."""
    distinct, inverse = coded
    if kind in (Kind.NUMBER, Kind.DATE):
        return _encode_interval(name, distinct, inverse, kind)
    if paths:
        tree = Tree({v: paths.get(v, (v,)) for v in distinct})
        ordered = tree.order()
        labeller: Labeller = HierarchyLabeller(ordered, tree)
    else:
        ordered = sorted(distinct, key=lambda v: (natural_key(v), v))
        labeller = SetLabeller(ordered)
    rank = {v: i for i, v in enumerate(ordered)}
    code_of = np.asarray([rank[v] for v in distinct], dtype=np.int64)
    scale = np.arange(len(ordered), dtype=np.float64)
    return QuasiColumn(name, Kind.CATEGORY, code_of[inverse], scale, labeller)


def _encode_interval(name: str, distinct: list[str], inverse: np.ndarray, kind: Kind) -> QuasiColumn:
    if kind is Kind.DATE:
        parsed = [parse_date(c) if c.strip() else None for c in distinct]
        raw = np.asarray([d.toordinal() if d else np.nan for d in parsed], dtype=np.float64)
    else:
        raw = floats(distinct)
        if raw is None:
            raise ValueError(f"column {name!r} is not numeric")
    blank = np.isnan(raw)
    values, rank = np.unique(raw[~blank], return_inverse=True)
    code_of = np.zeros(len(distinct), dtype=np.int64)
    code_of[~blank] = rank + 1
    lowest = values[0] if values.size else 0.0
    scale = np.concatenate(([lowest], values))
    return QuasiColumn(name, kind, code_of[inverse], scale, IntervalLabeller(scale, kind is Kind.DATE))
