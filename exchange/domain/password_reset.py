"""Forgotten passwords: a signed, time-limited, single-use reset link.

The token is signed (itsdangerous) with the application's secret and carries the user id and a
stamp of the user's current password hash, so nothing is stored: setting a new password changes
the hash, which kills this token, every other reset token of that user and every signed-in
session (sessions carry the same stamp, see ``accounts.credential_stamp``); the user's API tokens
are revoked with it. Tokens are never
logged or audited. Unknown or inactive addresses get exactly the same answer as known ones and
nothing is sent to them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.domain import audit, tokens
from exchange.domain.accounts import actor_for, check_password_strength, credential_stamp, hash_password
from exchange.domain.actor import SYSTEM
from exchange.domain.errors import ValidationFailed
from exchange.models import User

DEFAULT_LIFETIME = timedelta(hours=1)
_SALT = "exchange.password-reset.v1"
MAX_TOKEN_LENGTH = 400


class InvalidResetToken(ValidationFailed):
    """The link is unknown, tampered with, expired or already used (one message for all)."""

    def __init__(self) -> None:
        message = "This reset link is not valid: it may have expired or been used already. Ask for a new one."
        super().__init__(message, {"token": message})


@dataclass(frozen=True)
class ResetDone:
    """The account whose password was reset and how many of its API tokens were revoked with it."""

    user: User
    revoked_tokens: int


@dataclass(frozen=True)
class ResetMail:
    """What the edge mails: the recipient and the token for the link (never stored or logged)."""

    email: str
    token: str


def _serializer(secret: str | bytes) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt=_SALT)


def request_reset(session: Session, secret: str | bytes, email: str) -> ResetMail | None:
    """A reset mail for an active account, else None. The caller answers the same either way;
    a token is signed in both cases so the work done does not depend on whether the account exists."""
    address = email.strip().lower()[:254]
    user = session.scalar(select(User).where(User.email == address)) if address else None
    if user is None or not user.active:
        _serializer(secret).dumps([0, credential_stamp("no account")])
        return None
    token = _serializer(secret).dumps([user.id, credential_stamp(user.password_hash)])
    audit.record(session, SYSTEM, "user.password_reset_requested", "user", user.id,
                 organisation_id=_organisation_of(user))
    return ResetMail(user.email, token)


def user_for_token(
    session: Session, secret: str | bytes, token: str, *, lifetime: timedelta = DEFAULT_LIFETIME,
    now: datetime | None = None,
) -> User:
    """The account a live token resets, or ``InvalidResetToken``."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise InvalidResetToken()
    try:
        payload, signed_at = _serializer(secret).loads(token, return_timestamp=True)
    except BadSignature:  # includes a malformed payload or timestamp
        raise InvalidResetToken() from None
    now = now or datetime.now(UTC)
    if not (isinstance(payload, list) and len(payload) == 2 and isinstance(payload[0], int)
            and isinstance(payload[1], str)) or now - signed_at > lifetime or signed_at > now + timedelta(minutes=5):
        raise InvalidResetToken()
    user = session.get(User, payload[0])
    if user is None or not user.active or credential_stamp(user.password_hash) != payload[1]:
        raise InvalidResetToken()
    return user


def reset_password(
    session: Session, secret: str | bytes, token: str, new_password: str, *,
    lifetime: timedelta = DEFAULT_LIFETIME, now: datetime | None = None,
) -> ResetDone:
    """Set a new password with a live token: the token (and every other one of this user) dies,
    the user's sessions are signed out, their API tokens are revoked (whoever knew the old password
    may have made one) and any lockout is lifted."""
    user = user_for_token(session, secret, token, lifetime=lifetime, now=now)
    check_password_strength(new_password)
    user.password_hash = hash_password(new_password)
    user.failed_sign_ins, user.locked_until = 0, None
    session.flush()
    actor = actor_for(user)
    audit.record(session, actor, "user.password_reset", "user", user.id, organisation_id=_organisation_of(user))
    return ResetDone(user, tokens.revoke_all(session, actor))


def _organisation_of(user: User) -> int | None:
    return user.memberships[0].organisation_id if user.memberships else None
