"""Read models: plain data for pages and the API (no ORM objects leave the domain)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.domain import audit, raw_erasure
from exchange.domain.access import can_read_raw, is_public, require_role
from exchange.domain.actor import Actor
from exchange.domain.contributions import get_contribution
from exchange.domain.errors import NotFound, VaultError
from exchange.domain.lifecycle import State, available_actions
from exchange.domain.roles import Role
from exchange.domain.vault import Vault
from exchange.models import AuditEvent, Contribution, Revision


@dataclass(frozen=True)
class ContributionSummary:
    id: int
    title: str
    state: str
    segment: str | None
    updated_at: datetime
    published_at: datetime | None


@dataclass(frozen=True)
class RedactedContent:
    revision: int
    fields: dict[str, str]
    report: dict[str, Any]


@dataclass(frozen=True)
class ContributionDetail:
    id: int
    state: str
    kind: str
    segment: str | None
    technologies: list[str]
    barriers: list[str]
    maturity_before: int | None
    maturity_after: int | None
    is_owner: bool
    can_read_raw: bool
    actions: list[str]
    redacted: RedactedContent | None
    failure_reason: str | None
    curator_comment: str | None
    organisation_kind: str
    size_band: str
    region: str
    published_at: datetime | None
    history: list[dict[str, Any]] = field(default_factory=list)
    raw_erased_at: datetime | None = None  # the data key was destroyed (erased or withdrawn)
    can_erase_raw: bool = False


def own_contributions(session: Session, vault: Vault, actor: Actor) -> list[ContributionSummary]:
    """The actor's organisation's contributions, with their original titles (audited once)."""
    if actor.organisation_id is None or actor.role not in (Role.MEMBER, Role.CONTRIBUTOR):
        return []
    rows = list(session.scalars(
        select(Contribution).where(Contribution.organisation_id == actor.organisation_id)
        .order_by(Contribution.updated_at.desc())
    ))
    summaries = [ContributionSummary(c.id, _raw_title(session, vault, c), c.state, c.segment,
                                     c.updated_at, c.published_at) for c in rows]
    if rows:
        audit.record(session, actor, "raw.list", "organisation", actor.organisation_id,
                     organisation_id=actor.organisation_id, detail={"contributions": [c.id for c in rows]})
    return summaries


def _raw_title(session: Session, vault: Vault, contribution: Contribution) -> str:
    revision = session.get(Revision, contribution.current_revision_id)
    if revision is None or revision.raw_ciphertext is None:
        return _redacted_title(session, contribution) or f"Contribution {contribution.id} (original erased)"
    try:
        payload = vault.decrypt(session, contribution.id, revision.id, revision.raw_ciphertext)
    except VaultError:
        return _redacted_title(session, contribution) or f"Contribution {contribution.id} (original erased)"
    return payload.get("fields", {}).get("title") or f"Untitled contribution {contribution.id}"


def _redacted_title(session: Session, contribution: Contribution, published: bool = False) -> str:
    revision_id = contribution.published_revision_id if published else contribution.current_revision_id
    revision = session.get(Revision, revision_id) if revision_id else None
    return (revision.redacted or {}).get("title", "") if revision else ""


def curation_queue(session: Session, actor: Actor) -> list[ContributionSummary]:
    require_role(actor, Role.CURATOR, Role.ADMIN)
    rows = session.scalars(
        select(Contribution).where(Contribution.state.in_([State.CURATOR_REVIEW, State.CHANGES_REQUESTED]))
        .order_by(Contribution.updated_at)
    )
    return [ContributionSummary(c.id, _redacted_title(session, c), c.state, c.segment, c.updated_at,
                                c.published_at) for c in rows]


def published_cases(session: Session, actor: Actor, limit: int = 50, offset: int = 0) -> list[ContributionSummary]:
    if actor.role is None:
        raise NotFound("Sign in to read the library.")
    rows = session.scalars(
        select(Contribution).where(Contribution.published_revision_id.is_not(None), Contribution.kind == "case_study",
                                   Contribution.state.not_in([State.WITHDRAWN, State.RETIRED]))
        .order_by(Contribution.published_at.desc()).limit(limit).offset(offset)
    )
    return [ContributionSummary(c.id, _redacted_title(session, c, published=True), c.state, c.segment,
                                c.updated_at, c.published_at) for c in rows]


def published_case(session: Session, actor: Actor, contribution_id: int) -> ContributionDetail:
    """The published, redacted version of a case in the library, for any signed-in user."""
    contribution = session.get(Contribution, contribution_id)
    if contribution is None or actor.role is None or not is_public(contribution) or contribution.kind != "case_study":
        raise NotFound("No such case study in the library.")
    return _detail(session, actor, contribution, contribution.published_revision_id)


@dataclass(frozen=True)
class Tombstone:
    id: int
    title: str
    retired_on: datetime
    reason: str


def tombstone(session: Session, actor: Actor, contribution_id: int) -> Tombstone | None:
    """What stays of a retired case in the library: its title, when and why it was retired."""
    contribution = session.get(Contribution, contribution_id)
    if contribution is None or actor.role is None or contribution.state != State.RETIRED \
            or contribution.published_revision_id is None:
        return None
    return Tombstone(contribution.id, _redacted_title(session, contribution, published=True),
                     contribution.updated_at, contribution.retired_reason or "")


def contribution_detail(session: Session, actor: Actor, contribution_id: int) -> ContributionDetail:
    """What the actor may see of a contribution: the working redacted revision for its owner and
    curators, the published revision for everyone else."""
    contribution = get_contribution(session, actor, contribution_id)
    owner = actor.organisation_id == contribution.organisation_id
    staff = actor.role in (Role.CURATOR, Role.ADMIN)
    if owner or (staff and contribution.state != State.PUBLISHED):
        revision_id = contribution.current_revision_id
    else:
        revision_id = contribution.published_revision_id
    return _detail(session, actor, contribution, revision_id)


def _detail(session: Session, actor: Actor, contribution: Contribution, revision_id: int | None) -> ContributionDetail:
    owner = actor.organisation_id == contribution.organisation_id
    staff = actor.role in (Role.CURATOR, Role.ADMIN)
    revision = session.get(Revision, revision_id) if revision_id else None
    redacted = None
    if revision is not None and revision.redacted is not None:
        redacted = RedactedContent(revision.number, dict(revision.redacted), dict(revision.redaction_report or {}))
    org = contribution.organisation
    erased = raw_erasure.erased_at(session, contribution.id) if owner else None
    actions = available_actions(State(contribution.state), actor, contribution.organisation_id)
    return ContributionDetail(
        id=contribution.id, state=contribution.state, kind=contribution.kind, segment=contribution.segment,
        technologies=contribution.codes("technology"), barriers=contribution.codes("barrier"),
        maturity_before=contribution.maturity_before, maturity_after=contribution.maturity_after,
        is_owner=owner, can_read_raw=can_read_raw(actor, contribution) and erased is None,
        actions=[a for a in actions if not (a == "revise" and erased is not None)],
        redacted=redacted, failure_reason=contribution.failure_reason if (owner or staff) else None,
        curator_comment=contribution.curator_comment if (owner or staff) else None,
        organisation_kind=org.kind, size_band=org.size_band, region=org.region,
        published_at=contribution.published_at,
        history=_history(session, contribution) if (owner or staff) else [],
        raw_erased_at=erased,
        can_erase_raw=erased is None and raw_erasure.may_erase(actor, contribution)
        and State(contribution.state) in raw_erasure.ERASABLE_STATES and contribution.published_revision_id is not None,
    )


def _history(session: Session, contribution: Contribution) -> list[dict[str, Any]]:
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.object_type == "contribution",
                                 AuditEvent.object_id == str(contribution.id),
                                 AuditEvent.action.not_in(["raw.view"]))
        .order_by(AuditEvent.seq)
    )
    return [{"when": e.occurred_at, "action": e.action.removeprefix("contribution."),
             "before": e.before, "after": e.after} for e in events]
