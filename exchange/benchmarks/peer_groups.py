"""A member's own saved peer definitions: a name and structural filters, for that user alone.

A saved group holds no organisations and no figures: each use draws the peer group afresh from
its filters, so the same size rules (threshold, p% rule, secondary suppression) decide what is
shown. Another user's group is reported as not found, never as forbidden.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exchange.domain import audit
from exchange.domain.access import require_role
from exchange.domain.actor import Actor
from exchange.domain.errors import NotFound, ValidationFailed
from exchange.domain.roles import OrganisationKind, Role, SizeBand
from exchange.domain.vocabulary import SEGMENTS, SITE_TYPES
from exchange.models import PeerGroup

OWNERS = (Role.MEMBER, Role.CONTRIBUTOR, Role.CURATOR, Role.ADMIN)
MAX_NAME = 80
MAX_GROUPS = 20
FILTERS = {
    "segment": SEGMENTS,
    "organisation_kind": {k.value: k.value for k in OrganisationKind},
    "size_band": {s.value: s.value for s in SizeBand},
    "site_type": SITE_TYPES,
}


@dataclass(frozen=True)
class PeerDefinition:
    """Structural filters; ``None`` means any."""

    segment: str | None = None
    organisation_kind: str | None = None
    size_band: str | None = None
    site_type: str | None = None

    def is_empty(self) -> bool:
        return not any((self.segment, self.organisation_kind, self.size_band, self.site_type))


@dataclass(frozen=True)
class SavedPeerGroup:
    id: int
    name: str
    definition: PeerDefinition
    created_at: datetime


def check_definition(definition: PeerDefinition) -> PeerDefinition:
    """The definition, or ValidationFailed naming every filter whose value is not in its list."""
    errors = {name: "Choose one of the listed values." for name, allowed in FILTERS.items()
              if getattr(definition, name) is not None and getattr(definition, name) not in allowed}
    if errors:
        raise ValidationFailed("Some filters are not recognised.", errors)
    return definition


def list_peer_groups(session: Session, actor: Actor) -> list[SavedPeerGroup]:
    require_role(actor, *OWNERS)
    rows = session.scalars(select(PeerGroup).where(PeerGroup.user_id == actor.user_id)
                           .order_by(PeerGroup.name, PeerGroup.id))
    return [_view(r) for r in rows]


def get_peer_group(session: Session, actor: Actor, group_id: int) -> SavedPeerGroup:
    """The actor's own group; anyone else's (or none) is NotFound."""
    return _view(_own(session, actor, group_id))


def save_peer_group(session: Session, actor: Actor, name: str, definition: PeerDefinition) -> SavedPeerGroup:
    require_role(actor, *OWNERS)
    clean = _clean_name(name)
    check_definition(definition)
    if definition.is_empty():
        raise ValidationFailed("Choose at least one filter for the peer group.",
                               {"segment": "Choose at least one filter."})
    mine = select(PeerGroup).where(PeerGroup.user_id == actor.user_id)
    if session.scalar(mine.where(func.lower(PeerGroup.name) == clean.lower())) is not None:
        raise ValidationFailed("You already have a peer group of that name.", {"name": "Choose another name."})
    if (session.scalar(select(func.count()).select_from(mine.subquery())) or 0) >= MAX_GROUPS:
        raise ValidationFailed(f"You can keep at most {MAX_GROUPS} peer groups; delete one first.",
                               {"name": f"At most {MAX_GROUPS} peer groups."})
    group = PeerGroup(user_id=actor.user_id, name=clean, segment=definition.segment,
                      organisation_kind=definition.organisation_kind, size_band=definition.size_band,
                      site_type=definition.site_type)
    session.add(group)
    session.flush()
    audit.record(session, actor, "peer_group.save", "peer_group", group.id, detail=_filters(definition))
    return _view(group)


def delete_peer_group(session: Session, actor: Actor, group_id: int) -> None:
    group = _own(session, actor, group_id)
    session.delete(group)
    session.flush()
    audit.record(session, actor, "peer_group.delete", "peer_group", group_id)


def _own(session: Session, actor: Actor, group_id: int) -> PeerGroup:
    require_role(actor, *OWNERS)
    group = session.get(PeerGroup, group_id)
    if group is None or actor.user_id is None or group.user_id != actor.user_id:
        raise NotFound("No such peer group.")
    return group


def _clean_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationFailed("Give the peer group a name.", {"name": "Give the peer group a name."})
    if len(clean) > MAX_NAME:
        raise ValidationFailed(f"Keep the name under {MAX_NAME} characters.", {"name": f"At most {MAX_NAME} characters."})
    if any(unicodedata.category(ch).startswith("C") for ch in clean):
        raise ValidationFailed("The name cannot hold control characters.", {"name": "Remove control characters."})
    return clean


def _view(group: PeerGroup) -> SavedPeerGroup:
    return SavedPeerGroup(group.id, group.name, PeerDefinition(group.segment, group.organisation_kind,
                                                               group.size_band, group.site_type), group.created_at)


def _filters(definition: PeerDefinition) -> dict[str, str | None]:
    return {name: getattr(definition, name) for name in FILTERS}
