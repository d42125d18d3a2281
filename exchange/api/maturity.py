"""Digital maturity: frameworks, private self-assessments and their ranked gaps."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from marshmallow import Schema, fields

from exchange.api.auth import current_grant, requires
from exchange.api.blueprint import ApiBlueprint
from exchange.api.links import self_link
from exchange.domain.tokens import Scope
from exchange.maturity import assessments, frameworks, results
from exchange.maturity.api_input import assessment_input_from_json
from exchange.web.extensions import db_session

bp = ApiBlueprint("maturity_api", __name__, url_prefix="/api/v1/maturity",
                  description="Maturity frameworks and your organisation's private self-assessments")


class Framework(Schema):
    id = fields.Integer()
    slug = fields.String()
    version = fields.String()
    name = fields.String()
    description = fields.String()
    levels = fields.List(fields.Dict())
    dimensions = fields.List(fields.Dict())


class FrameworkList(Schema):
    items = fields.List(fields.Nested(Framework))
    total = fields.Integer()
    links = fields.Dict()


class AssessmentIn(Schema):
    framework_id = fields.Integer(required=True, strict=True)
    answers = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)
    targets = fields.Dict(keys=fields.String(), values=fields.Integer(), load_default=dict)
    priorities = fields.Dict(keys=fields.String(), values=fields.Integer(), load_default=dict)


class Assessment(Schema):
    id = fields.Integer()
    framework_id = fields.Integer()
    framework_name = fields.String()
    version = fields.Integer()
    submitted_at = fields.DateTime()
    mean_score = fields.Float()


class GapOut(Schema):
    code = fields.String()
    name = fields.String()
    current = fields.Float()
    target = fields.Integer()
    priority = fields.Integer()
    size = fields.Float()
    weight = fields.Float()
    case_ids = fields.List(fields.Integer())


class GapList(Schema):
    items = fields.List(fields.Nested(GapOut))
    total = fields.Integer()
    links = fields.Dict()


@bp.get("/frameworks")
@bp.response(200, FrameworkList)
@requires(Scope.READ)
def list_frameworks() -> dict[str, Any]:
    """Every framework with its levels, dimensions (and the technologies that move them) and questions."""
    items = [asdict(f) for f in frameworks.list_frameworks(db_session(), current_grant().actor)]
    return {"items": items, "total": len(items), "links": self_link()}


@bp.post("/assessments")
@bp.response(201, Assessment)
@requires(Scope.READ)
@bp.arguments(AssessmentIn)
def create_assessment(payload: dict[str, Any]) -> Any:
    """Submit a new version of your organisation's assessment (members and contributors only)."""
    session = db_session()
    summary = assessments.create_assessment(session, current_grant().actor, assessment_input_from_json(payload))
    session.commit()
    return summary


@bp.get("/assessments/<int(max=2147483647):assessment_id>/gaps")
@bp.response(200, GapList)
@requires(Scope.READ)
def gaps(assessment_id: int) -> dict[str, Any]:
    """Gaps ranked by size × priority, each with the published cases that closed the same gap."""
    items = [{**asdict(g), "case_ids": list(g.case_ids)}
             for g in results.assessment_gaps(db_session(), current_grant().actor, assessment_id)]
    return {"items": items, "total": len(items), "links": self_link()}
