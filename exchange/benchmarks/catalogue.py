"""The metric catalogue, as data: one definition per KPI, its unit, direction and valid range."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from exchange.domain.errors import ValidationFailed

Direction = Literal["higher", "lower", "neutral"]
Phase = Literal["before", "after", "value"]
PHASES: tuple[Phase, ...] = ("before", "after", "value")
CHANGE: tuple[Phase, ...] = ("before", "after", "value")
SINGLE: tuple[Phase, ...] = ("value",)

# Money is only ever shown as one of these bands (lower bound inclusive, upper bound exclusive).
MONEY_BANDS: tuple[tuple[float, str], ...] = (
    (0.0, "under £100k"),
    (100_000.0, "£100k–£500k"),
    (500_000.0, "£500k–£1m"),
    (1_000_000.0, "£1m–£5m"),
    (5_000_000.0, "£5m–£20m"),
    (20_000_000.0, "£20m or more"),
)
BATCH_COST_BANDS: tuple[tuple[float, str], ...] = (
    (0.0, "under £10k"),
    (10_000.0, "£10k–£50k"),
    (50_000.0, "£50k–£250k"),
    (250_000.0, "£250k–£1m"),
    (1_000_000.0, "£1m or more"),
)


@dataclass(frozen=True)
class Metric:
    code: str
    label: str
    unit: str
    direction: Direction
    minimum: float
    maximum: float
    description: str
    phases: tuple[Phase, ...] = CHANGE
    decimals: int = 1
    bands: tuple[tuple[float, str], ...] = ()
    enterable: bool = True

    @property
    def banded(self) -> bool:
        return bool(self.bands)

    def band_of(self, value: float) -> str:
        label = self.bands[0][1]
        for lower, name in self.bands:
            if value >= lower:
                label = name
        return label

    def better(self, before: float, after: float) -> float:
        """The change from ``before`` to ``after``, positive when it is an improvement."""
        return before - after if self.direction == "lower" else after - before


def _m(code: str, label: str, unit: str, direction: Direction, lo: float, hi: float, text: str,
       **kw: object) -> Metric:
    return Metric(code, label, unit, direction, lo, hi, text, **kw)  # type: ignore[arg-type]


METRICS: dict[str, Metric] = {m.code: m for m in (
    _m("oee_pct", "Overall equipment effectiveness", "%", "higher", 0, 100,
       "Availability × performance × quality over planned production time. Computed centrally from "
       "planned time, run time, ideal rate, good and total units when they are given."),
    _m("rft_pct", "Right first time (batches)", "%", "higher", 0, 100,
       "Share of batches released with no deviation or rework."),
    _m("batch_cycle_time_h", "Batch cycle time", "h", "lower", 0, 8760,
       "Hours from the start of a batch to its end."),
    _m("changeover_time_h", "Changeover time", "h", "lower", 0, 720, "Hours per product changeover."),
    _m("deviations_per_100_batches", "Deviations per 100 batches", "per 100 batches", "lower", 0, 10_000,
       "Deviations raised per 100 batches manufactured."),
    _m("yield_pct", "Yield", "%", "higher", 0, 100, "Output as a share of the theoretical yield."),
    _m("lead_time_days", "Manufacturing lead time", "days", "lower", 0, 730,
       "Days from dispensing to release."),
    _m("batch_record_review_days", "Batch record review time", "days", "lower", 0, 365,
       "Days from the end of a batch to QA disposition."),
    _m("cost_per_batch_band", "Cost per batch", "£", "lower", 0, 1e9,
       "Cost of goods per batch; stored as given, only ever shown as a band.", bands=BATCH_COST_BANDS,
       decimals=0),
    _m("capital_invested_gbp", "Capital invested", "£", "neutral", 0, 1e10,
       "Capital invested in the deployment; stored as given, only ever shown as a band.",
       phases=SINGLE, bands=MONEY_BANDS, decimals=0),
    _m("payback_months", "Payback period", "months", "lower", 0, 240,
       "Months until the deployment paid for itself.", phases=SINGLE),
    _m("roi_pct", "Return on investment", "%", "higher", -100, 10_000,
       "Net return over the investment, in per cent (−100 % is a total loss).", phases=SINGLE),
    _m("ftes_redeployed", "FTEs redeployed", "FTE", "higher", 0, 10_000,
       "Full-time equivalents moved to other work by the deployment.", phases=SINGLE),
    _m("maturity", "Digital maturity", "level 1–5", "higher", 1, 5,
       "Plant maturity before and after (1 pre-digital … 5 adaptive), from the contribution itself.",
       phases=("before", "after"), decimals=1, enterable=False),
)}


def get_metric(code: str) -> Metric:
    metric = METRICS.get(code)
    if metric is None:
        raise ValidationFailed(f"Unknown metric '{code}'.", {"metric": "Choose a metric from the catalogue."})
    return metric


def check_value(metric: Metric, phase: str, value: float, field: str | None = None) -> float:
    """The value as a float, or ValidationFailed naming the field, the valid range and the unit."""
    field = field or f"{metric.code}-{phase}"
    if phase not in metric.phases:
        raise ValidationFailed(f"{metric.label} takes no '{phase}' value.", {field: "Not used for this metric."})
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationFailed(f"{metric.label}: enter a number.", {field: "Enter a number."}) from None
    if not math.isfinite(number) or not metric.minimum <= number <= metric.maximum:
        message = f"{metric.label} must be between {metric.minimum:g} and {metric.maximum:g} {metric.unit}."
        raise ValidationFailed(message, {field: message})
    return number
