"""Curators' work: the review queue, automated pre-review checks, the comment thread,
published version history with diffs, and curated collections. Redacted content only."""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import anonymiser
from exchange.datasets.checks import dataset_checks
from exchange.domain import audit
from exchange.domain.access import is_owner, is_public, require_role
from exchange.domain.actor import Actor
from exchange.domain.contributions import get_contribution, read_raw_payload
from exchange.domain.errors import NotFound, ValidationFailed
from exchange.domain.lifecycle import State
from exchange.domain.redaction import unconfirmed_warnings
from exchange.domain.roles import Role
from exchange.domain.vault import Vault
from exchange.domain.vocabulary import SEGMENTS
from exchange.models import Comment, Contribution, Organisation, Revision

STALE_AFTER = timedelta(hours=72)
MAX_COMMENT = 5_000


@dataclass(frozen=True)
class QueueItem:
    id: int
    title: str
    state: str
    segment: str | None
    waiting_since: datetime
    stale: bool


def queue(session: Session, actor: Actor, *, segment: str | None = None, state: str | None = None,
          now: datetime | None = None) -> list[QueueItem]:
    """Contributions waiting for curators, oldest first; those waiting over 72 hours flagged."""
    require_role(actor, Role.CURATOR, Role.ADMIN)
    states = [State.CURATOR_REVIEW, State.CHANGES_REQUESTED]
    if state in states:
        states = [State(state)]
    stmt = select(Contribution).where(Contribution.state.in_(states)).order_by(Contribution.updated_at)
    if segment in SEGMENTS:
        stmt = stmt.where(Contribution.segment == segment)
    now = now or datetime.now(UTC)
    items = []
    for c in session.scalars(stmt):
        revision = session.get(Revision, c.current_revision_id)
        title = (revision.redacted or {}).get("title", "") if revision else ""
        items.append(QueueItem(c.id, title, c.state, c.segment, c.updated_at, now - c.updated_at > STALE_AFTER))
    return items


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # pass | warn | fail
    message: str


def pre_review_checks(session: Session, actor: Actor, contribution_id: int) -> list[Check]:
    """Automated checks run on every submission, shown to the curator and the contributor."""
    contribution = get_contribution(session, actor, contribution_id)
    revision = session.get(Revision, contribution.current_revision_id)
    fields = (revision.redacted or {}) if revision else {}
    missing = [name for name in ("title", "summary", "body") if not fields.get(name, "").strip()]
    checks = [Check("Required fields", "fail" if missing else "pass",
                    f"Missing: {', '.join(missing)}." if missing else "Title, summary and story are present.")]
    gaps = [label for label, ok in (("segment", contribution.segment), ("technologies", contribution.codes("technology")),
                                    ("barriers", contribution.codes("barrier")),
                                    ("maturity before/after", contribution.maturity_before and contribution.maturity_after))
            if not ok]
    checks.append(Check("Taxonomy", "warn" if gaps else "pass",
                        f"Not tagged: {', '.join(gaps)}." if gaps else "Segment, technologies, barriers and maturity are tagged."))
    if contribution.kind == "dataset":
        checks = [Check(*row) for row in dataset_checks(session, revision, contribution.segment)]
    warnings = sum(len(r.get("warnings", [])) for r in ((revision.redaction_report or {}) if revision else {}).values())
    open_warnings = len(unconfirmed_warnings(revision)) if revision else 0
    checks.append(Check("Residual-risk warnings", "fail" if open_warnings else "warn" if warnings else "pass",
                        f"{open_warnings} unconfirmed, {warnings} in all." if warnings else "None raised."))
    if contribution.maturity_before and contribution.maturity_after:
        backwards = contribution.maturity_after < contribution.maturity_before
        checks.append(Check("Maturity plausibility", "warn" if backwards else "pass",
                            "Maturity went down after the deployment: check with the contributor." if backwards
                            else "Maturity after is not below maturity before."))
    return checks


@dataclass(frozen=True)
class CommentView:
    author_role: str
    body: str
    created_at: datetime
    mine: bool


def comments(session: Session, actor: Actor, contribution_id: int) -> list[CommentView]:
    contribution = get_contribution(session, actor, contribution_id)
    _require_party(actor, contribution)
    rows = session.scalars(select(Comment).where(Comment.contribution_id == contribution.id).order_by(Comment.id))
    return [CommentView(c.author_role, c.body, c.created_at, c.author_id == actor.user_id) for c in rows]


def add_comment(session: Session, vault: Vault, actor: Actor, contribution_id: int, body: str) -> Comment:
    """Post to the thread. A contributor's message is redacted with the contribution's terms first,
    because curators read it."""
    contribution = get_contribution(session, actor, contribution_id)
    _require_party(actor, contribution)
    body = body.strip()
    if not body or len(body) > MAX_COMMENT:
        raise ValidationFailed("Write a message of up to 5,000 characters.", {"body": "Write a message."})
    if is_owner(actor, contribution):
        body = _redact_for_curators(session, vault, contribution, body)
    comment = Comment(contribution_id=contribution.id, author_id=actor.user_id, author_role=str(actor.role), body=body)
    session.add(comment)
    session.flush()
    audit.record(session, actor, "comment.add", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, detail={"comment": comment.id})
    return comment


def _redact_for_curators(session: Session, vault: Vault, contribution: Contribution, body: str) -> str:
    revision = session.get(Revision, contribution.current_revision_id)
    terms: list[str] = []
    if revision is not None and revision.raw_ciphertext is not None:
        terms = list(read_raw_payload(session, vault, contribution, revision).get("sensitive_terms", []))
    organisation = session.get(Organisation, contribution.organisation_id)
    terms += list(organisation.known_terms if organisation else [])
    own_names = [organisation.name] if organisation else []
    return anonymiser.anonymise_text(body, terms=terms, organisation_terms=own_names).text


def _require_party(actor: Actor, contribution: Contribution) -> None:
    if not (is_owner(actor, contribution) and actor.role in (Role.CONTRIBUTOR, Role.MEMBER)) \
            and actor.role not in (Role.CURATOR, Role.ADMIN):
        raise NotFound("No such contribution.")


@dataclass(frozen=True)
class PublishedVersion:
    number: int
    published_at: datetime


def published_versions(session: Session, actor: Actor, contribution_id: int) -> list[PublishedVersion]:
    contribution = _public(session, actor, contribution_id)
    rows = session.scalars(select(Revision).where(Revision.contribution_id == contribution.id,
                                                  Revision.published_at.is_not(None)).order_by(Revision.number))
    return [PublishedVersion(r.number, r.published_at) for r in rows if r.published_at]


def diff_versions(session: Session, actor: Actor, contribution_id: int, old: int, new: int) -> list[dict[str, Any]]:
    """Line diff of two published versions' redacted text, per field."""
    contribution = _public(session, actor, contribution_id)
    a, b = (_published_revision(session, contribution, n) for n in (old, new))
    out = []
    for name in ("title", "summary", "body", "lessons"):
        before, after = (a.redacted or {}).get(name, ""), (b.redacted or {}).get(name, "")
        if before != after:
            lines = [{"op": line[0], "text": line[2:]} for line in difflib.ndiff(before.splitlines(), after.splitlines())
                     if line[0] in "+- "]
            out.append({"field": name, "lines": lines})
    return out


def _public(session: Session, actor: Actor, contribution_id: int) -> Contribution:
    contribution = session.get(Contribution, contribution_id)
    if contribution is None or actor.role is None or not is_public(contribution):
        raise NotFound("No such case study in the library.")
    return contribution


def _published_revision(session: Session, contribution: Contribution, number: int) -> Revision:
    revision = session.scalar(select(Revision).where(Revision.contribution_id == contribution.id,
                                                     Revision.number == number, Revision.published_at.is_not(None)))
    if revision is None:
        raise NotFound(f"Version {number} was never published.")
    return revision
