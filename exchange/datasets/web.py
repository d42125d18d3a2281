"""Dataset pages: upload, the column-role step, the review of the anonymised table, and the
library (list, page with the data dictionary, audited download)."""
from __future__ import annotations

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_login import login_required
from werkzeug.wrappers import Response as BaseResponse

from exchange.datasets import kpi_service, service, views
from exchange.datasets.forms import DatasetForm, KpisForm, RolesForm
from exchange.datasets.kpi_columns import KpiMapping
from exchange.datasets.service import ROLES
from exchange.datasets.upload import DatasetUpload
from exchange.domain import curation
from exchange.domain.access import require_role
from exchange.domain.errors import ValidationFailed
from exchange.domain.intake import MAX_UPLOAD_BYTES
from exchange.domain.roles import Role
from exchange.domain.vocabulary import SEGMENTS
from exchange.models import Organisation
from exchange.web.extensions import db_session, vault
from exchange.web.forms import CommentForm
from exchange.web.security import current_actor

bp = Blueprint("datasets", __name__, url_prefix="/datasets")
PER_PAGE = 20
ID = "<int(max=2147483647):contribution_id>"


@bp.get("/")
@login_required
def index() -> str:
    page = max(1, min(request.args.get("page", 1, type=int) or 1, 10_000))
    items, total = views.published_datasets(db_session(), current_actor(), page, PER_PAGE)
    return render_template("datasets/index.html", items=items, total=total, page=page, per_page=PER_PAGE,
                           segments=SEGMENTS)


@bp.get(f"/{ID}")
@login_required
def show(contribution_id: int) -> str:
    detail = views.published_dataset(db_session(), current_actor(), contribution_id)
    return render_template("datasets/show.html", d=detail, segments=SEGMENTS)


@bp.get(f"/{ID}/download")
@login_required
def download(contribution_id: int) -> Response:
    session = db_session()
    filename, content = views.download(session, current_actor(), contribution_id)
    session.commit()  # the download is audited
    response = Response(content, mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@bp.route("/new", methods=["GET", "POST"])
@login_required
def new() -> str | BaseResponse | tuple[str, int]:
    actor = current_actor()
    require_role(actor, Role.CONTRIBUTOR)
    form = DatasetForm()
    if form.validate_on_submit():
        session = db_session()
        try:
            contribution = service.create_dataset(session, vault(), actor, _upload_from(form))
        except ValidationFailed as exc:
            for name, message in exc.errors.items():
                getattr(form, name, form.file).errors = [message]
        else:
            session.commit()
            flash("The file is stored encrypted. Now check the role of each column.")
            return redirect(url_for("datasets.columns", contribution_id=contribution.id))
    elif not form.is_submitted():
        org = db_session().get(Organisation, actor.organisation_id)
        form.sensitive_terms.data = "\n".join(org.known_terms if org else [])
    return render_template("datasets/new.html", form=form), 400 if form.errors else 200


def _upload_from(form: DatasetForm) -> DatasetUpload:
    upload = form.file.data
    return DatasetUpload(title=form.title.data or "", summary=form.summary.data or "",
                         segment=form.segment.data or None,
                         sensitive_terms=tuple((form.sensitive_terms.data or "").splitlines()),
                         filename=upload.filename or "", data=upload.read(MAX_UPLOAD_BYTES + 1))


@bp.route(f"/{ID}/columns", methods=["GET", "POST"])
@login_required
def columns(contribution_id: int) -> str | BaseResponse | tuple[str, int]:
    session, actor = db_session(), current_actor()
    step = service.role_step(session, vault(), actor, contribution_id)
    session.commit()  # the sample values shown are a raw view, audited
    form, errors = RolesForm(data={"k": step.k, "l": step.l}), {}
    roles = {c.name: request.form.get(f"role-{i}", "") for i, c in enumerate(step.columns)} if form.is_submitted() else {}
    if form.validate_on_submit():
        try:
            service.choose_roles(session, vault(), actor, contribution_id, roles, form.k.data or 0, form.l.data or 0)
        except ValidationFailed as exc:
            errors = exc.errors
        else:
            session.commit()
            if "measure" in roles.values():
                flash("Column roles saved. Map measure columns to KPIs if you wish, then submit the dataset.")
                return redirect(url_for("datasets.kpis", contribution_id=contribution_id))
            flash("Column roles saved. Submit the dataset to anonymise it.")
            return redirect(url_for("datasets.review", contribution_id=contribution_id))
    errors = {**errors, **{name: "; ".join(messages) for name, messages in form.errors.items()}}
    return render_template("datasets/columns.html", step=step, form=form, errors=errors, roles=ROLES,
                           submitted=roles, action_form=CommentForm()), 400 if errors else 200


@bp.route(f"/{ID}/kpis", methods=["GET", "POST"])
@login_required
def kpis(contribution_id: int) -> str | BaseResponse | tuple[str, int]:
    session, actor = db_session(), current_actor()
    step = kpi_service.kpi_step(session, vault(), actor, contribution_id)
    form, errors = KpisForm(data={"period": step.period_column, "granularity": step.granularity}), {}
    chosen = {c.name: request.form.get(f"metric-{i}", "") for i, c in enumerate(step.columns)} if form.is_submitted() else {}
    if form.validate_on_submit():
        mapping = KpiMapping(chosen, form.period.data or None, form.granularity.data or "month")
        try:
            kpi_service.choose_kpis(session, vault(), actor, contribution_id, mapping)
        except ValidationFailed as exc:
            errors = exc.errors
        else:
            session.commit()
            flash("KPI columns saved. Submit the dataset to anonymise it." if any(chosen.values())
                  else "No column gives KPI values. Submit the dataset to anonymise it.")
            return redirect(url_for("datasets.review", contribution_id=contribution_id))
    errors = {**errors, **{name: "; ".join(messages) for name, messages in form.errors.items()}}
    return render_template("datasets/kpis.html", step=step, form=form, errors=errors, submitted=chosen), \
        400 if errors else 200


@bp.get(f"/{ID}/review")
@login_required
def review(contribution_id: int) -> str:
    session, actor = db_session(), current_actor()
    detail = views.working_dataset(session, actor, contribution_id)
    party = detail.is_owner or actor.role in (Role.CURATOR, Role.ADMIN)
    checks = curation.pre_review_checks(session, actor, contribution_id) if party and detail.report else []
    return render_template("datasets/review.html", d=detail, form=CommentForm(), segments=SEGMENTS, checks=checks)
