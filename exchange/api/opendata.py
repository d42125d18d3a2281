"""Open-data export of the published library (JSON Lines, CSV) and its DCAT catalogue."""
from __future__ import annotations

from typing import Any

from flask import Response, request

from exchange.api import schemas
from exchange.api.auth import current_grant, requires
from exchange.api.blueprint import ApiBlueprint
from exchange.domain import export
from exchange.domain.tokens import Scope
from exchange.web.extensions import db_session

bp = ApiBlueprint("opendata", __name__, url_prefix="/api/v1",
                  description="Bulk export of published, redacted case studies and catalogue metadata")


@bp.get("/export")
@bp.response(200)
@bp.doc(responses={"200": {"description": "All published cases as JSON Lines or CSV",
                           "content": {media: {"schema": {"type": "string"}} for media in export.FORMATS.values()}}})
@requires(Scope.READ)
@bp.arguments(schemas.ExportQuery, location="query", as_kwargs=True)
def export_cases(format: str) -> Response:  # noqa: A002
    """Every published case (redacted text only); each export is recorded in the audit trail."""
    session = db_session()
    result = export.export_cases(session, current_grant().actor, format)
    session.commit()
    response = Response(result.content, mimetype=result.media_type)
    response.headers["Content-Disposition"] = f'attachment; filename="{result.filename}"'
    return response


@bp.get("/catalogue.json")
@bp.response(200, description="DCAT catalogue (JSON-LD) describing the export distributions")
def catalogue() -> dict[str, Any]:
    """Metadata for harvesters: the dataset, its licence, keywords and download URLs (no content)."""
    return export.catalogue(db_session(), request.host_url)
