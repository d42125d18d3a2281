from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import login_required

from exchange.domain import listings
from exchange.domain.vocabulary import BARRIERS, MATURITY_LEVELS, SEGMENTS, TECHNOLOGIES
from exchange.web.extensions import db_session
from exchange.web.security import current_actor

bp = Blueprint("library", __name__, url_prefix="/cases")
LABELS = {"segments": SEGMENTS, "technologies": TECHNOLOGIES, "barriers": BARRIERS, "maturity": MATURITY_LEVELS}
PER_PAGE = 20


@bp.get("/")
@login_required
def index() -> str:
    page = max(1, min(request.args.get("page", 1, type=int) or 1, 10_000))
    items = listings.published_cases(db_session(), current_actor(), limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    return render_template("library/index.html", items=items, labels=LABELS, page=page, per_page=PER_PAGE)


@bp.get("/<int:case_id>")
@login_required
def case(case_id: int) -> str:
    detail = listings.published_case(db_session(), current_actor(), case_id)
    return render_template("library/case.html", c=detail, labels=LABELS)
