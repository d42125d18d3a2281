"""``application/problem+json`` (RFC 9457) for every error under /api/: one shape, built once.

``exchange.web.errors`` defers to these functions when the request path is under ``/api/``, so
routing errors (unknown path, wrong method), domain errors, HTTP errors and crashes all get it.
"""
from __future__ import annotations

import json
from typing import Any

from flask import Response, request
from werkzeug.exceptions import HTTPException

API_PREFIX = "/api/"
MEDIA_TYPE = "application/problem+json"
SLUGS = {400: "validation-failed", 401: "unauthorised", 403: "forbidden", 404: "not-found",
         405: "method-not-allowed", 409: "illegal-transition", 410: "gone", 413: "too-large",
         415: "unsupported-media-type", 429: "rate-limited", 500: "internal-error"}
TITLES = {400: "Bad request", 401: "Authentication required", 403: "Forbidden", 404: "Not found",
          405: "Method not allowed", 409: "Conflict with the current state", 410: "Gone",
          413: "Request too large", 415: "Unsupported media type", 429: "Too many requests",
          500: "Internal server error"}


def is_api_request() -> bool:
    return request.path.startswith(API_PREFIX)


def problem(status: int, detail: str, errors: dict[str, str] | None = None,
            headers: dict[str, str] | None = None) -> Response:
    body: dict[str, Any] = {
        "type": f"urn:exchange:problem:{SLUGS.get(status, 'error')}",
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "instance": request.path,
    }
    if errors:
        body["errors"] = errors
    response = Response(json.dumps(body, ensure_ascii=False), status=status, mimetype=MEDIA_TYPE)
    response.headers["Cache-Control"] = "no-store"
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="exchange"'
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def from_domain(error: Exception, status: int) -> Response:
    return problem(status, str(error), dict(getattr(error, "errors", {}) or {}))


def from_http(error: HTTPException) -> Response:
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    errors = flatten(data.get("messages", {})) if isinstance(data, dict) else {}
    detail = "Please correct the highlighted fields." if errors else (error.description or TITLES.get(status, ""))
    headers = {}
    if status == 405 and getattr(error, "valid_methods", None):
        headers["Allow"] = ", ".join(error.valid_methods or ())
    if status == 429:
        headers.update({k: v for k, v in error.get_headers() if k.lower().startswith(("retry-after", "x-ratelimit"))})
    return problem(status, detail, errors, headers)


def unexpected() -> Response:
    return problem(500, "Something went wrong on our side. Nothing you submitted was lost.")


def flatten(messages: Any) -> dict[str, str]:
    """webargs' ``{location: {field: [message]}}`` as ``{field: "message"}``."""
    errors: dict[str, str] = {}
    if not isinstance(messages, dict):
        return errors
    for location, value in messages.items():
        if isinstance(value, dict):
            for name, message in value.items():
                errors[str(name)] = _text(message)
        else:
            errors[str(location)] = _text(value)
    return errors


def _text(message: Any) -> str:
    if isinstance(message, (list, tuple)):
        return " ".join(_text(m) for m in message)
    if isinstance(message, dict):
        return "; ".join(f"{k}: {_text(v)}" for k, v in message.items())
    return str(message)
