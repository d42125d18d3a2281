"""Recording the KPI values of a contribution (the contributor's own draft, or the seed loader)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from exchange.benchmarks.catalogue import METRICS, check_value, get_metric
from exchange.benchmarks.oee import OeeInputs, compute_oee
from exchange.domain import audit
from exchange.domain.access import is_owner
from exchange.domain.actor import Actor
from exchange.domain.contributions import get_contribution
from exchange.domain.errors import IllegalTransition, PermissionDenied, ValidationFailed
from exchange.domain.lifecycle import State
from exchange.domain.roles import Role
from exchange.domain.vocabulary import SITE_TYPES
from exchange.models import Contribution, KpiValue

MAX_ENTRIES = 100


@dataclass(frozen=True)
class KpiEntry:
    """A figure as entered: a final value (self-reported) or, for OEE, the raw inputs."""

    metric: str
    phase: str
    value: float | None = None
    oee_inputs: OeeInputs | None = None
    period_end: date | None = None


@dataclass(frozen=True)
class KpiFigure:
    metric: str
    phase: str
    value: float
    self_reported: bool
    period_end: date


def set_kpis(session: Session, actor: Actor, contribution_id: int, entries: Sequence[KpiEntry],
             *, site_type: str | None = None, today: date | None = None) -> list[KpiFigure]:
    """Replace the KPI values of the actor's own, never-published draft, and the type of site
    they describe (``None``: not given)."""
    contribution = get_contribution(session, actor, contribution_id)
    if not is_owner(actor, contribution) or actor.role is not Role.CONTRIBUTOR:
        raise PermissionDenied("Only a contributor of the contributing organisation can set its KPIs.")
    if contribution.state != State.DRAFT or contribution.published_revision_id is not None:
        raise IllegalTransition("KPIs can be set only on a draft that has not been published.")
    if site_type is not None and site_type not in SITE_TYPES:
        raise ValidationFailed("Choose a site type from the list.", {"site_type": "Choose a site type from the list."})
    figures = record_values(session, contribution, entries, today=today or datetime.now(UTC).date())
    contribution.site_type = site_type
    audit.record(session, actor, "kpis.set", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id,
                 detail={"count": len(figures), "metrics": sorted({f.metric for f in figures}), "site_type": site_type})
    return figures


def record_values(session: Session, contribution: Contribution, entries: Sequence[KpiEntry],
                  *, today: date) -> list[KpiFigure]:
    """Validate every entry (all errors at once), then replace the contribution's values."""
    figures = _validated(entries, today)
    session.execute(delete(KpiValue).where(KpiValue.contribution_id == contribution.id))
    for f in figures:
        session.add(KpiValue(contribution_id=contribution.id, organisation_id=contribution.organisation_id,
                             metric=f.metric, phase=f.phase, value=f.value, self_reported=f.self_reported,
                             period_end=f.period_end))
    session.flush()
    return figures


def _validated(entries: Sequence[KpiEntry], today: date) -> list[KpiFigure]:
    if len(entries) > MAX_ENTRIES:
        raise ValidationFailed(f"At most {MAX_ENTRIES} KPI values per contribution.")
    errors: dict[str, str] = {}
    figures: list[KpiFigure] = []
    seen: set[tuple[str, str]] = set()
    for entry in entries:
        field = f"{entry.metric}-{entry.phase}"
        try:
            figures.append(figure_of(entry, today))
        except ValidationFailed as exc:
            errors.update(exc.errors or {field: str(exc)})
            continue
        if (entry.metric, entry.phase) in seen and entry.phase != "value":
            errors[field] = "Given twice."
        seen.add((entry.metric, entry.phase))
    if errors:
        raise ValidationFailed("Some KPI values were refused: " + " ".join(sorted(set(errors.values()))), errors)
    return figures


def figure_of(entry: KpiEntry, today: date) -> KpiFigure:
    """The figure to store, or ValidationFailed keyed by the ``metric-phase`` field."""
    field = f"{entry.metric}-{entry.phase}"
    if entry.metric not in METRICS:
        raise ValidationFailed(f"Unknown metric '{entry.metric}'.", {field: "Not a metric of the catalogue."})
    metric = get_metric(entry.metric)
    if not metric.enterable:
        raise ValidationFailed(f"{metric.label} comes from the contribution itself.", {field: "Set on the contribution."})
    period = entry.period_end or today
    if period > today:
        raise ValidationFailed("A KPI period cannot end in the future.", {field: "The period cannot end in the future."})
    if entry.oee_inputs is not None:
        if metric.code != "oee_pct":
            raise ValidationFailed("Raw inputs are for OEE only.", {field: "Raw inputs are for OEE only."})
        value = check_value(metric, entry.phase, compute_oee(entry.oee_inputs, field), field)
        return KpiFigure(metric.code, entry.phase, value, False, period)
    if entry.value is None:
        raise ValidationFailed(f"{metric.label}: enter a number.", {field: "Enter a number."})
    return KpiFigure(metric.code, entry.phase, check_value(metric, entry.phase, entry.value, field), True, period)


def site_type_of(session: Session, actor: Actor, contribution_id: int) -> str | None:
    """The type of site a contribution's figures describe, for its organisation only."""
    contribution = get_contribution(session, actor, contribution_id)
    if not is_owner(actor, contribution):
        raise PermissionDenied("Only the contributing organisation can see its KPI values.")
    return contribution.site_type


def kpis_of(session: Session, actor: Actor, contribution_id: int) -> list[KpiFigure]:
    """A contribution's own figures, for its organisation only (they are never shown to others)."""
    contribution = get_contribution(session, actor, contribution_id)
    if not is_owner(actor, contribution):
        raise PermissionDenied("Only the contributing organisation can see its KPI values.")
    rows = session.scalars(select(KpiValue).where(KpiValue.contribution_id == contribution.id).order_by(KpiValue.id))
    order = list(METRICS)
    figures = [KpiFigure(r.metric, r.phase, r.value, r.self_reported, r.period_end) for r in rows]
    return sorted(figures, key=lambda f: (order.index(f.metric) if f.metric in order else 99, f.phase))
