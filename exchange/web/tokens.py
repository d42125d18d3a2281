"""The signed-in user's API tokens: create (shown once), list, revoke."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import login_required
from werkzeug.wrappers import Response

from exchange.domain import tokens
from exchange.domain.errors import ValidationFailed
from exchange.web.extensions import db_session
from exchange.web.forms import ApiTokenForm, CommentForm
from exchange.web.security import current_actor

bp = Blueprint("tokens", __name__, url_prefix="/account/tokens")
SCOPE_HELP = {"read": "read the library, export, taxonomies",
              "contribute": "read, and create and manage your organisation's submissions",
              "curate": "read, and review, publish and retire contributions"}


def _form() -> ApiTokenForm:
    form = ApiTokenForm()
    form.scope.choices = [(s.value, f"{s.value} — {SCOPE_HELP[s.value]}") for s in tokens.scopes_for(current_actor())]
    return form


def _page(form: ApiTokenForm, new_token: str | None = None, status: int = 200) -> tuple[str, int]:
    items = tokens.list_tokens(db_session(), current_actor())
    return render_template("tokens/index.html", form=form, items=items, new_token=new_token,
                           revoke_form=CommentForm()), status


@bp.get("/")
@login_required
def index() -> tuple[str, int]:
    return _page(_form())


@bp.post("/")
@login_required
def create() -> tuple[str, int]:
    form = _form()
    if not form.validate_on_submit():
        return _page(form, status=400)
    session = db_session()
    try:
        _, secret = tokens.create_token(session, current_actor(), form.name.data or "", form.scope.data or "")
    except ValidationFailed as exc:
        for field, message in exc.errors.items():
            getattr(form, field, form.name).errors = [message]
        return _page(form, status=400)
    session.commit()
    return _page(_form(), new_token=secret, status=201)


@bp.post("/<int(max=2147483647):token_id>/revoke")
@login_required
def revoke(token_id: int) -> Response:
    if not CommentForm().validate_on_submit():
        raise ValidationFailed("The form was not valid.")
    session = db_session()
    info = tokens.revoke_token(session, current_actor(), token_id)
    session.commit()
    flash(f"Revoked the token “{info.name}”. Programs using it can no longer sign in.")
    return redirect(url_for("tokens.index"))
