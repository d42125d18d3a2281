"""Disclosure-controlled benchmark tables, computed from observations (pure: no database).

For one metric and one peer slice, the canonical table holds a cell for every segment ×
technology pair and their totals (``ALL``). Every view is a projection of that one table, so a
cell is withheld in every view that shows it (consistent suppression across overlapping
slices). Rows of segments are protected against their total by secondary suppression.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import chain, repeat
from operator import attrgetter

import numpy as np
import numpy.typing as npt

from anonymiser.cellkey import perturb, sorted_cell_key
from anonymiser.disclosure import (
    WITHHELD,
    AggregateCell,
    CellDecision,
    DisclosureRules,
    RowCell,
    secondary_suppression,
)
from anonymiser.disclosure_cells import CombinedCells, combine_cells
from anonymiser.errors import InvalidInput
from exchange.benchmarks.catalogue import Metric
from exchange.benchmarks.settings import Perturbation

ALL = "*"
TOTAL = "__total__"  # the key secondary_suppression uses for a row's total
CellKey = tuple[str, str]  # (segment or ALL, technology or ALL)
Stat = float | str | None


@dataclass(frozen=True)
class Observation:
    """One KPI value of a public contribution, with what it is grouped and filtered by."""

    organisation: str
    contribution_id: int
    metric: str
    phase: str
    value: float
    segment: str | None
    technologies: tuple[str, ...]
    organisation_kind: str = ""
    size_band: str = ""


@dataclass(frozen=True)
class BenchmarkCell:
    """A published cell. ``n_organisations`` is None when the cell is withheld; never a min or max."""

    segment: str | None
    technology: str | None
    n_organisations: int | None
    suppressed: bool
    reason: str = ""
    median: Stat = None
    q1: Stat = None
    q3: Stat = None
    improvement_median: float | None = None
    improvement_n_organisations: int | None = None
    improvement_reason: str = ""


@dataclass(frozen=True)
class NumericCell:
    """The numbers behind a published cell (kept for comparisons, never shown unrounded)."""

    decision: CellDecision
    stats: AggregateCell | None


@dataclass(frozen=True)
class MetricTable:
    metric: Metric
    cells: dict[CellKey, BenchmarkCell]
    levels: dict[CellKey, NumericCell]

    def cell(self, segment: str | None, technology: str | None) -> BenchmarkCell:
        key = (segment or ALL, technology or ALL)
        return self.cells.get(key) or BenchmarkCell(segment, technology, None, True, WITHHELD)


def build_table(metric: Metric, observations: Iterable[Observation], rules: DisclosureRules,
                noise: Perturbation | None = None, *, by_technology: bool = True) -> MetricTable:
    """The canonical table; ``by_technology=False`` computes only the all-technologies row (the
    same decisions for those cells, since secondary suppression works row by row)."""
    rows = observations if isinstance(observations, _OfOneMetric) else [o for o in observations if o.metric == metric.code]
    grid = _grid(metric, rows, rules, by_technology)
    level_cells = _protected(grid, grid.levels, rules, _Noise(noise, f"{metric.code}:level"))
    change_cells = _protected(grid, grid.changes, rules, _Noise(noise, f"{metric.code}:change"))
    cells: dict[CellKey, BenchmarkCell] = {}
    for key, level in level_cells.items():
        cells[key] = _present(metric, key, level, change_cells.get(key))
    return MetricTable(metric, cells, level_cells)


@dataclass(frozen=True)
class _Grid:
    """Segments × technologies as integer codes (``ALL`` last on each axis), the organisations'
    names in ascending order (their codes), and the combined levels and changes per cell."""

    segments: list[str]
    technologies: list[str]
    organisations: npt.NDArray[np.object_]
    levels: CombinedCells
    changes: CombinedCells

    def key(self, cell: int) -> CellKey:
        segment, technology = divmod(cell, len(self.technologies))
        return self.segments[segment], self.technologies[technology]


def _grid(metric: Metric, observations: Sequence[Observation], rules: DisclosureRules,
          by_technology: bool) -> _Grid:
    """One level and one change per contribution (the mean of its values of each phase), filed
    under every cell it belongs to, then combined per organisation by the disclosure rules."""
    count = len(observations)
    contribution_ids = np.fromiter(map(attrgetter("contribution_id"), observations), np.int64, count)
    _, first, contribution = np.unique(contribution_ids, return_index=True, return_inverse=True)
    n = len(first)
    phase = np.fromiter(map(_PHASES.get, map(attrgetter("phase"), observations), repeat(-1)), np.int64, count)
    values = np.fromiter(map(attrgetter("value"), observations), np.float64, count)
    level, has_level = _mean(contribution, values, (phase == _AFTER) | (phase == _VALUE), n)
    before, has_before = _mean(contribution, values, phase == _BEFORE, n)
    after, has_after = _mean(contribution, values, phase == _AFTER, n)
    has_change = has_before & has_after
    change = np.zeros(n)
    change[has_change] = metric.better(before[has_change], after[has_change])
    # Contributions in ascending (level, change) order, so that every per-organisation sum adds
    # its values in an order that does not depend on the order the observations came in.
    order = np.lexsort((change, level))
    first, level, has_level, change, has_change = (a[order] for a in (first, level, has_level, change, has_change))
    heads = [observations[i] for i in first]  # the first observation of each contribution describes it

    head_orgs = list(map(attrgetter("organisation"), heads))
    names = sorted(set(head_orgs))
    if any(not isinstance(name, str) or not name.strip() for name in names):
        raise InvalidInput("every contribution needs an organisation")
    codes = {name: i for i, name in enumerate(names)}
    organisation = np.fromiter(map(codes.__getitem__, head_orgs), np.int64, n)
    head_segments = list(map(attrgetter("segment"), heads))
    segments = sorted(set(head_segments) - {None}) + [ALL]
    segment_codes = {s: i for i, s in enumerate(segments[:-1])}  # None (no segment) is in ALL only
    segment = np.fromiter(map(segment_codes.get, head_segments, repeat(len(segments) - 1)), np.int64, n)
    # Entries (contribution, technology): every contribution under ALL, then under each of its
    # technologies (a technology listed twice counts twice, as in the per-cell lists it replaces).
    technologies = [ALL]
    owner, tech = [np.arange(n, dtype=np.int64)], [np.zeros(n, dtype=np.int64)]
    if by_technology:
        tags = list(map(attrgetter("technologies"), heads))
        flat = list(chain.from_iterable(tags))
        technologies = sorted(set(flat)) + [ALL]
        tech_codes = {t: i for i, t in enumerate(technologies)}
        tech[0] += len(technologies) - 1
        owner.append(np.repeat(owner[0], np.fromiter(map(len, tags), np.int64, n)))
        tech.append(np.fromiter(map(tech_codes.__getitem__, flat), np.int64, len(flat)))
    entry_owner, entry_tech = np.concatenate(owner), np.concatenate(tech)
    # … each under ALL segments, and those with a segment under it as well.
    with_segment = segment[entry_owner] != len(segments) - 1
    entry_owner = np.concatenate((entry_owner, entry_owner[with_segment]))
    entry_segment = np.concatenate((np.full(len(with_segment), len(segments) - 1, dtype=np.int64),
                                    segment[entry_owner[len(with_segment):]]))
    entry_cell = entry_segment * len(technologies) + np.concatenate((entry_tech, entry_tech[with_segment]))
    size = {"n_cells": len(segments) * len(technologies), "n_organisations": max(len(names), 1)}

    def combined(values: npt.NDArray[np.float64], present: npt.NDArray[np.bool_]) -> CombinedCells:
        chosen = present[entry_owner]
        return combine_cells(entry_cell[chosen], organisation[entry_owner[chosen]], values[entry_owner[chosen]],
                             rules, **size)

    return _Grid(segments, technologies, np.array(names, dtype=object),
                 combined(level, has_level), combined(change, has_change))


_PHASES = {"before": 0, "after": 1, "value": 2}
_BEFORE, _AFTER, _VALUE = 0, 1, 2


def _mean(contribution: npt.NDArray[np.int64], values: npt.NDArray[np.float64], chosen: npt.NDArray[np.bool_],
          n: int) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_]]:
    """The mean of each contribution's chosen values (exactly ``fsum / len``) and whether it has any."""
    owners, picked = contribution[chosen], values[chosen]
    counts = np.bincount(owners, minlength=n)
    means = np.zeros(n)
    single = counts == 1
    means[owners[single[owners]]] = picked[single[owners]]
    for i in np.flatnonzero(counts > 1):  # several values of one phase (per-period figures): rare
        means[i] = math.fsum(picked[owners == i].tolist()) / counts[i]
    return means, counts > 0


@dataclass(frozen=True)
class _Noise:
    settings: Perturbation | None
    label: str

    def apply(self, members: list[str], data: npt.NDArray[np.float64], stats: AggregateCell) -> AggregateCell:
        """Move each published quantile by consistent noise scaled to the cell's interquartile range
        (``members``: the cell's organisations, distinct and ascending; ``data``: its values, ascending)."""
        if self.settings is None:
            return stats
        spread = _inclusive(data, 0.75) - _inclusive(data, 0.25)
        key = sorted_cell_key(self.settings.secret, members)
        moved = sorted(perturb(v, spread, self.settings.fraction, key, f"{self.label}:{name}")
                       for name, v in (("q1", stats.q1), ("median", stats.median), ("q3", stats.q3)) if v is not None)
        if stats.q1 is None:
            return replace(stats, median=moved[0], mean=None)
        return replace(stats, q1=moved[0], median=moved[1], q3=moved[2], mean=None)


def _inclusive(data: npt.NDArray[np.float64], q: float) -> float:
    """The textbook (inclusive) quantile of sorted data, for scaling the noise only."""
    position = q * (len(data) - 1)
    low = int(position)
    high = min(low + 1, len(data) - 1)
    return float(data[low]) + (float(data[high]) - float(data[low])) * (position - low)


def _protected(grid: _Grid, cells: CombinedCells, rules: DisclosureRules, noise: _Noise) -> dict[CellKey, NumericCell]:
    """Primary rules per cell, then secondary suppression of each row of segments and its total."""
    width, every_segment = len(grid.technologies), len(grid.segments) - 1
    present = [int(c) for c in np.flatnonzero(cells.counts)]
    out: dict[CellKey, NumericCell] = {}
    for t in sorted({c % width for c in present}, key=lambda t: grid.technologies[t]):
        technology = grid.technologies[t]
        row = [RowCell(grid.segments[c // width], cells.decision(c, rules), float(cells.totals[c]))
               for c in present if c % width == t and c // width != every_segment]
        total_cell = every_segment * width + t
        total = cells.decision(total_cell, rules)
        decisions = secondary_suppression(row, total_published=not total.suppressed)
        decisions[TOTAL] = decisions.get(TOTAL, total)
        for segment, decision in decisions.items():
            cell = total_cell if segment == TOTAL else grid.segments.index(segment) * width + t
            stats = None
            if not decision.suppressed:
                members = grid.organisations[cells.organisations(cell)].tolist()
                stats = noise.apply(members, cells.values(cell), cells.aggregate(cell, rules))
            out[(ALL if segment == TOTAL else segment, technology)] = NumericCell(decision, stats)
    return out


def _present(metric: Metric, key: CellKey, level: NumericCell, change: NumericCell | None) -> BenchmarkCell:
    segment, technology = (None if key[0] == ALL else key[0]), (None if key[1] == ALL else key[1])
    if level.decision.suppressed or level.stats is None:
        return BenchmarkCell(segment, technology, None, True, WITHHELD)
    stats = level.stats
    improvement, improvement_n, improvement_reason = None, None, ""
    if metric.direction != "neutral" and change is not None:
        if change.decision.suppressed or change.stats is None:
            improvement_reason = WITHHELD
        else:
            improvement = _round(metric, change.stats.median)
            improvement_n = change.stats.n_organisations
    return BenchmarkCell(segment, technology, stats.n_organisations, False, "",
                         median=_shown(metric, stats.median), q1=_shown(metric, stats.q1),
                         q3=_shown(metric, stats.q3), improvement_median=improvement,
                         improvement_n_organisations=improvement_n, improvement_reason=improvement_reason)


def _round(metric: Metric, value: float | None) -> float | None:
    return None if value is None else round(value, metric.decimals)


def _shown(metric: Metric, value: float | None) -> Stat:
    if value is None:
        return None
    return metric.band_of(value) if metric.banded else _round(metric, value)


def build_tables(metrics: Sequence[Metric], observations: Sequence[Observation],
                 rules: DisclosureRules, noise: Perturbation | None = None) -> dict[str, MetricTable]:
    """Every metric's canonical table (the full benchmark table)."""
    by_metric: dict[str, _OfOneMetric] = defaultdict(_OfOneMetric)
    for obs in observations:
        by_metric[obs.metric].append(obs)
    return {m.code: build_table(m, by_metric.get(m.code, _OfOneMetric()), rules, noise) for m in metrics}


class _OfOneMetric(list[Observation]):
    """Observations already grouped by metric (``build_table`` need not filter them again)."""
