"""Strict headers, secure session cookies and loading the signed-in user."""
from __future__ import annotations

import hmac

from flask import Flask, Response, request
from flask_login import AnonymousUserMixin, UserMixin, current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from exchange.domain.accounts import actor_for, credential_stamp
from exchange.domain.actor import Actor
from exchange.domain.errors import ValidationFailed
from exchange.models import Membership, User
from exchange.web.extensions import db_session, login_manager

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


class SignedInUser(UserMixin):
    """What flask-login keeps: ids and the role, never an ORM object across requests."""

    def __init__(self, user: User) -> None:
        # The session holds "user id:credential stamp": a password change (reset) signs out
        # every session and remember-me cookie that still carries the old stamp.
        self.id = f"{user.id}:{credential_stamp(user.password_hash)}"
        self.email = user.email
        self.name = user.name or user.email
        self.actor: Actor = actor_for(user)
        org = user.memberships[0].organisation if user.memberships else None
        self.organisation_name = org.name if org else ""


class Anonymous(AnonymousUserMixin):
    actor = Actor(None, None, None)
    organisation_name = ""


def current_actor() -> Actor:
    actor: Actor = current_user.actor
    return actor


def init_app(app: Flask) -> None:
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=app.config.get("PREFERRED_URL_SCHEME") == "https",
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SECURE=app.config.get("PREFERRED_URL_SCHEME") == "https",
    )
    login_manager.anonymous_user = Anonymous
    login_manager.user_loader(_load_user)
    app.after_request(_headers)
    app.before_request(_refuse_nul_characters)


def _load_user(session_id: str) -> SignedInUser | None:
    user_id, _, stamp = session_id.partition(":")
    if not user_id.isdigit() or len(user_id) > 10:
        return None
    # One round trip for the user, its membership and organisation (read on every request).
    user = db_session().execute(select(User).where(User.id == int(user_id)).options(
        joinedload(User.memberships).joinedload(Membership.organisation))).unique().scalar_one_or_none()
    if user is None or not user.active or not hmac.compare_digest(stamp, credential_stamp(user.password_hash)):
        return None
    return SignedInUser(user)


def _refuse_nul_characters() -> None:
    """No text field anywhere may hold a NUL (PostgreSQL cannot store one): refuse it clearly,
    naming the fields."""
    fields: dict[str, object] = {**request.args.to_dict(flat=False), **request.form.to_dict(flat=False)}
    body = request.get_json(silent=True) if request.is_json else None
    if isinstance(body, dict):
        fields.update(body)
    elif body is not None:
        fields["body"] = body
    bad = sorted(str(name) for name, value in fields.items() if _has_nul(name) or _has_nul(value))
    if bad:
        raise ValidationFailed("Text cannot contain NUL characters.",
                               {name.replace("\x00", ""): "Text cannot contain NUL characters." for name in bad})


def _has_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def _headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
    if current_user.is_authenticated:
        response.headers.setdefault("Cache-Control", "no-store")
    return response
