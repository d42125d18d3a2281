from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import login_required

from exchange.domain import listings
from exchange.web.extensions import db_session
from exchange.web.security import current_actor

bp = Blueprint("curation", __name__, url_prefix="/curation")


@bp.get("/")
@login_required
def queue() -> str:
    return render_template("curation/queue.html", items=listings.curation_queue(db_session(), current_actor()))
