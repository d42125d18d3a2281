"""API tokens: issued to a user with a scope no wider than their role, stored as a hash only.

A token is ``exg_`` followed by 43 URL-safe characters (256 random bits). The database keeps its
SHA-256 and the first characters as a hint; the token itself is shown once, when it is created.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.domain import audit
from exchange.domain.accounts import actor_for
from exchange.domain.actor import Actor
from exchange.domain.errors import AuthenticationFailed, NotFound, PermissionDenied, ValidationFailed
from exchange.domain.roles import Role
from exchange.models import ApiToken, User

PREFIX = "exg_"
HINT_LENGTH = 10
MAX_NAME = 100
MAX_ACTIVE_TOKENS = 20


class Scope(StrEnum):
    READ = "read"
    CONTRIBUTE = "contribute"
    CURATE = "curate"

    def grants(self, required: Scope) -> bool:
        """Every scope can read; contribute and curate grant only themselves beyond that."""
        return required is Scope.READ or required is self


_SCOPES_BY_ROLE = {
    Role.MEMBER: (Scope.READ,),
    Role.CONTRIBUTOR: (Scope.READ, Scope.CONTRIBUTE),
    Role.CURATOR: (Scope.READ, Scope.CURATE),
    Role.ADMIN: (Scope.READ,),
}


def scopes_for(actor: Actor) -> tuple[Scope, ...]:
    """The scopes the actor's role allows: never more than the role itself may do."""
    return _SCOPES_BY_ROLE.get(actor.role, ()) if actor.role is not None else ()


@dataclass(frozen=True)
class TokenGrant:
    """What a presented token entitles its bearer to: the owner's actor and the token's scope."""

    token_id: int
    actor: Actor
    scope: Scope


@dataclass(frozen=True)
class TokenInfo:
    id: int
    name: str
    scope: str
    hint: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, actor: Actor, name: str, scope: str) -> tuple[TokenInfo, str]:
    """Issue a token for the acting user; return its description and the token (shown once)."""
    if actor.user_id is None or actor.role is None:
        raise PermissionDenied("Only a signed-in user can create an API token.")
    name = " ".join(name.split())
    errors: dict[str, str] = {}
    if not 1 <= len(name) <= MAX_NAME:
        errors["name"] = f"Give the token a name of 1 to {MAX_NAME} characters."
    allowed = scopes_for(actor)
    if scope not in allowed:
        errors["scope"] = "Choose one of: " + ", ".join(allowed) + "."
    if errors:
        raise ValidationFailed("The token was not created.", errors)
    if len(_active(session, actor.user_id)) >= MAX_ACTIVE_TOKENS:
        raise ValidationFailed("Too many active tokens.", {"name": f"Revoke one first: at most {MAX_ACTIVE_TOKENS}."})
    secret = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user_id=actor.user_id, name=name, scope=scope, token_hash=hash_token(secret),
                     hint=secret[:HINT_LENGTH], created_at=datetime.now(UTC))
    session.add(token)
    session.flush()
    audit.record(session, actor, "token.create", "api_token", token.id,
                 organisation_id=actor.organisation_id, after=scope)
    return _info(token), secret


def create_token_for_email(session: Session, email: str, name: str, scope: str) -> tuple[TokenInfo, str]:
    """For the operator's command line: issue a token to the user with this e-mail."""
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None or not user.active:
        raise NotFound("No active user with that e-mail.")
    return create_token(session, actor_for(user), name, scope)


def revoke_tokens_named_for_email(session: Session, email: str, name: str) -> int:
    """For the operator's command line: revoke the user's active tokens with this name; how many."""
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        raise NotFound("No user with that e-mail.")
    owner = actor_for(user)
    named = session.scalars(select(ApiToken.id).where(ApiToken.user_id == user.id, ApiToken.name == name,
                                                      ApiToken.revoked_at.is_(None))).all()
    for token_id in named:
        revoke_token(session, owner, token_id)
    return len(named)


def list_tokens(session: Session, actor: Actor) -> list[TokenInfo]:
    if actor.user_id is None:
        return []
    rows = session.scalars(select(ApiToken).where(ApiToken.user_id == actor.user_id)
                           .order_by(ApiToken.created_at.desc(), ApiToken.id.desc()))
    return [_info(t) for t in rows]


def revoke_token(session: Session, actor: Actor, token_id: int) -> TokenInfo:
    token = session.get(ApiToken, token_id)
    if token is None or actor.user_id is None or token.user_id != actor.user_id:
        raise NotFound("No such token.")
    if token.revoked_at is None:
        token.revoked_at = datetime.now(UTC)
        audit.record(session, actor, "token.revoke", "api_token", token.id,
                     organisation_id=actor.organisation_id, before=token.scope)
    return _info(token)


def revoke_all(session: Session, actor: Actor) -> int:
    """Revoke every active token of the acting user (a password reset: whoever held the old password may
    have made one); how many."""
    if actor.user_id is None:
        return 0
    active = _active(session, actor.user_id)
    for token in active:
        revoke_token(session, actor, token.id)
    return len(active)


def authenticate(session: Session, presented: str, *, now: datetime | None = None) -> TokenGrant:
    """Check a presented token; record when it was last used. The scope is capped by the role
    the user has now, so a demoted user's old token loses what the new role does not allow."""
    if not presented.startswith(PREFIX) or len(presented) > 200:
        raise AuthenticationFailed("The API token is not valid.")
    token = session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(presented)))
    if token is None or token.revoked_at is not None:
        raise AuthenticationFailed("The API token is not valid or has been revoked.")
    user = session.get(User, token.user_id)
    if user is None or not user.active:
        raise AuthenticationFailed("The API token's account is not active.")
    actor = actor_for(user)
    scope = Scope(token.scope)
    if scope not in scopes_for(actor):
        scope = Scope.READ
    token.last_used_at = now or datetime.now(UTC)
    session.flush()
    return TokenGrant(token.id, actor, scope)


def owner_of(session: Session, presented: str) -> int | None:
    """The id of the user a presented token belongs to, or None (no side effects: for rate-limit
    keys that must count per user across all of their tokens)."""
    if not presented.startswith(PREFIX) or len(presented) > 200:
        return None
    user_id: int | None = session.scalar(select(ApiToken.user_id).where(ApiToken.token_hash == hash_token(presented)))
    return user_id


def require_scope(grant: TokenGrant, required: Scope) -> None:
    if not grant.scope.grants(required):
        raise PermissionDenied(f"This token's scope ({grant.scope}) does not allow this: it needs '{required}'.")


def _active(session: Session, user_id: int) -> list[ApiToken]:
    return list(session.scalars(select(ApiToken).where(ApiToken.user_id == user_id,
                                                       ApiToken.revoked_at.is_(None))))


def _info(token: ApiToken) -> TokenInfo:
    return TokenInfo(token.id, token.name, token.scope, token.hint, token.created_at,
                     token.last_used_at, token.revoked_at)
