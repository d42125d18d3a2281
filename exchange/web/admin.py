from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import login_required
from werkzeug.wrappers import Response

from exchange.domain import accounts
from exchange.domain.access import require_role
from exchange.domain.errors import ValidationFailed
from exchange.domain.roles import Role
from exchange.web.extensions import db_session
from exchange.web.forms import InvitationForm, OrganisationForm
from exchange.web.security import current_actor

bp = Blueprint("admin", __name__, url_prefix="/admin")


def _page(org_form: OrganisationForm, invite_form: InvitationForm, link: str | None = None,
          status: int = 200) -> tuple[str, int]:
    session, actor = db_session(), current_actor()
    organisations = accounts.list_organisations(session, actor)
    invite_form.organisation.choices = {o.id: o.name for o in organisations}
    return render_template("admin/index.html", organisations=organisations,
                           invitations=accounts.list_invitations(session, actor),
                           org_form=org_form, invite_form=invite_form, link=link), status


@bp.get("/")
@login_required
def index() -> tuple[str, int]:
    require_role(current_actor(), Role.ADMIN)
    return _page(OrganisationForm(prefix="org"), InvitationForm(prefix="inv"))


@bp.post("/organisations")
@login_required
def create_organisation() -> Response | tuple[str, int]:
    session, actor = db_session(), current_actor()
    require_role(actor, Role.ADMIN)
    form = OrganisationForm(prefix="org")
    if form.validate_on_submit():
        try:
            accounts.create_organisation(session, actor, form.name.data or "", form.kind.data or "",
                                         size_band=form.size_band.data or "medium", region=form.region.data or "")
        except ValidationFailed as exc:
            for field, message in exc.errors.items():
                getattr(form, field, form.name).errors = [message]
        else:
            session.commit()
            flash("Organisation created.")
            return redirect(url_for("admin.index"))
    return _page(form, InvitationForm(prefix="inv"), status=400)


@bp.post("/invitations")
@login_required
def invite() -> tuple[str, int]:
    session, actor = db_session(), current_actor()
    require_role(actor, Role.ADMIN)
    form = InvitationForm(prefix="inv")
    form.organisation.choices = {o.id: o.name for o in accounts.list_organisations(session, actor)}
    if form.validate_on_submit():
        try:
            _, token = accounts.create_invitation(session, actor, form.email.data or "",
                                                  form.organisation.data, form.role.data or "")
        except ValidationFailed as exc:
            for field, message in exc.errors.items():
                getattr(form, field, form.email).errors = [message]
        else:
            session.commit()
            link = url_for("auth.accept_invitation", token=token, _external=True)
            return _page(OrganisationForm(prefix="org"), InvitationForm(prefix="inv"), link=link)
    return _page(OrganisationForm(prefix="org"), form, status=400)
