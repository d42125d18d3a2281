"""Disclosure-controlled benchmark tables, computed from observations (pure: no database).

For one metric and one peer slice, the canonical table holds a cell for every segment ×
technology pair and their totals (``ALL``). Every view is a projection of that one table, so a
cell is withheld in every view that shows it (consistent suppression across overlapping
slices). Rows of segments are protected against their total by secondary suppression.
"""
from __future__ import annotations

import statistics
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
    aggregate_cell,
    cells_from_mapping,
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
                noise: Perturbation | None = None) -> MetricTable:
    levels, changes = _group(metric, observations)
    level_cells = _protected(levels, rules, _Noise(noise, f"{metric.code}:level"))
    change_cells = _protected(changes, rules, _Noise(noise, f"{metric.code}:change"))
    cells: dict[CellKey, BenchmarkCell] = {}
    for key, level in level_cells.items():
        cells[key] = _present(metric, key, level, change_cells.get(key))
    return MetricTable(metric, cells, level_cells)


def _group(metric: Metric, observations: Iterable[Observation]) -> tuple[
        dict[CellKey, list[Contribution]], dict[CellKey, list[Contribution]]]:
    levels: dict[CellKey, list[Contribution]] = defaultdict(list)
    pairs: dict[int, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    meta: dict[int, Observation] = {}
    for obs in observations:
        if obs.metric != metric.code:
            continue
        if obs.phase in ("before", "after"):
            pairs[obs.contribution_id][obs.phase].append(obs.value)
        if obs.phase != "before":
            item = Contribution(obs.organisation, obs.value)
            for key in _keys(obs):
                levels[key].append(item)
        meta[obs.contribution_id] = obs
    changes: dict[CellKey, list[Contribution]] = defaultdict(list)
    for contribution_id, phases in pairs.items():
        if phases.get("before") and phases.get("after"):
            obs = meta[contribution_id]
            before = sum(phases["before"]) / len(phases["before"])
            after = sum(phases["after"]) / len(phases["after"])
            item = Contribution(obs.organisation, metric.better(before, after))
            for key in _keys(obs):
                changes[key].append(item)
    return levels, changes


def _keys(obs: Observation) -> list[CellKey]:
    segments = [ALL] if obs.segment is None else [obs.segment, ALL]
    technologies = [ALL, *obs.technologies]
    return [(s, t) for s in segments for t in technologies]


@dataclass(frozen=True)
class _Noise:
    settings: Perturbation | None
    label: str

    def apply(self, values: list[Contribution], stats: AggregateCell, rules: DisclosureRules) -> AggregateCell:
        """Move each published quantile by consistent noise scaled to the cell's interquartile range."""
        if self.settings is None:
            return stats
        combined = combine_by_organisation(values, rules)
        data = sorted(combined.values())
        q1, _, q3 = statistics.quantiles(data, n=4, method="inclusive") if len(data) > 1 else (data[0], 0, data[0])
        key = cell_key(self.settings.secret, combined)
        moved = sorted(perturb(v, q3 - q1, self.settings.fraction, key, f"{self.label}:{name}")
                       for name, v in (("q1", stats.q1), ("median", stats.median), ("q3", stats.q3)) if v is not None)
        if stats.q1 is None:
            return replace(stats, median=moved[0], mean=None)
        return replace(stats, q1=moved[0], median=moved[1], q3=moved[2], mean=None)


def _protected(groups: dict[CellKey, list[Contribution]], rules: DisclosureRules,
               noise: _Noise) -> dict[CellKey, NumericCell]:
    """Primary rules per cell, then secondary suppression of each row of segments and its total."""
    out: dict[CellKey, NumericCell] = {}
    for technology in sorted({t for _, t in groups}):
        row = {s: values for (s, t), values in groups.items() if t == technology and s != ALL}
        total_values = groups.get((ALL, technology), [])
        total = cells_from_mapping({TOTAL: total_values}, rules)[0].decision
        decisions = secondary_suppression(cells_from_mapping(row, rules), total_published=not total.suppressed)
        decisions[TOTAL] = decisions.get(TOTAL, total)
        for segment, decision in decisions.items():
            values = total_values if segment == TOTAL else row[segment]
            stats = None if decision.suppressed else noise.apply(values, aggregate_cell(values, rules), rules)
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
    by_metric: dict[str, list[Observation]] = defaultdict(list)
    for obs in observations:
        by_metric[obs.metric].append(obs)
    return {m.code: build_table(m, by_metric.get(m.code, []), rules, noise) for m in metrics}
