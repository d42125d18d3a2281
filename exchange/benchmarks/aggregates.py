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

from anonymiser.cellkey import cell_key, perturb
from anonymiser.disclosure import (
    WITHHELD,
    AggregateCell,
    CellDecision,
    Contribution,
    DisclosureRules,
    RowCell,
    aggregate_combined,
    assess_combined,
    combine_by_organisation,
    secondary_suppression,
)
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
    levels, changes = _group(metric, observations, by_technology)
    level_cells = _protected(levels, rules, _Noise(noise, f"{metric.code}:level"))
    change_cells = _protected(changes, rules, _Noise(noise, f"{metric.code}:change"))
    cells: dict[CellKey, BenchmarkCell] = {}
    for key, level in level_cells.items():
        cells[key] = _present(metric, key, level, change_cells.get(key))
    return MetricTable(metric, cells, level_cells)


def _group(metric: Metric, observations: Iterable[Observation], by_technology: bool = True) -> tuple[
        dict[CellKey, list[Contribution]], dict[CellKey, list[Contribution]]]:
    """One level and one change per contribution (the mean of its values of each phase), filed
    under every cell it belongs to; organisations are combined later by the disclosure rules."""
    phases: dict[int, tuple[Observation, dict[str, list[float]]]] = {}
    for obs in observations:
        if obs.metric == metric.code:
            entry = phases.get(obs.contribution_id)
            if entry is None:
                phases[obs.contribution_id] = entry = (obs, {})
            entry[1].setdefault(obs.phase, []).append(obs.value)
    levels: dict[CellKey, list[Contribution]] = defaultdict(list)
    changes: dict[CellKey, list[Contribution]] = defaultdict(list)
    for obs, by_phase in phases.values():
        keys = _keys(obs, by_technology)
        current = by_phase.get("after", []) + by_phase.get("value", [])
        if current:
            level = Contribution(obs.organisation, math.fsum(current) / len(current))
            for key in keys:
                levels[key].append(level)
        before, after = by_phase.get("before"), by_phase.get("after")
        if before and after:
            change = Contribution(obs.organisation, metric.better(math.fsum(before) / len(before),
                                                                  math.fsum(after) / len(after)))
            for key in keys:
                changes[key].append(change)
    return levels, changes


def _keys(obs: Observation, by_technology: bool = True) -> list[CellKey]:
    segments = [ALL] if obs.segment is None else [obs.segment, ALL]
    technologies = [ALL, *obs.technologies] if by_technology else [ALL]
    return [(s, t) for s in segments for t in technologies]


@dataclass(frozen=True)
class _Noise:
    settings: Perturbation | None
    label: str

    def apply(self, combined: dict[str, float], stats: AggregateCell) -> AggregateCell:
        """Move each published quantile by consistent noise scaled to the cell's interquartile range."""
        if self.settings is None:
            return stats
        data = sorted(combined.values())
        spread = _inclusive(data, 0.75) - _inclusive(data, 0.25)
        key = cell_key(self.settings.secret, combined)
        moved = sorted(perturb(v, spread, self.settings.fraction, key, f"{self.label}:{name}")
                       for name, v in (("q1", stats.q1), ("median", stats.median), ("q3", stats.q3)) if v is not None)
        if stats.q1 is None:
            return replace(stats, median=moved[0], mean=None)
        return replace(stats, q1=moved[0], median=moved[1], q3=moved[2], mean=None)


def _inclusive(data: list[float], q: float) -> float:
    """The textbook (inclusive) quantile of sorted data, for scaling the noise only."""
    position = q * (len(data) - 1)
    low = int(position)
    high = min(low + 1, len(data) - 1)
    return data[low] + (data[high] - data[low]) * (position - low)


def _protected(groups: dict[CellKey, list[Contribution]], rules: DisclosureRules,
               noise: _Noise) -> dict[CellKey, NumericCell]:
    """Primary rules per cell, then secondary suppression of each row of segments and its total."""
    combined = {key: combine_by_organisation(values, rules) for key, values in groups.items()}
    out: dict[CellKey, NumericCell] = {}
    for technology in sorted({t for _, t in groups}):
        row = [RowCell(s, assess_combined(c, rules), math.fsum(c.values()))
               for (s, t), c in combined.items() if t == technology and s != ALL]
        total = assess_combined(combined.get((ALL, technology), {}), rules)
        decisions = secondary_suppression(row, total_published=not total.suppressed)
        decisions[TOTAL] = decisions.get(TOTAL, total)
        for segment, decision in decisions.items():
            key = (ALL if segment == TOTAL else segment, technology)
            cell = combined.get(key, {})
            stats = None if decision.suppressed else noise.apply(cell, aggregate_combined(cell, rules))
            out[key] = NumericCell(decision, stats)
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
    by_metric: dict[str, list[Observation]] = defaultdict(list)
    for obs in observations:
        by_metric[obs.metric].append(obs)
    return {m.code: build_table(m, by_metric.get(m.code, []), rules, noise) for m in metrics}
