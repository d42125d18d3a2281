"""Statistical disclosure control for published aggregates (pure functions, no I/O).

Rules follow national statistics practice (ESSnet Handbook on SDC; ONS):

* contributions of one organisation (enterprise group) are combined before any rule;
* the threshold rule: a cell needs at least ``min_organisations`` distinct organisations,
  quartiles need ``quantile_min_organisations``;
* the p% rule: after combining, the second-largest contributor, who knows its own value and the
  cell total, must not be able to estimate the largest contribution to within ``p_percent`` %;
* never a minimum or a maximum (each is one organisation's value);
* secondary suppression so that a suppressed cell cannot be recovered from a published total.

The public ``reason`` of a suppressed cell never names the rule that fired; ``rule`` carries
it for the audit log only.
"""
from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from anonymiser.errors import InvalidInput

WITHHELD = "Withheld to protect the organisations that contributed."
RULE_THRESHOLD = "threshold"
RULE_DOMINANCE = "p_percent"
RULE_SECONDARY = "secondary"


@dataclass(frozen=True)
class DisclosureRules:
    """Configurable parameters; keep them in configuration, never on a page."""

    min_organisations: int = 5
    quantile_min_organisations: int = 10
    p_percent: float = 10.0
    combine: Literal["mean", "sum"] = "mean"
    # 1: textbook quantiles. k > 1: each published quantile is the mean of the k order statistics
    # nearest to it, so that no published figure is ever one organisation's own value.
    quantile_window: int = 1

    def __post_init__(self) -> None:
        if self.min_organisations < 1:
            raise InvalidInput("min_organisations must be at least 1")
        if self.quantile_min_organisations < self.min_organisations:
            raise InvalidInput("quantile_min_organisations must be at least min_organisations")
        if not 0.0 <= self.p_percent < 100.0 or math.isnan(self.p_percent):
            raise InvalidInput("p_percent must be in [0, 100)")
        if self.combine not in ("mean", "sum"):
            raise InvalidInput("combine must be 'mean' or 'sum'")
        if not 1 <= self.quantile_window <= self.min_organisations:
            raise InvalidInput("quantile_window must be between 1 and min_organisations")


@dataclass(frozen=True)
class Contribution:
    """One value and the organisation (enterprise group) it belongs to."""

    organisation: str
    value: float


@dataclass(frozen=True)
class CellDecision:
    n_organisations: int
    suppressed: bool
    reason: str = ""
    rule: str = ""


@dataclass(frozen=True)
class AggregateCell:
    """A benchmark cell. Statistics are ``None`` when withheld; there is no min or max, by design."""

    n_organisations: int
    suppressed: bool
    reason: str = ""
    rule: str = ""
    median: float | None = None
    q1: float | None = None
    q3: float | None = None
    mean: float | None = None


@dataclass(frozen=True)
class RowCell:
    """A cell of a table row for secondary suppression: its decision and its published magnitude."""

    key: str
    decision: CellDecision
    magnitude: float


def combine_by_organisation(values: Iterable[Contribution], rules: DisclosureRules) -> dict[str, float]:
    """One value per organisation: the mean (intensive KPIs) or the sum (extensive ones) of its values."""
    grouped: dict[str, list[float]] = {}
    for item in values:
        found = grouped.get(item.organisation)
        if found is None:
            if not isinstance(item.organisation, str) or not item.organisation.strip():
                raise InvalidInput("every contribution needs an organisation")
            grouped[item.organisation] = found = []
        found.append(float(item.value))
    combined: dict[str, float] = {}
    for org, vals in grouped.items():
        total = math.fsum(vals)  # NaN or ±inf in any value makes the sum non-finite
        if not math.isfinite(total):
            raise InvalidInput("contribution values must be finite numbers")
        combined[org] = total if rules.combine == "sum" else total / len(vals)
    return combined


def p_percent_holds(combined: Sequence[float], p_percent: float) -> bool:
    """True when the second-largest contributor cannot estimate the largest within ``p_percent`` %.

    With magnitudes (absolute values) sorted x1 >= x2 >= ..., the cell is sensitive when
    ``sum(x3..xn) < p/100 * x1``: the remainder is the second contributor's estimation error.
    """
    magnitudes = sorted((abs(v) for v in combined), reverse=True)
    if not magnitudes or magnitudes[0] == 0.0:
        return True
    remainder = math.fsum(magnitudes[2:])
    return remainder >= p_percent / 100.0 * magnitudes[0]


def assess_cell(values: Iterable[Contribution], rules: DisclosureRules) -> CellDecision:
    """Decide whether a total or mean may be published: threshold rule, then the p% rule."""
    return assess_combined(combine_by_organisation(values, rules), rules)


def assess_combined(combined: Mapping[str, float], rules: DisclosureRules) -> CellDecision:
    """``assess_cell`` for values already combined by ``combine_by_organisation`` (one per organisation)."""
    n = len(combined)
    if n < rules.min_organisations:
        return CellDecision(n, True, WITHHELD, RULE_THRESHOLD)
    if not p_percent_holds(list(combined.values()), rules.p_percent):
        return CellDecision(n, True, WITHHELD, RULE_DOMINANCE)
    return CellDecision(n, False)


def aggregate_cell(values: Iterable[Contribution], rules: DisclosureRules) -> AggregateCell:
    """Median (and quartiles from ``quantile_min_organisations``); the mean only when p% holds."""
    return aggregate_combined(combine_by_organisation(values, rules), rules)


def aggregate_combined(combined: Mapping[str, float], rules: DisclosureRules) -> AggregateCell:
    """``aggregate_cell`` for values already combined by ``combine_by_organisation``."""
    n = len(combined)
    if n < rules.min_organisations:
        return AggregateCell(n, True, WITHHELD, RULE_THRESHOLD)
    data = sorted(combined.values())
    q1 = q3 = None
    if n >= rules.quantile_min_organisations:
        q1, q3 = quantile(data, 0.25, rules), quantile(data, 0.75, rules)
    mean = math.fsum(data) / n if p_percent_holds(data, rules.p_percent) else None
    return AggregateCell(n, False, median=quantile(data, 0.5, rules), q1=q1, q3=q3, mean=mean)


def quantile(data: Sequence[float], q: float, rules: DisclosureRules) -> float:
    """The ``q`` quantile of sorted ``data``: textbook (inclusive) for window 1, else grouped."""
    if rules.quantile_window == 1:
        if q == 0.5:
            return statistics.median(data)
        return statistics.quantiles(data, n=4, method="inclusive")[0 if q < 0.5 else 2]
    return grouped_quantile(data, q, rules.quantile_window)


def grouped_quantile(data: Sequence[float], q: float, window: int) -> float:
    """The mean of the ``window`` sorted values nearest to the ``q`` quantile's position.

    ``data`` must be sorted and hold at least ``window`` values. The window is centred on the
    inclusive-method position ``q * (n - 1)`` and shifted inwards at the ends.
    """
    n = len(data)
    if not 1 <= window <= n or not 0.0 <= q <= 1.0:
        raise InvalidInput("grouped_quantile needs 1 <= window <= len(data) and 0 <= q <= 1")
    start = math.floor(q * (n - 1) - (window - 1) / 2 + 0.5)
    start = min(max(start, 0), n - window)
    return math.fsum(data[start:start + window]) / window


def secondary_suppression(cells: Sequence[RowCell], *, total_published: bool = True) -> dict[str, CellDecision]:
    """Protect primary suppressions in one row whose cells add up to a published total.

    Rule: a suppressed cell counts as protected only together with another suppressed cell that
    has at least one organisation (an empty cell is known to be zero, so it hides nothing). When
    the total is published and exactly one such cell is suppressed, it could be recovered as
    total minus the visible cells, so the visible cell with the smallest magnitude (ties: fewest
    organisations, then key) is suppressed as well. Empty cells are never chosen as the
    complement. When no visible non-empty cell is left, every visible cell of the row is
    suppressed and the caller must withhold the total (key ``"__total__"`` is returned suppressed).
    Returns the decision for every key, with secondary suppressions marked ``rule="secondary"``.
    """
    keys = [c.key for c in cells]
    if len(set(keys)) != len(keys):
        raise InvalidInput("row cells must have distinct keys")
    decisions = {c.key: c.decision for c in cells}
    if not total_published:
        return decisions
    hiding = [c for c in cells if c.decision.suppressed and c.decision.n_organisations > 0]
    if len(hiding) != 1:
        return decisions
    candidates = [c for c in cells if not c.decision.suppressed and c.decision.n_organisations > 0]
    if not candidates:
        for c in cells:
            if not c.decision.suppressed:
                decisions[c.key] = _secondary(c.decision)
        decisions["__total__"] = CellDecision(hiding[0].decision.n_organisations, True, WITHHELD, RULE_SECONDARY)
        return decisions
    chosen = min(candidates, key=lambda c: (abs(c.magnitude), c.decision.n_organisations, c.key))
    decisions[chosen.key] = _secondary(chosen.decision)
    return decisions


def _secondary(decision: CellDecision) -> CellDecision:
    return replace(decision, suppressed=True, reason=WITHHELD, rule=RULE_SECONDARY)


def cells_from_mapping(row: Mapping[str, Iterable[Contribution]], rules: DisclosureRules) -> list[RowCell]:
    """Assess every cell of a row and pair it with its total, ready for ``secondary_suppression``."""
    out: list[RowCell] = []
    for key, values in row.items():
        items = list(values)
        combined = combine_by_organisation(items, rules)
        out.append(RowCell(key, assess_cell(items, rules), math.fsum(combined.values())))
    return out
