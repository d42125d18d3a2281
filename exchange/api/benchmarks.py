"""Benchmarks: disclosure-controlled aggregates and peer comparison (read scope)."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from flask import current_app
from marshmallow import EXCLUDE, Schema, fields

from exchange.api.auth import current_grant, requires
from exchange.api.blueprint import ApiBlueprint
from exchange.api.links import self_link
from exchange.benchmarks import service
from exchange.benchmarks.settings import settings_from_config
from exchange.benchmarks.web import compare_limit
from exchange.domain.tokens import Scope
from exchange.web.extensions import db_session, limiter

bp = ApiBlueprint("benchmarks_api", __name__, url_prefix="/api/v1/benchmarks",
                  description="Aggregates under disclosure control and peer comparison (read scope)")


class Filters(Schema):
    class Meta:
        unknown = EXCLUDE

    segment = fields.String(load_default=None)
    organisation_kind = fields.String(load_default=None)
    size_band = fields.String(load_default=None)


class BenchmarkQuery(Filters):
    metric = fields.String(required=True)
    technology = fields.String(load_default=None)


class Cell(Schema):
    segment = fields.String(allow_none=True)
    technology = fields.String(allow_none=True)
    n_organisations = fields.Integer(allow_none=True)
    suppressed = fields.Boolean()
    reason = fields.String()
    median = fields.Raw(allow_none=True, metadata={"description": "a number, or a band for banded metrics"})
    q1 = fields.Raw(allow_none=True)
    q3 = fields.Raw(allow_none=True)
    improvement_median = fields.Float(allow_none=True)
    improvement_n_organisations = fields.Integer(allow_none=True)


class Benchmark(Schema):
    metric = fields.Dict()
    cells = fields.List(fields.Nested(Cell))
    total = fields.Nested(Cell)
    data_up_to = fields.Date()
    notes = fields.List(fields.String())
    links = fields.Dict()


class CompareIn(Filters):
    metric = fields.String(required=True)
    value = fields.Float(required=True, allow_nan=False)


class CompareOut(Schema):
    metric = fields.String()
    n_organisations = fields.Integer(allow_none=True)
    suppressed = fields.Boolean()
    reason = fields.String()
    band = fields.String(allow_none=True)
    band_index = fields.Integer(allow_none=True)
    bands = fields.Integer(allow_none=True)


@bp.get("")
@bp.response(200, Benchmark)
@requires(Scope.READ)
@bp.arguments(BenchmarkQuery, location="query", as_kwargs=True)
def benchmarks(**query: Any) -> dict[str, Any]:
    """A metric's cells by segment (and technology), each with ``n_organisations``, ``suppressed``,
    ``reason`` and, when published, its median and quartiles — never a minimum or maximum."""
    session = db_session()
    view = service.benchmark_view(session, current_grant().actor, service.BenchmarkQuery(**query),
                                  settings_from_config(current_app.config))
    session.commit()  # every released aggregate is logged
    return {**asdict(view), "metric": asdict(view.metric), "links": self_link()}


@bp.post("/compare")
@limiter.limit(compare_limit)
@bp.response(200, CompareOut)
@requires(Scope.READ)
@bp.arguments(CompareIn, as_kwargs=True)
def compare(**request: Any) -> dict[str, Any]:
    """Your value's quartile band in the peer group (the value is neither stored nor logged)."""
    session = db_session()
    result = service.compare_kpis(session, current_grant().actor, service.ComparisonRequest(**request),
                                  settings_from_config(current_app.config))
    session.commit()
    return asdict(result)
