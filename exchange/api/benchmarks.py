"""Benchmarks: disclosure-controlled aggregates and peer comparison (read scope)."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from flask import current_app, request
from marshmallow import EXCLUDE, Schema, fields, validate

from exchange.api.auth import current_grant, rate_limit_key, requires
from exchange.api.blueprint import ApiBlueprint
from exchange.api.links import self_link
from exchange.benchmarks import peer_groups, service
from exchange.benchmarks.settings import settings_from_config
from exchange.benchmarks.web import compare_limit
from exchange.domain import tokens
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
    site_type = fields.String(load_default=None)
    peer_group_id = fields.Integer(load_default=None, validate=validate.Range(1, 2147483647),
                                   metadata={"description": "one of your saved peer groups: its filters replace "
                                                            "segment, organisation_kind, size_band and site_type"})


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
    improvement_reason = fields.String(metadata={"description": "why the improvement is withheld, when it is"})


class Benchmark(Schema):
    metric = fields.Dict()
    cells = fields.List(fields.Nested(Cell))
    total = fields.Nested(Cell)
    data_up_to = fields.Date()
    notes = fields.List(fields.String())
    filters = fields.Dict(metadata={"description": "the peer filters applied (a saved group's, when one is given)"})
    peer_group = fields.String(allow_none=True)
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
    q = view.query
    filters = {"segment": q.segment, "technology": q.technology, "organisation_kind": q.organisation_kind,
               "size_band": q.size_band, "site_type": q.site_type, "peer_group_id": q.peer_group_id}
    return {**asdict(view), "metric": asdict(view.metric), "filters": filters, "links": self_link()}


def per_user_key() -> str:
    """Comparisons count per user across all of their tokens (probing with several tokens or from
    several addresses does not help); an unknown token counts per token, as every API call does."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        user_id = tokens.owner_of(db_session(), header[7:].strip())
        if user_id is not None:
            return f"user:{user_id}"
    return rate_limit_key()


@bp.post("/compare")
@limiter.limit(compare_limit, key_func=per_user_key)
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


class PeerGroupIn(Schema):
    name = fields.String(required=True, validate=validate.Length(max=200))
    segment = fields.String(load_default=None, allow_none=True)
    organisation_kind = fields.String(load_default=None, allow_none=True)
    size_band = fields.String(load_default=None, allow_none=True)
    site_type = fields.String(load_default=None, allow_none=True)


class PeerGroupOut(Schema):
    id = fields.Integer()
    name = fields.String()
    segment = fields.String(allow_none=True)
    organisation_kind = fields.String(allow_none=True)
    size_band = fields.String(allow_none=True)
    site_type = fields.String(allow_none=True)
    created_at = fields.DateTime()


class PeerGroupList(Schema):
    items = fields.List(fields.Nested(PeerGroupOut))
    total = fields.Integer()
    links = fields.Dict()


def _group_out(group: peer_groups.SavedPeerGroup) -> dict[str, Any]:
    return {"id": group.id, "name": group.name, **asdict(group.definition), "created_at": group.created_at}


@bp.get("/peer-groups")
@bp.response(200, PeerGroupList)
@requires(Scope.READ)
def list_peer_groups() -> dict[str, Any]:
    """Your own saved peer definitions (nobody else sees them)."""
    items = [_group_out(g) for g in peer_groups.list_peer_groups(db_session(), current_grant().actor)]
    return {"items": items, "total": len(items), "links": self_link()}


@bp.post("/peer-groups")
@bp.response(201, PeerGroupOut)
@requires(Scope.READ)
@bp.arguments(PeerGroupIn)
def create_peer_group(payload: dict[str, Any]) -> dict[str, Any]:
    """Save a named peer group (structural filters only; at least one). Its size is checked
    each time it is used: a group too small to protect its members gets no figures."""
    session = db_session()
    name = payload.pop("name")
    group = peer_groups.save_peer_group(session, current_grant().actor, name, peer_groups.PeerDefinition(**payload))
    session.commit()
    return _group_out(group)


@bp.delete("/peer-groups/<int(max=2147483647):group_id>")
@bp.response(204)
@requires(Scope.READ)
def delete_peer_group(group_id: int) -> None:
    """Delete one of your saved peer groups (anyone else's is 404)."""
    session = db_session()
    peer_groups.delete_peer_group(session, current_grant().actor, group_id)
    session.commit()
