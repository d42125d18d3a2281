"""A published case's own before/after figures, for its reading page.

The case is anonymised and its story usually states these numbers; money is shown only as a band.
Bars are scaled per metric (before and after against the larger of the two), so the chart reads
as "how far it moved", with the figures printed beside it.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.benchmarks.catalogue import METRICS, Metric
from exchange.domain.access import is_public
from exchange.domain.actor import Actor
from exchange.domain.errors import NotFound
from exchange.models import Contribution, KpiValue


@dataclass(frozen=True)
class CaseFigure:
    label: str
    unit: str
    before: str | None
    after: str | None
    value: str | None
    before_share: float | None  # 0–1 of the longer bar, for the chart
    after_share: float | None
    improved: bool | None


def case_figures(session: Session, actor: Actor, contribution_id: int) -> list[CaseFigure]:
    contribution = session.get(Contribution, contribution_id)
    if contribution is None or actor.role is None or not is_public(contribution):
        raise NotFound("No such case study in the library.")
    values: dict[str, dict[str, float]] = {}
    for row in session.scalars(select(KpiValue).where(KpiValue.contribution_id == contribution.id)):
        values.setdefault(row.metric, {})[row.phase] = row.value
    return [_figure(METRICS[code], values[code]) for code in METRICS if code in values]


def _figure(metric: Metric, phases: dict[str, float]) -> CaseFigure:
    before, after, value = phases.get("before"), phases.get("after"), phases.get("value")
    scale = max(abs(before or 0), abs(after or 0)) or 1.0
    pair = before is not None and after is not None and not metric.banded
    return CaseFigure(
        label=metric.label, unit=metric.unit,
        before=_shown(metric, before), after=_shown(metric, after), value=_shown(metric, value),
        before_share=abs(before) / scale if pair and before is not None else None,
        after_share=abs(after) / scale if pair and after is not None else None,
        improved=metric.better(before, after) > 0 if pair and before is not None and after is not None
        and metric.direction != "neutral" else None,
    )


def _shown(metric: Metric, number: float | None) -> str | None:
    if number is None:
        return None
    if metric.banded:
        return metric.band_of(number)
    return f"{number:,.{metric.decimals}f}".rstrip("0").rstrip(".") if metric.decimals else f"{number:,.0f}"
