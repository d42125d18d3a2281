"""Domain errors and HTTP errors mapped once to a status and a clear page."""
from __future__ import annotations

import logging
import traceback

from flask import Flask, Response, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from exchange.api import problems
from exchange.domain.errors import (
    AuthenticationFailed,
    DomainError,
    IllegalTransition,
    NotFound,
    PermissionDenied,
    ValidationFailed,
    VaultError,
)
from exchange.domain.library_search import SearchUnavailable

log = logging.getLogger(__name__)

STATUS: dict[type, int] = {
    NotFound: 404,
    PermissionDenied: 403,
    IllegalTransition: 409,
    ValidationFailed: 400,
    AuthenticationFailed: 401,
    VaultError: 410,
    SearchUnavailable: 503,
}
TITLES = {400: "Bad request", 401: "Not signed in", 403: "Not allowed", 404: "Not found",
          405: "Method not allowed", 409: "Not possible now", 410: "Gone", 413: "Too large",
          429: "Too many requests", 500: "Something went wrong", 503: "Temporarily unavailable"}


def status_for(error: DomainError) -> int:
    for cls in type(error).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 400


def init_app(app: Flask) -> None:
    app.register_error_handler(DomainError, _domain_error)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)


def _page(status: int, message: str) -> tuple[str, int]:
    return render_template("errors/error.html", status=status, title=TITLES.get(status, "Error"),
                           message=message), status


def _domain_error(error: DomainError) -> tuple[str, int] | Response:
    if problems.is_api_request():
        return problems.from_domain(error, status_for(error))
    return _page(status_for(error), str(error))


def _csrf_error(error: CSRFError) -> tuple[str, int] | Response:
    if problems.is_api_request():
        return problems.from_http(error)
    return _page(400, "The form was missing its security token or it had expired. Go back, reload and try again.")


def _http_error(error: HTTPException) -> tuple[str, int] | Response:
    if problems.is_api_request():
        return problems.from_http(error)
    status = error.code or 500
    return _page(status, error.description or TITLES.get(status, "Error"))


def _unexpected(error: Exception) -> tuple[str, int] | Response:
    # The message and local values may hold contribution text: log the type and the frames only.
    frames = "".join(traceback.format_tb(error.__traceback__))
    log.error("unhandled %s\n%s", type(error).__name__, frames)
    if problems.is_api_request():
        return problems.unexpected()
    return _page(500, "Something went wrong on our side. Nothing you submitted was lost.")
