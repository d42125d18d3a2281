"""The maturity pages: start or continue an assessment, its result and roadmap, and frameworks."""
from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required
from werkzeug.wrappers import Response

from exchange.domain.access import require_role
from exchange.domain.errors import ValidationFailed
from exchange.domain.roles import Role
from exchange.domain.vocabulary import BARRIERS, SEGMENTS, TECHNOLOGIES
from exchange.maturity import assessments, frameworks, results
from exchange.maturity.chart import result_chart
from exchange.maturity.forms import FrameworkUploadForm, assessment_form, assessment_input
from exchange.maturity.scoring import PRIORITIES
from exchange.web.extensions import db_session
from exchange.web.security import current_actor

bp = Blueprint("maturity", __name__, url_prefix="/maturity")
LABELS = {"segments": SEGMENTS, "technologies": TECHNOLOGIES, "barriers": BARRIERS, "priorities": PRIORITIES}


@bp.get("/")
@login_required
def index() -> str:
    overview = assessments.overview(db_session(), current_actor())
    return render_template("maturity/index.html", overview=overview)


@bp.route("/frameworks/<int(max=2147483647):framework_id>/assess", methods=["GET", "POST"])
@login_required
def assess(framework_id: int) -> str | Response | tuple[str, int]:
    session, actor = db_session(), current_actor()
    q = assessments.questionnaire(session, actor, framework_id)
    form = assessment_form(q.framework, None if request.method == "POST" else q.previous)
    if form.validate_on_submit():
        try:
            created = assessments.create_assessment(session, actor, assessment_input(q.framework, form))
        except ValidationFailed as exc:
            for name, message in exc.errors.items():
                if name in form:
                    form[name].errors = [message]
        else:
            session.commit()
            flash(f"Assessment saved as version {created.version}.")
            return redirect(url_for("maturity.result", assessment_id=created.id))
    status = 400 if form.errors else 200
    return render_template("maturity/assess.html", q=q, form=form), status


@bp.get("/<int(max=2147483647):assessment_id>")
@login_required
def result(assessment_id: int) -> str:
    outcome = results.assessment_result(db_session(), current_actor(), assessment_id,
                                        min_group_size=current_app.config["MIN_GROUP_SIZE"])
    return render_template("maturity/result.html", r=outcome, chart=result_chart(outcome), labels=LABELS)


@bp.get("/frameworks")
@login_required
def framework_list() -> str:
    items = frameworks.list_frameworks(db_session(), current_actor())
    return render_template("maturity/frameworks.html", items=items, form=FrameworkUploadForm(), labels=LABELS)


@bp.post("/frameworks")
@login_required
def upload() -> Response | tuple[str, int]:
    session, actor = db_session(), current_actor()
    require_role(actor, Role.CURATOR, Role.ADMIN)
    form = FrameworkUploadForm()
    if form.validate_on_submit():
        try:
            loaded = frameworks.load_framework(session, actor, form.file.data.read())
        except ValidationFailed as exc:
            form.file.errors = [exc.errors.get("file", str(exc))]
        else:
            session.commit()
            flash(f"Framework {loaded.slug} version {loaded.version} "
                  f"{'loaded' if loaded.created else 'was already loaded'}.")
            return redirect(url_for("maturity.framework_list"))
    items = frameworks.list_frameworks(session, actor)
    return render_template("maturity/frameworks.html", items=items, form=form, labels=LABELS), 400
