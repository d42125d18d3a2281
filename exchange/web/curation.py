from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_required
from werkzeug.wrappers import Response

from exchange.domain import collections, curation, library_search, listings
from exchange.domain.access import require_role
from exchange.domain.errors import NotFound, ValidationFailed
from exchange.domain.roles import Role
from exchange.domain.vocabulary import SEGMENTS
from exchange.web.extensions import db_session
from exchange.web.forms import CollectionForm, CommentForm
from exchange.web.security import current_actor

bp = Blueprint("curation", __name__, url_prefix="/curation")


@bp.get("/")
@login_required
def queue() -> str:
    segment, state = request.args.get("segment") or None, request.args.get("state") or None
    items = curation.queue(db_session(), current_actor(), segment=segment, state=state)
    return render_template("curation/queue.html", items=items, segments=SEGMENTS, segment=segment, state=state)


@bp.get("/wanted")
@login_required
def wanted() -> str:
    """Searches that found nothing: what the sector is looking for."""
    return render_template("curation/wanted.html", misses=library_search.top_misses(db_session(), current_actor()))


@bp.route("/collections", methods=["GET", "POST"])
@login_required
def manage_collections() -> str | Response | tuple[str, int]:
    session, actor = db_session(), current_actor()
    require_role(actor, Role.CURATOR)
    form = CollectionForm()
    if form.validate_on_submit():
        try:
            collection = collections.create_collection(session, actor, form.title.data or "", form.description.data or "")
        except ValidationFailed as exc:
            for field, message in exc.errors.items():
                getattr(form, field, form.title).errors = [message]
        else:
            session.commit()
            flash("Collection created.")
            return redirect(url_for("library.collection", collection_id=collection.id))
    published = listings.published_cases(session, actor, limit=500)
    status = 400 if form.errors else 200
    return render_template("curation/collections.html", form=form, published=published,
                           collections=collections.list_collections(session, actor), edit_form=CommentForm()), status


@bp.post("/collections/<int(max=2147483647):collection_id>/<op>")
@login_required
def change_collection(collection_id: int, op: str) -> Response:
    if not CommentForm().validate_on_submit():
        raise ValidationFailed("The form was incomplete.")
    if op not in ("add", "remove"):
        raise NotFound("No such page.")
    case_id = request.form.get("case", "")
    session = db_session()
    (collections.add_case if op == "add" else collections.remove_case)(
        session, current_actor(), collection_id, int(case_id) if case_id.isdigit() else 0)
    session.commit()
    flash("Collection updated.")
    return redirect(url_for("library.collection", collection_id=collection_id))
