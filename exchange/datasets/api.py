"""Published datasets in the JSON API: list, one dataset with its data dictionary and report, and
the anonymised CSV (read scope). The published side only; downloads are audited."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from flask import Response, request
from marshmallow import EXCLUDE, Schema, fields, validate

from exchange.api.auth import current_grant, requires
from exchange.api.blueprint import ApiBlueprint
from exchange.api.links import page_links
from exchange.api.schemas import Links
from exchange.datasets import views
from exchange.domain import export
from exchange.domain.tokens import Scope
from exchange.web.extensions import db_session

MAX_PER_PAGE = 100
bp = ApiBlueprint("datasets_api", __name__, url_prefix="/api/v1/datasets",
                  description="Published, anonymised datasets with data dictionary and report (read scope)")


class DatasetQuery(Schema):
    class Meta:
        unknown = EXCLUDE

    page = fields.Integer(load_default=1, validate=validate.Range(1, 10_000))
    per_page = fields.Integer(load_default=20, validate=validate.Range(1, MAX_PER_PAGE))


class ExportQuery(Schema):
    class Meta:
        unknown = EXCLUDE

    format = fields.String(load_default="jsonl", validate=validate.OneOf(list(export.FORMATS)))


class DatasetSummary(Schema):
    id = fields.Integer()
    title = fields.String()
    summary = fields.String()
    segment = fields.String(allow_none=True)
    revision = fields.Integer()
    rows = fields.Integer()
    columns = fields.Integer()
    k_achieved = fields.Integer(allow_none=True)
    published_at = fields.AwareDateTime(format="iso", allow_none=True)
    download = fields.String(metadata={"description": "URL of the anonymised CSV"})


class DatasetPage(Schema):
    items = fields.List(fields.Nested(DatasetSummary))
    total = fields.Integer()
    page = fields.Integer()
    per_page = fields.Integer()
    links = fields.Nested(Links)


class DictionaryEntry(Schema):
    column = fields.String()
    role = fields.String()
    action = fields.String()
    generalisation = fields.String()
    information_loss = fields.Float(allow_none=True)


class Dataset(DatasetSummary):
    k_requested = fields.Integer()
    l_requested = fields.Integer()
    dictionary = fields.List(fields.Nested(DictionaryEntry))
    report = fields.Dict(keys=fields.String(), metadata={
        "description": "k and l achieved, rows in/out, suppressed records, information loss (NCP), "
                       "prosecutor risk (highest, average) and the equivalence-class size distribution"})


def _summary(item: views.DatasetSummary) -> dict[str, Any]:
    return {**asdict(item), "download": f"/api/v1/datasets/{item.id}/download"}


@bp.get("")
@bp.response(200, DatasetPage)
@requires(Scope.READ)
@bp.arguments(DatasetQuery, location="query", as_kwargs=True)
def list_datasets(page: int, per_page: int) -> dict[str, Any]:
    """Published datasets, newest first."""
    items, total = views.published_datasets(db_session(), current_grant().actor, page, per_page)
    pages = max(1, -(-total // per_page))
    return {"items": [_summary(i) for i in items], "total": total, "page": page, "per_page": per_page,
            "links": page_links(page, pages, per_page)}


@bp.get("/export")
@bp.response(200)
@bp.doc(responses={"200": {"description": "Metadata of every published dataset as JSON Lines or CSV",
                           "content": {media: {"schema": {"type": "string"}} for media in export.FORMATS.values()}}})
@requires(Scope.READ)
@bp.arguments(ExportQuery, location="query", as_kwargs=True)
def export_datasets(format: str) -> Response:  # noqa: A002
    """The open-data export of dataset metadata (no values: each table is its own download); audited."""
    session = db_session()
    result = export.export_datasets(session, current_grant().actor, format, request.host_url)
    session.commit()
    response = Response(result.content, mimetype=result.media_type)
    response.headers["Content-Disposition"] = f'attachment; filename="{result.filename}"'
    return response


@bp.get("/<int(max=2147483647):dataset_id>")
@bp.response(200, Dataset)
@requires(Scope.READ)
def get_dataset(dataset_id: int) -> dict[str, Any]:
    """One published dataset: metadata, data dictionary and privacy report."""
    detail = views.published_dataset(db_session(), current_grant().actor, dataset_id)
    return {**_summary(detail.summary), "k_requested": detail.k_requested, "l_requested": detail.l_requested,
            "dictionary": [asdict(e) for e in detail.dictionary], "report": detail.report}


@bp.get("/<int(max=2147483647):dataset_id>/download")
@bp.response(200)
@bp.doc(responses={"200": {"description": "The anonymised table (formula-injection safe)",
                           "content": {"text/csv": {"schema": {"type": "string"}}}}})
@requires(Scope.READ)
def download(dataset_id: int) -> Response:
    """The published, anonymised CSV; each download is recorded in the audit trail."""
    session = db_session()
    filename, content = views.download(session, current_grant().actor, dataset_id)
    session.commit()
    response = Response(content, mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
