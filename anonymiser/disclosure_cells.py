"""The disclosure rules of ``anonymiser.disclosure`` over many cells at once (numpy, pure).

A table of thousands of cells over hundreds of thousands of (cell, organisation, value) entries
is too slow one Python object at a time. Here cells and organisations are integer codes: values
are combined per (cell, organisation) with one ``bincount``, the p% rule and the ordered values
of every cell come from two sorts, and the per-cell answers (``decision``, ``aggregate``) are the
same ``CellDecision`` and ``AggregateCell`` as the one-cell functions give.

Sums are plain floating-point sums rather than ``math.fsum``: they agree with it to a few units
in the last place. Each (cell, organisation) sum follows the order of the entries, so pass them
in an order that does not depend on how the data was read (e.g. ascending values).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from anonymiser.disclosure import (
    RULE_DOMINANCE,
    RULE_THRESHOLD,
    WITHHELD,
    AggregateCell,
    CellDecision,
    DisclosureRules,
    quantile,
)
from anonymiser.errors import InvalidInput

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
DENSE_LIMIT = 1 << 22  # (cells × organisations) up to which grouping uses a dense bincount


@dataclass(frozen=True)
class CombinedCells:
    """One combined value per organisation per cell. For cell ``c`` its organisations are
    ``members[starts[c]:starts[c] + counts[c]]`` (ascending codes) and their values, ascending,
    ``ordered[starts[c]:starts[c] + counts[c]]`` (not aligned with ``members``)."""

    counts: Ints
    starts: Ints
    members: Ints
    ordered: Floats
    totals: Floats
    p_holds: npt.NDArray[np.bool_]

    def organisations(self, cell: int) -> Ints:
        start = int(self.starts[cell])
        return self.members[start:start + int(self.counts[cell])]

    def values(self, cell: int) -> Floats:
        start = int(self.starts[cell])
        return self.ordered[start:start + int(self.counts[cell])]

    def decision(self, cell: int, rules: DisclosureRules) -> CellDecision:
        """``assess_combined`` for one cell."""
        n = int(self.counts[cell])
        if n < rules.min_organisations:
            return CellDecision(n, True, WITHHELD, RULE_THRESHOLD)
        if not self.p_holds[cell]:
            return CellDecision(n, True, WITHHELD, RULE_DOMINANCE)
        return CellDecision(n, False)

    def aggregate(self, cell: int, rules: DisclosureRules) -> AggregateCell:
        """``aggregate_combined`` for one cell."""
        n = int(self.counts[cell])
        if n < rules.min_organisations:
            return AggregateCell(n, True, WITHHELD, RULE_THRESHOLD)
        data = self.values(cell) if rules.quantile_window > 1 else self.values(cell).tolist()
        q1 = q3 = None
        if n >= rules.quantile_min_organisations:
            q1, q3 = quantile(data, 0.25, rules), quantile(data, 0.75, rules)
        mean = float(self.totals[cell]) / n if self.p_holds[cell] else None
        return AggregateCell(n, False, median=quantile(data, 0.5, rules), q1=q1, q3=q3, mean=mean)


def combine_cells(cells: Ints, organisations: Ints, values: Floats, rules: DisclosureRules, *,
                  n_cells: int, n_organisations: int) -> CombinedCells:
    """Combine entries per (cell, organisation) — mean or sum, as ``combine_by_organisation`` —
    and prepare every cell's rule inputs. Codes must lie in ``[0, n_cells)`` and
    ``[0, n_organisations)``."""
    cells = np.asarray(cells, dtype=np.int64)
    organisations = np.asarray(organisations, dtype=np.int64)
    values = np.asarray(values, dtype=np.float64)
    if not (len(cells) == len(organisations) == len(values)):
        raise InvalidInput("cells, organisations and values must have the same length")
    if len(values) and not np.isfinite(values).all():
        raise InvalidInput("contribution values must be finite numbers")
    if len(cells) and (cells.min() < 0 or cells.max() >= n_cells or organisations.min() < 0
                       or organisations.max() >= n_organisations):
        raise InvalidInput("cell or organisation code out of range")
    group = cells * n_organisations + organisations
    if n_cells * n_organisations <= max(DENSE_LIMIT, 4 * len(group)):
        sums = np.bincount(group, weights=values, minlength=n_cells * n_organisations)
        counts = np.bincount(group, minlength=n_cells * n_organisations)
        present = np.flatnonzero(counts)
        sums, counts = sums[present], counts[present]
    else:
        present, inverse = np.unique(group, return_inverse=True)
        sums, counts = np.bincount(inverse, weights=values), np.bincount(inverse)
    combined = sums if rules.combine == "sum" else sums / counts
    if not np.isfinite(combined).all():
        raise InvalidInput("contribution values must be finite numbers")
    cell_of, members = present // n_organisations, present % n_organisations  # ascending by cell, then code
    n_per_cell = np.bincount(cell_of, minlength=n_cells).astype(np.int64)
    starts = np.concatenate(([0], np.cumsum(n_per_cell)[:-1])).astype(np.int64)
    totals = np.bincount(cell_of, weights=combined, minlength=n_cells)
    ordered = combined[_within_cells(cell_of, combined)]
    return CombinedCells(n_per_cell, starts, members, ordered, totals,
                         _p_percent_holds(cell_of, combined, n_per_cell, starts, rules.p_percent))


def _p_percent_holds(cell_of: Ints, combined: Floats, counts: Ints, starts: Ints, p_percent: float) -> npt.NDArray[np.bool_]:
    """``p_percent_holds`` per cell: the magnitudes after the two largest must reach p % of the largest."""
    magnitudes = np.abs(combined)
    order = _within_cells(cell_of, -magnitudes)  # largest first within each cell
    by_size, cell_sorted = magnitudes[order], cell_of[order]
    rank = np.arange(len(order)) - starts[cell_sorted]
    rest = rank >= 2
    # The rest summed smallest first, as exact a plain sum as the order allows.
    remainder = np.bincount(cell_sorted[rest][::-1], weights=by_size[rest][::-1], minlength=len(counts))
    largest = np.zeros(len(counts))
    filled = counts > 0
    largest[filled] = by_size[starts[filled]]
    return (largest == 0.0) | (remainder >= p_percent / 100.0 * largest)


def _within_cells(cell_of: Ints, keys: Floats) -> Ints:
    """The order that sorts by cell, then by ``keys`` within each cell: by key, then a stable sort
    by cell (a radix sort on small integer codes)."""
    by_key = np.argsort(keys)  # ties are equal keys: their order does not matter
    small = cell_of.astype(np.uint16) if len(cell_of) and cell_of.max() < 1 << 16 else cell_of
    return by_key[np.argsort(small[by_key], kind="stable")]
