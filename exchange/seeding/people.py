"""Who acts for the seed: the first contributor of an organisation, the first curator, and the
contributor's confirmation of residual-risk warnings."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.domain import review
from exchange.domain.actor import Actor
from exchange.domain.redaction import unconfirmed_warnings
from exchange.domain.roles import Role
from exchange.models import Contribution, Membership, Organisation, Revision, User


def confirm_warnings(session: Session, contributor: Actor, contribution_id: int) -> None:
    """The seed's stand-in for a contributor who has read every residual-risk warning."""
    contribution = session.get(Contribution, contribution_id)
    revision = session.get(Revision, contribution.current_revision_id) if contribution else None
    if revision is not None and unconfirmed_warnings(revision):
        review.confirm_warnings(session, contributor, contribution_id, unconfirmed_warnings(revision))


def first_user(session: Session, role: Role, organisation_name: str | None = None) -> User:
    stmt = select(User).join(Membership).join(Organisation).where(Membership.role == role)
    if organisation_name is not None:
        stmt = stmt.where(Organisation.name == organisation_name)
    user = session.scalar(stmt.order_by(User.id).limit(1))
    if user is None:
        raise LookupError(f"no {role.value} for seed organisation {organisation_name or ''}".strip())
    return user
