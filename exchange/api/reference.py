"""A browsable API reference, rendered on the server from the OpenAPI document (no scripts,
no CDN: it works under the strict CSP), and the API root."""
from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, render_template, url_for

bp = Blueprint("api_reference", __name__, url_prefix="/api/v1")
METHODS = ("get", "post", "put", "patch", "delete")


@bp.get("/")
def root() -> dict[str, Any]:
    return {"openapi": url_for("api-docs.openapi_json"), "reference": url_for("api_reference.reference"),
            "catalogue": url_for("opendata.catalogue")}


@bp.get("/reference")
def reference() -> str:
    spec = current_app.extensions["exchange"]["api"].spec.to_dict()
    operations = []
    for path, item in sorted(spec.get("paths", {}).items()):
        for method in METHODS:
            if method in item:
                op = item[method]
                operations.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                                   "description": op.get("description", ""), "tag": (op.get("tags") or [""])[0],
                                   "secured": bool(op.get("security")),
                                   "parameters": [p["name"] for p in op.get("parameters", []) if "name" in p],
                                   "responses": sorted(op.get("responses", {}))})
    return render_template("api/reference.html", operations=operations, info=spec.get("info", {}),
                           tags=spec.get("tags", []))
