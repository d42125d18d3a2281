"""Who is acting: built by the edge (web session, API token, CLI) and passed to every service."""
from __future__ import annotations

from dataclasses import dataclass

from exchange.domain.roles import Role


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    organisation_id: int | None
    role: Role | None

    @property
    def is_system(self) -> bool:
        return self.user_id is None

    def has_role(self, *roles: Role) -> bool:
        return self.role in roles


SYSTEM = Actor(user_id=None, organisation_id=None, role=None)
