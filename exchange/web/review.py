"""The contributor's redaction review pages."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_required
from werkzeug.wrappers import Response

from exchange.domain import review
from exchange.domain.errors import ValidationFailed
from exchange.web.extensions import db_session, vault
from exchange.web.forms import CommentForm
from exchange.web.security import current_actor

bp = Blueprint("review", __name__, url_prefix="/contributions/<int(max=2147483647):contribution_id>/review")


@bp.get("/")
@login_required
def show(contribution_id: int) -> str:
    session = db_session()
    view = review.review_view(session, vault(), current_actor(), contribution_id)
    session.commit()  # the raw view is audited
    return render_template("review/review.html", view=view, form=CommentForm())


def _checked_form() -> None:
    if not CommentForm().validate_on_submit():
        raise ValidationFailed("The form was incomplete.")


@bp.post("/terms")
@login_required
def add_terms(contribution_id: int) -> Response:
    _checked_form()
    terms = request.form.get("terms", "").splitlines()
    session = db_session()
    added = review.add_terms(session, vault(), current_actor(), contribution_id, terms)
    session.commit()
    flash(f"Redacted {added} more term{'s' if added != 1 else ''}.")
    return redirect(url_for("review.show", contribution_id=contribution_id))


@bp.post("/restore")
@login_required
def restore(contribution_id: int) -> Response:
    _checked_form()
    index = request.form.get("finding", "")
    session = db_session()
    review.restore(session, vault(), current_actor(), contribution_id, request.form.get("field", ""),
                   int(index) if index.isdigit() else -1, confirmed=request.form.get("confirm") == "yes")
    session.commit()
    flash("The text was restored. This is recorded in the audit trail.")
    return redirect(url_for("review.show", contribution_id=contribution_id))


@bp.post("/confirm")
@login_required
def confirm(contribution_id: int) -> Response:
    _checked_form()
    session = db_session()
    count = review.confirm_warnings(session, current_actor(), contribution_id, request.form.getlist("warning"))
    session.commit()
    flash(f"Confirmed {count} warning{'s' if count != 1 else ''}.")
    return redirect(url_for("review.show", contribution_id=contribution_id))
