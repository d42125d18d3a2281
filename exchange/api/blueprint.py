"""The smorest Blueprint every API module uses: validation errors are 400 (not 422), no CSRF
(bearer tokens, no cookies), a rate limit per token, and ``Cache-Control: no-store``."""
from __future__ import annotations

from typing import Any

from flask import Response, current_app, g
from flask_smorest import Blueprint
from webargs.flaskparser import FlaskParser

from exchange.api.auth import rate_limit_key
from exchange.web.extensions import csrf, limiter

DEFAULT_RATE_LIMIT = "600 per minute"


class _Parser(FlaskParser):
    DEFAULT_VALIDATION_STATUS = 400


class ApiBlueprint(Blueprint):
    ARGUMENTS_PARSER = _Parser()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        csrf.exempt(self)
        limiter.limit(_rate_limit, key_func=rate_limit_key)(self)
        self.after_request(_no_store)


def _rate_limit() -> str:
    limit: str = current_app.config.get("API_RATE_LIMIT") or DEFAULT_RATE_LIMIT
    return limit


def _no_store(response: Response) -> Response:
    if g.get("api_grant") is not None:
        response.headers["Cache-Control"] = "no-store"
    return response
