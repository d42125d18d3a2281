"""Use cases of a dataset's KPI mapping: the step on a draft (which measure column gives which
catalogue metric, dated by which column, per month or quarter) and, in the pipeline, the
per-period values it gives, recorded as KPI values of the contribution (computed centrally)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete
from sqlalchemy.orm import Session

from anonymiser.tabular import Table
from exchange.benchmarks.catalogue import Metric
from exchange.datasets.kpi_columns import (
    GRANULARITIES,
    KpiMapping,
    date_columns,
    mappable_metrics,
    period_values,
    suggest_metric,
    validate_mapping,
)
from exchange.datasets.records import KIND, dataset_of
from exchange.datasets.upload import file_bytes, read_table
from exchange.domain import audit
from exchange.domain.access import is_owner, require_raw_access
from exchange.domain.actor import Actor
from exchange.domain.contributions import get_contribution, read_raw_payload
from exchange.domain.errors import IllegalTransition, NotFound, PermissionDenied, ValidationFailed
from exchange.domain.lifecycle import State
from exchange.domain.roles import Role
from exchange.domain.vault import Vault
from exchange.models import Contribution, DatasetRevision, KpiValue, Revision


@dataclass(frozen=True)
class MeasureColumn:
    name: str
    chosen: str  # metric code, or "" for none


@dataclass(frozen=True)
class KpiStep:
    contribution_id: int
    state: str
    editable: bool
    roles_chosen: bool
    columns: tuple[MeasureColumn, ...]  # the measure columns only
    date_columns: tuple[str, ...]
    period_column: str | None
    granularity: str
    metrics: tuple[Metric, ...]
    granularities: tuple[str, ...] = GRANULARITIES


def kpi_step(session: Session, vault: Vault, actor: Actor, contribution_id: int) -> KpiStep:
    """The measure columns with their chosen (else suggested) metric and the date columns; no raw
    value is shown, but the raw table is read, so only the contributing organisation may ask."""
    contribution = _dataset(session, actor, contribution_id)
    require_raw_access(actor, contribution)
    revision, settings = _parts(session, contribution)
    table = _raw_table(session, vault, contribution, revision)
    roles = settings.roles or {}
    mapping = KpiMapping.from_json(settings.kpi_mapping)

    def chosen(name: str) -> str:  # a saved mapping as saved; before one, the names' suggestions
        return mapping.metrics.get(name, "") if settings.kpi_mapping else suggest_metric(name) or ""

    measures = tuple(MeasureColumn(name, chosen(name)) for name in table.header if roles.get(name) == "measure")
    dates = date_columns(table)
    period = mapping.period_column or (dates[0] if dates else None)
    editable = contribution.state == State.DRAFT and actor.role is Role.CONTRIBUTOR
    return KpiStep(contribution.id, contribution.state, editable, bool(roles), measures, dates, period,
                   mapping.granularity, mappable_metrics())


def choose_kpis(session: Session, vault: Vault, actor: Actor, contribution_id: int,
                mapping: KpiMapping) -> DatasetRevision:
    """Store the mapping with the draft revision, after checking it against the raw table (every
    numeric cell of a mapped column within its metric's range). An empty mapping clears it."""
    contribution = _dataset(session, actor, contribution_id)
    if not is_owner(actor, contribution) or actor.role is not Role.CONTRIBUTOR:
        raise PermissionDenied("Only a contributor of the contributing organisation can map KPI columns.")
    if contribution.state != State.DRAFT:
        raise IllegalTransition("KPI columns can be mapped only on a draft: return it to draft first.")
    revision, settings = _parts(session, contribution)
    if not settings.roles:
        raise ValidationFailed("Choose the column roles first.", {"roles": "Complete the column-role step first."})
    metrics = {column: code for column, code in mapping.metrics.items() if code}
    mapping = KpiMapping(metrics, mapping.period_column, mapping.granularity)
    if metrics:
        validate_mapping(_raw_table(session, vault, contribution, revision), settings.roles, mapping)
    settings.kpi_mapping = mapping.as_json()
    session.flush()
    audit.record(session, actor, "dataset.kpis", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id,
                 detail={"metrics": sorted(metrics.values()), "granularity": mapping.granularity})
    return settings


def record_dataset_kpis(session: Session, contribution: Contribution, settings: DatasetRevision, raw: Table,
                        *, today: date) -> int:
    """In the pipeline: replace the contribution's KPI values by the per-period means of the raw
    table under its mapping (ValidationFailed if a cell is out of range); return how many."""
    mapping = KpiMapping.from_json(settings.kpi_mapping)
    values = period_values(raw, settings.roles or {}, mapping, today=today)
    session.execute(delete(KpiValue).where(KpiValue.contribution_id == contribution.id))
    session.add_all(KpiValue(contribution_id=contribution.id, organisation_id=contribution.organisation_id,
                             metric=v.metric, phase="value", value=v.value, self_reported=False,
                             period_end=v.period_end) for v in values)
    session.flush()
    return len(values)


def _dataset(session: Session, actor: Actor, contribution_id: int) -> Contribution:
    contribution = get_contribution(session, actor, contribution_id)
    if contribution.kind != KIND:
        raise NotFound("No such dataset.")
    return contribution


def _parts(session: Session, contribution: Contribution) -> tuple[Revision, DatasetRevision]:
    revision = session.get(Revision, contribution.current_revision_id)
    assert revision is not None
    return revision, dataset_of(session, contribution, revision.id)


def _raw_table(session: Session, vault: Vault, contribution: Contribution, revision: Revision) -> Table:
    return read_table(file_bytes(read_raw_payload(session, vault, contribution, revision)))
