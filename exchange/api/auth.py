"""Bearer-token authentication and scope checks for API views (no cookies, no sessions)."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import g, request
from flask_limiter.util import get_remote_address
from flask_smorest import Blueprint

from exchange.domain import tokens
from exchange.domain.errors import AuthenticationFailed
from exchange.domain.tokens import Scope, TokenGrant
from exchange.web.extensions import db_session

F = TypeVar("F", bound=Callable[..., Any])
SECURITY_SCHEME = "bearerAuth"


def _problem_response(description: str) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}


def requires(scope: Scope) -> Callable[[F], F]:
    """Authenticate the bearer token and check its scope before the view (and its input) runs."""
    def decorator(func: F) -> F:
        @wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            grant = authenticate()
            tokens.require_scope(grant, scope)
            return func(*args, **kwargs)

        documented = Blueprint.doc(
            security=[{SECURITY_SCHEME: []}],
            responses={"401": _problem_response("Missing, malformed, unknown or revoked token"),
                       "403": _problem_response(f"The token's scope does not include '{scope}'"),
                       "429": _problem_response("Rate limit exceeded for this token")},
        )
        return documented(wrapper)  # type: ignore[no-any-return]
    return decorator


def authenticate() -> TokenGrant:
    header = request.headers.get("Authorization", "")
    kind, _, value = header.partition(" ")
    if not header:
        raise AuthenticationFailed("Send an API token: 'Authorization: Bearer exg_…'.")
    if kind.lower() != "bearer" or not value.strip() or " " in value.strip():
        raise AuthenticationFailed("The Authorization header must be 'Bearer <token>'.")
    session = db_session()
    grant = tokens.authenticate(session, value.strip())
    session.commit()  # last_used_at, kept even if the view then fails
    g.api_grant = grant
    return grant


def current_grant() -> TokenGrant:
    grant: TokenGrant = g.api_grant
    return grant


def rate_limit_key() -> str:
    """Per token (by its hash, so no database lookup), else per client address."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        return "token:" + hashlib.sha256(header[7:].strip().encode()).hexdigest()[:32]
    return "ip:" + get_remote_address()
