"""The dict-based table computation the vectorised ``build_table`` replaced, kept as a simple,
obviously-correct reference: one level and one change per contribution, filed under every cell
it belongs to, combined per organisation by ``anonymiser.disclosure`` and protected row by row."""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from anonymiser.cellkey import cell_key, perturb
from anonymiser.disclosure import (
    AggregateCell,
    Contribution,
    DisclosureRules,
    RowCell,
    aggregate_combined,
    assess_combined,
    combine_by_organisation,
    secondary_suppression,
)
from exchange.benchmarks.aggregates import ALL, TOTAL, CellKey, MetricTable, NumericCell, Observation, _present
from exchange.benchmarks.catalogue import Metric
from exchange.benchmarks.settings import Perturbation


def reference_table(metric: Metric, observations: Iterable[Observation], rules: DisclosureRules,
                    noise: Perturbation | None = None, *, by_technology: bool = True) -> MetricTable:
    levels, changes = _group(metric, observations, by_technology)
    level_cells = _protected(levels, rules, noise, f"{metric.code}:level")
    change_cells = _protected(changes, rules, noise, f"{metric.code}:change")
    cells = {key: _present(metric, key, level, change_cells.get(key)) for key, level in level_cells.items()}
    return MetricTable(metric, cells, level_cells)


def _group(metric: Metric, observations: Iterable[Observation], by_technology: bool) -> tuple[
        dict[CellKey, list[Contribution]], dict[CellKey, list[Contribution]]]:
    phases: dict[int, tuple[Observation, dict[str, list[float]]]] = {}
    for obs in observations:
        if obs.metric == metric.code:
            entry = phases.setdefault(obs.contribution_id, (obs, {}))
            entry[1].setdefault(obs.phase, []).append(obs.value)
    levels: dict[CellKey, list[Contribution]] = defaultdict(list)
    changes: dict[CellKey, list[Contribution]] = defaultdict(list)
    for obs, by_phase in phases.values():
        segments = [ALL] if obs.segment is None else [obs.segment, ALL]
        technologies = [ALL, *obs.technologies] if by_technology else [ALL]
        keys = [(s, t) for s in segments for t in technologies]
        current = by_phase.get("after", []) + by_phase.get("value", [])
        if current:
            for key in keys:
                levels[key].append(Contribution(obs.organisation, math.fsum(current) / len(current)))
        before, after = by_phase.get("before"), by_phase.get("after")
        if before and after:
            change = metric.better(math.fsum(before) / len(before), math.fsum(after) / len(after))
            for key in keys:
                changes[key].append(Contribution(obs.organisation, change))
    return levels, changes


def _noisy(settings: Perturbation | None, label: str, combined: dict[str, float],
           stats: AggregateCell) -> AggregateCell:
    if settings is None:
        return stats
    data = sorted(combined.values())

    def inclusive(q: float) -> float:
        position = q * (len(data) - 1)
        low, high = int(position), min(int(position) + 1, len(data) - 1)
        return data[low] + (data[high] - data[low]) * (position - low)

    spread, key = inclusive(0.75) - inclusive(0.25), cell_key(settings.secret, combined)
    moved = sorted(perturb(v, spread, settings.fraction, key, f"{label}:{name}")
                   for name, v in (("q1", stats.q1), ("median", stats.median), ("q3", stats.q3)) if v is not None)
    if stats.q1 is None:
        return AggregateCell(stats.n_organisations, False, median=moved[0])
    return AggregateCell(stats.n_organisations, False, q1=moved[0], median=moved[1], q3=moved[2])


def _protected(groups: dict[CellKey, list[Contribution]], rules: DisclosureRules, noise: Perturbation | None,
               label: str) -> dict[CellKey, NumericCell]:
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
            stats = None if decision.suppressed else _noisy(noise, label, cell, aggregate_combined(cell, rules))
            out[key] = NumericCell(decision, stats)
    return out
