"""Read models of datasets: the published library side (any member), the working redacted side
(owner and curators), and the audited download. Never reads the vault: no raw value leaves here."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exchange.datasets.records import KIND, dataset_of
from exchange.domain import audit
from exchange.domain.access import is_public
from exchange.domain.actor import Actor
from exchange.domain.contributions import get_contribution
from exchange.domain.errors import NotFound
from exchange.domain.lifecycle import State, available_actions
from exchange.models import Contribution, DatasetRevision, Revision

PREVIEW_ROWS = 10


@dataclass(frozen=True)
class DictionaryEntry:
    column: str
    role: str
    action: str
    generalisation: str
    information_loss: float | None


@dataclass(frozen=True)
class DatasetSummary:
    id: int
    title: str
    summary: str
    segment: str | None
    revision: int
    rows: int
    columns: int
    k_achieved: int | None
    published_at: datetime | None


@dataclass(frozen=True)
class DatasetDetail:
    summary: DatasetSummary
    state: str
    k_requested: int
    l_requested: int
    dictionary: tuple[DictionaryEntry, ...]
    report: dict[str, Any]
    header: tuple[str, ...]
    preview: tuple[tuple[str, ...], ...]
    is_owner: bool
    actions: tuple[str, ...]
    failure_reason: str | None


def _published_query() -> Any:
    return select(Contribution).where(Contribution.kind == KIND, Contribution.published_revision_id.is_not(None),
                                      Contribution.state.not_in([State.WITHDRAWN, State.RETIRED]))


def published_datasets(session: Session, actor: Actor, page: int = 1,
                       per_page: int = 20) -> tuple[list[DatasetSummary], int]:
    """Published datasets, newest first, and how many there are in all."""
    _require_reader(actor)
    total = session.scalar(select(func.count()).select_from(_published_query().subquery())) or 0
    rows = session.scalars(_published_query().order_by(Contribution.published_at.desc(), Contribution.id.desc())
                           .limit(per_page).offset((page - 1) * per_page))
    return [_summary(session, c, c.published_revision_id) for c in rows], total


def all_published_datasets(session: Session) -> list[DatasetSummary]:
    """Every published dataset (for the open-data catalogue)."""
    rows = session.scalars(_published_query().order_by(Contribution.id))
    return [_summary(session, c, c.published_revision_id) for c in rows]


def published_dataset(session: Session, actor: Actor, contribution_id: int) -> DatasetDetail:
    """A published dataset for any signed-in user: metadata, data dictionary and report."""
    contribution = _public(session, actor, contribution_id)
    return _detail(session, actor, contribution, contribution.published_revision_id)


def working_dataset(session: Session, actor: Actor, contribution_id: int) -> DatasetDetail:
    """The current revision's redacted side for its owner and curators (the review pages)."""
    contribution = get_contribution(session, actor, contribution_id)
    if contribution.kind != KIND:
        raise NotFound("No such dataset.")
    owner = actor.organisation_id == contribution.organisation_id
    revision_id = contribution.current_revision_id
    if not owner and contribution.state == State.PUBLISHED:
        revision_id = contribution.published_revision_id
    return _detail(session, actor, contribution, revision_id)


def download(session: Session, actor: Actor, contribution_id: int) -> tuple[str, str]:
    """The published, anonymised CSV (file name, text); every download is audited."""
    contribution = _public(session, actor, contribution_id)
    settings = dataset_of(session, contribution, contribution.published_revision_id)
    revision = session.get(Revision, contribution.published_revision_id)
    if settings.anonymised_csv is None or revision is None:
        raise NotFound("This dataset has no published table.")
    audit.record(session, actor, "dataset.download", "contribution", contribution.id,
                 organisation_id=actor.organisation_id, detail={"revision": revision.number})
    return f"exchange-dataset-{contribution.id}-v{revision.number}.csv", settings.anonymised_csv


def _require_reader(actor: Actor) -> None:
    if actor.role is None:
        raise NotFound("Sign in to read the library.")


def _public(session: Session, actor: Actor, contribution_id: int) -> Contribution:
    _require_reader(actor)
    contribution = session.get(Contribution, contribution_id)
    if contribution is None or contribution.kind != KIND or not is_public(contribution):
        raise NotFound("No such dataset in the library.")
    return contribution


def _summary(session: Session, contribution: Contribution, revision_id: int | None) -> DatasetSummary:
    revision = session.get(Revision, revision_id) if revision_id else None
    redacted = (revision.redacted if revision else None) or {}
    settings = session.get(DatasetRevision, revision_id) if revision_id else None
    report = (settings.report if settings else None) or {}
    columns = sum(1 for c in report.get("columns", {}).values() if c.get("action") != "dropped")
    return DatasetSummary(contribution.id, redacted.get("title", ""), redacted.get("summary", ""),
                          contribution.segment, revision.number if revision else 0, int(report.get("rows_out", 0)),
                          columns, report.get("k_achieved"), contribution.published_at)


def _detail(session: Session, actor: Actor, contribution: Contribution, revision_id: int | None) -> DatasetDetail:
    settings = dataset_of(session, contribution, revision_id)
    report = settings.report or {}
    header, preview = _preview(settings.anonymised_csv)
    owner = actor.organisation_id == contribution.organisation_id
    staff = actor.role in ("curator", "admin")
    return DatasetDetail(
        summary=_summary(session, contribution, revision_id), state=contribution.state,
        k_requested=settings.k, l_requested=settings.l, dictionary=dictionary(report, settings.roles or {}),
        report={k: v for k, v in report.items() if k != "columns"}, header=header, preview=preview,
        is_owner=owner, actions=tuple(available_actions(State(contribution.state), actor, contribution.organisation_id)),
        failure_reason=contribution.failure_reason if (owner or staff) else None,
    )


def dictionary(report: dict[str, Any], roles: dict[str, str]) -> tuple[DictionaryEntry, ...]:
    """Column, role, what was done and how it was generalised (from the report, else the roles)."""
    columns = report.get("columns") or {name: {"final": role} for name, role in roles.items()}
    return tuple(
        DictionaryEntry(name, c.get("final", ""), c.get("action", "not yet anonymised"), _generalisation(c),
                        c.get("information_loss"))
        for name, c in columns.items()
    )


def _generalisation(column: dict[str, Any]) -> str:
    if column.get("final") != "quasi":
        return ""
    kind = column.get("kind") or "values"
    labels = {"number": "numbers to intervals", "date": "dates to week / month / quarter / year",
              "category": "categories to groups"}
    text = labels.get(kind, f"{kind} generalised")
    hierarchy = column.get("hierarchy") or []
    return text + (f" (via {' → '.join(hierarchy)})" if hierarchy else "")


def _preview(published: str | None) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    if not published:
        return (), ()
    reader = csv.reader(io.StringIO(published))
    header = tuple(next(reader, []))
    rows = []
    for row in reader:
        if len(rows) >= PREVIEW_ROWS:
            break
        rows.append(tuple(row))
    return header, tuple(rows)
