"""Erase the raw text after publication: a contributor of the owning organisation destroys the
contribution's data key (crypto-shredding) and drops every revision's ciphertext. The published,
redacted version stays online; the original can never be read again, by anyone.

Curators and admins never see raw text (DESIGN.md), so erasing it is the contributing
organisation's decision alone: only its contributors may take it.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.domain import audit
from exchange.domain.access import is_owner, require_raw_access
from exchange.domain.actor import Actor
from exchange.domain.contributions import get_contribution
from exchange.domain.errors import IllegalTransition, PermissionDenied, ValidationFailed
from exchange.domain.lifecycle import State
from exchange.domain.roles import Role
from exchange.domain.vault import Vault
from exchange.models import Contribution, DataKey, Revision

ERASABLE_STATES = frozenset({State.PUBLISHED, State.RETIRED})
CONFIRM_MESSAGE = "Tick the box to confirm that the original text is to be erased for good."


def erased_at(session: Session, contribution_id: int) -> datetime | None:
    """When the contribution's data key was destroyed (erasure or withdrawal), or None."""
    key = session.get(DataKey, contribution_id)
    return key.destroyed_at if key is not None and key.wrapped_key is None else None


def erased_for_reader(session: Session, actor: Actor, contribution_id: int) -> datetime | None:
    """For someone allowed to read the raw text: when it was erased, or None if it still exists."""
    contribution = get_contribution(session, actor, contribution_id)
    require_raw_access(actor, contribution)
    return erased_at(session, contribution.id)


def may_erase(actor: Actor, contribution: Contribution) -> bool:
    return is_owner(actor, contribution) and actor.role is Role.CONTRIBUTOR


def check_erasable(session: Session, actor: Actor, contribution_id: int, *, for_update: bool = False) -> Contribution:
    """The contribution if ``actor`` may erase its raw text now; else NotFound (not visible),
    PermissionDenied (not a contributor of the owning organisation) or IllegalTransition."""
    contribution = get_contribution(session, actor, contribution_id, for_update=for_update)
    if not may_erase(actor, contribution):
        raise PermissionDenied("Only a contributor of the contributing organisation can erase its original text.")
    if State(contribution.state) not in ERASABLE_STATES or contribution.published_revision_id is None:
        raise IllegalTransition("The original text can be erased only once the contribution is published.")
    if erased_at(session, contribution.id) is not None:
        raise IllegalTransition("The original text of this contribution has already been erased.")
    return contribution


def erase_raw(session: Session, vault: Vault, actor: Actor, contribution_id: int, *, confirmed: bool) -> Contribution:
    """Destroy the data key and every revision's ciphertext, and audit it. Irreversible."""
    contribution = check_erasable(session, actor, contribution_id, for_update=True)
    if not confirmed:
        raise ValidationFailed(CONFIRM_MESSAGE, {"confirm": CONFIRM_MESSAGE})
    revisions = list(session.scalars(select(Revision).where(Revision.contribution_id == contribution.id)))
    vault.shred(session, contribution.id)
    for revision in revisions:
        revision.raw_ciphertext = None
    session.flush()
    audit.record(session, actor, "raw.erase", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, before=contribution.state,
                 after=contribution.state, detail={"revisions": len(revisions)})
    return contribution
