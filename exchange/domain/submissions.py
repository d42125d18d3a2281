"""Contributions as seen by their own organisation through the API: create (idempotent on a
client reference), act on, and read the status with the redacted side of the report only."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from exchange.domain import contributions, raw_erasure
from exchange.domain.access import is_owner, require_role
from exchange.domain.actor import Actor
from exchange.domain.contribution_input import CaseStudyInput
from exchange.domain.errors import NotFound
from exchange.domain.lifecycle import State, available_actions
from exchange.domain.roles import Role
from exchange.domain.vault import Vault
from exchange.models import Contribution, Revision

OWNER_ACTIONS = ("submit", "retry", "approve", "withdraw")
CURATOR_ACTIONS = ("request_changes", "publish", "retire")


@dataclass(frozen=True)
class SubmissionStatus:
    id: int
    state: str
    external_ref: str | None
    segment: str | None
    technologies: tuple[str, ...]
    barriers: tuple[str, ...]
    maturity_before: int | None
    maturity_after: int | None
    actions: tuple[str, ...]
    failure_reason: str | None
    curator_comment: str | None
    revision: int | None
    redacted: dict[str, str] | None
    report: dict[str, Any] | None
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None
    published_revision: int | None = None
    raw_erased: bool = False
    job: str | None = None  # the anonymisation job: queued | running | done | failed | not_submitted


def create_submission(
    session: Session, vault: Vault, actor: Actor, data: CaseStudyInput, external_ref: str | None = None
) -> tuple[SubmissionStatus, bool]:
    """Create a draft; with an ``external_ref`` already used by the organisation, return that one
    instead (``created`` is then False), so a client can retry safely."""
    require_role(actor, Role.CONTRIBUTOR)
    assert actor.organisation_id is not None
    if external_ref is not None:
        existing = contributions.find_by_external_ref(session, actor.organisation_id, external_ref)
        if existing is not None:
            return _status(session, actor, existing), False
    contribution = contributions.create_case_study(session, vault, actor, data, external_ref=external_ref)
    return _status(session, actor, contribution), True


def submission_status(session: Session, actor: Actor, contribution_id: int) -> SubmissionStatus:
    return _status(session, actor, _own(session, actor, contribution_id))


def act(session: Session, vault: Vault, actor: Actor, contribution_id: int, action: str) -> SubmissionStatus:
    """Take an owner's action (submit, retry, approve, withdraw) on one of the organisation's contributions."""
    if action not in OWNER_ACTIONS:
        raise NotFound("No such action.")
    _own(session, actor, contribution_id)
    contribution = contributions.take_action(session, vault, actor, contribution_id, action)
    return _status(session, actor, contribution)


def erase_original(session: Session, vault: Vault, actor: Actor, contribution_id: int, *,
                   confirmed: bool) -> SubmissionStatus:
    """Erase the original text of one of the organisation's published contributions."""
    _own(session, actor, contribution_id)
    contribution = raw_erasure.erase_raw(session, vault, actor, contribution_id, confirmed=confirmed)
    return _status(session, actor, contribution)


def curate(session: Session, vault: Vault, actor: Actor, contribution_id: int, action: str,
           reason: str = "") -> SubmissionStatus:
    """Take a curator's action (request_changes with a reason, publish, retire)."""
    if action not in CURATOR_ACTIONS:
        raise NotFound("No such action.")
    require_role(actor, Role.CURATOR)
    contribution = contributions.take_action(session, vault, actor, contribution_id, action, reason)
    return _status(session, actor, contribution)


def _own(session: Session, actor: Actor, contribution_id: int) -> Contribution:
    """The organisation's own contribution; anyone else's does not exist for this caller."""
    contribution = session.get(Contribution, contribution_id)
    if contribution is None or not is_owner(actor, contribution):
        raise NotFound("No such submission.")
    return contribution


def _status(session: Session, actor: Actor, contribution: Contribution) -> SubmissionStatus:
    revision = session.get(Revision, contribution.current_revision_id) if contribution.current_revision_id else None
    published = session.get(Revision, contribution.published_revision_id) if contribution.published_revision_id else None
    has_redacted = revision is not None and revision.redacted is not None
    erased = is_owner(actor, contribution) and raw_erasure.erased_at(session, contribution.id) is not None
    actions = available_actions(State(contribution.state), actor, contribution.organisation_id)
    return SubmissionStatus(
        id=contribution.id, state=contribution.state,
        external_ref=contribution.external_ref if is_owner(actor, contribution) else None,
        segment=contribution.segment, technologies=tuple(contribution.codes("technology")),
        barriers=tuple(contribution.codes("barrier")), maturity_before=contribution.maturity_before,
        maturity_after=contribution.maturity_after,
        actions=tuple(a for a in actions if not (erased and a == "revise")),
        failure_reason=contribution.failure_reason, curator_comment=contribution.curator_comment,
        revision=revision.number if revision else None,
        redacted=dict(revision.redacted) if has_redacted and revision else None,
        report=dict(revision.redaction_report or {}) if has_redacted and revision else None,
        created_at=contribution.created_at, updated_at=contribution.updated_at,
        published_at=contribution.published_at, published_revision=published.number if published else None,
        raw_erased=erased,
    )
