"""Who may see what. Raw content: the contributing organisation's members only, never staff."""
from __future__ import annotations

from exchange.domain.actor import Actor
from exchange.domain.errors import NotFound, PermissionDenied
from exchange.domain.lifecycle import State
from exchange.domain.roles import Role
from exchange.models import Contribution

# States in which a curator works on (redacted) content.
CURATOR_VISIBLE = frozenset(
    {State.CURATOR_REVIEW, State.CHANGES_REQUESTED, State.PUBLISHED, State.RETIRED}
)


def is_owner(actor: Actor, contribution: Contribution) -> bool:
    return actor.organisation_id is not None and actor.organisation_id == contribution.organisation_id


def can_read_raw(actor: Actor, contribution: Contribution) -> bool:
    """Members of the contributing organisation only; curators and admins never."""
    return is_owner(actor, contribution) and actor.role in (Role.MEMBER, Role.CONTRIBUTOR)


def require_raw_access(actor: Actor, contribution: Contribution) -> None:
    if not can_read_raw(actor, contribution):
        raise PermissionDenied("Only the contributing organisation can see the original text.")


def is_public(contribution: Contribution) -> bool:
    """Visible in the library: it has a published revision and was not withdrawn or retired."""
    return contribution.published_revision_id is not None and contribution.state not in (
        State.WITHDRAWN,
        State.RETIRED,
    )


def require_visible(actor: Actor, contribution: Contribution) -> None:
    """Raise NotFound for anyone who may not know the contribution exists."""
    if is_owner(actor, contribution):
        return
    if actor.role is Role.CURATOR and State(contribution.state) in CURATOR_VISIBLE:
        return
    if actor.role is Role.ADMIN and State(contribution.state) in CURATOR_VISIBLE:
        return
    if actor.role is not None and is_public(contribution):
        return
    raise NotFound("No such contribution.")


def require_role(actor: Actor, *roles: Role) -> None:
    if actor.role not in roles:
        raise PermissionDenied("You do not have permission to do this.")
