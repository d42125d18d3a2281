"""The JSON API under /api/v1/: flask-smorest blueprints, the OpenAPI document, bearer tokens,
per-token rate limits and problem+json errors.

A feature adds its endpoints by appending its smorest ``Blueprint`` to ``BLUEPRINTS`` (datasets,
benchmarks, search): it then gets authentication (``exchange.api.auth.requires``), the rate
limit, CSRF exemption, ``Cache-Control: no-store`` and the problem+json errors for free.
"""
from __future__ import annotations

from flask import Flask
from flask_smorest import Api, Blueprint

from exchange.api import (
    benchmarks,
    cases,
    curation,
    maturity,
    opendata,
    problems,
    reference,
    schemas,
    searches,
    submissions,
    taxonomies,
)
from exchange.api.auth import SECURITY_SCHEME
from exchange.api.blueprint import DEFAULT_RATE_LIMIT
from exchange.datasets import api as datasets

BLUEPRINTS: tuple[Blueprint, ...] = (cases.bp, submissions.bp, curation.bp, taxonomies.bp, opendata.bp,
                                     benchmarks.bp, maturity.bp, datasets.bp, searches.bp)


class _Api(Api):
    ERROR_SCHEMA = schemas.Problem

    def _register_error_handlers(self) -> None:
        """Errors are rendered by exchange.web.errors, which defers to problem+json under /api/."""

    def _register_responses(self) -> None:
        """Document the error responses with the media type they really have."""
        self.DEFAULT_RESPONSE_CONTENT_TYPE = problems.MEDIA_TYPE
        try:
            super()._register_responses()  # type: ignore[misc]
        finally:
            del self.DEFAULT_RESPONSE_CONTENT_TYPE  # back to the class's application/json


def init_app(app: Flask) -> None:
    app.config.setdefault("API_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    app.config.update(API_TITLE="The Exchange API", API_VERSION="v1", OPENAPI_VERSION="3.0.3",
                      OPENAPI_URL_PREFIX="/api/v1", OPENAPI_JSON_PATH="openapi.json")
    api = _Api(app, spec_kwargs={"info": {"description": _DESCRIPTION}})
    api.spec.components.security_scheme(SECURITY_SCHEME, {"type": "http", "scheme": "bearer",
                                                          "bearerFormat": "exg_ token"})
    app.extensions["exchange"]["api"] = api
    for bp in BLUEPRINTS:
        api.register_blueprint(bp)
    app.register_blueprint(reference.bp)


_DESCRIPTION = (
    "Anonymised automation and digitalisation case studies for UK medicines manufacturing. "
    "Authenticate with 'Authorization: Bearer exg_…' (create a token under /account/tokens). "
    "Errors are application/problem+json; lists carry items, total and links."
)
