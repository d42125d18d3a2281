from __future__ import annotations

from flask import Blueprint, render_template
from sqlalchemy import text

from exchange.web.extensions import db_session

bp = Blueprint("main", __name__)


@bp.get("/")
def home() -> str:
    return render_template("main/home.html")


@bp.get("/healthz")
def healthz() -> tuple[dict[str, str], int]:
    db_session().execute(text("select 1"))
    return {"status": "ok"}, 200
