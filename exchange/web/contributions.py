from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required
from werkzeug.wrappers import Response

from exchange import jobs
from exchange.after_action import after_action
from exchange.db import scrub_freed_pages
from exchange.domain import contributions, curation, listings, raw_erasure
from exchange.domain.access import require_role
from exchange.domain.contribution_input import CaseStudyInput
from exchange.domain.errors import ValidationFailed
from exchange.domain.intake import MAX_UPLOAD_BYTES, extract_story
from exchange.domain.job_status import job_status
from exchange.domain.roles import Role
from exchange.domain.vocabulary import BARRIERS, MATURITY_LEVELS, SEGMENTS, TECHNOLOGIES
from exchange.web.extensions import db_session, vault
from exchange.web.forms import CaseStudyForm, CommentForm, EraseRawForm, MessageForm
from exchange.web.security import current_actor

bp = Blueprint("contributions", __name__, url_prefix="/contributions")
LABELS = {"segments": SEGMENTS, "technologies": TECHNOLOGIES, "barriers": BARRIERS, "maturity": MATURITY_LEVELS}


@bp.get("/")
@login_required
def mine() -> str:
    items = listings.own_contributions(db_session(), vault(), current_actor())
    db_session().commit()  # the audit of the raw titles shown
    return render_template("contributions/mine.html", items=items, labels=LABELS)


def _input_from(form: CaseStudyForm) -> CaseStudyInput:
    upload = form.story_file.data
    if upload:
        extracted = extract_story(upload.read(MAX_UPLOAD_BYTES + 1))
        form.body.data = extracted.text
        flash(f"The story was taken from your {extracted.kind.upper()} file; its document properties were discarded.")

    def level(value: str | None) -> int | None:
        return int(value) if value and value.isdigit() else None

    return CaseStudyInput(
        title=form.title.data or "", summary=form.summary.data or "", body=form.body.data or "",
        lessons=form.lessons.data or "", segment=form.segment.data or None,
        technologies=tuple(form.technologies.data or ()), barriers=tuple(form.barriers.data or ()),
        maturity_before=level(form.maturity_before.data), maturity_after=level(form.maturity_after.data),
        sensitive_terms=tuple((form.sensitive_terms.data or "").splitlines()),
    )


def _show_errors(form: CaseStudyForm, exc: ValidationFailed) -> None:
    for field, message in exc.errors.items():
        getattr(form, field, form.title).errors = [message]


@bp.route("/new", methods=["GET", "POST"])
@login_required
def new() -> str | Response | tuple[str, int]:
    actor = current_actor()
    require_role(actor, Role.CONTRIBUTOR)
    form = CaseStudyForm()
    if form.validate_on_submit():
        session = db_session()
        try:
            contribution = contributions.create_case_study(session, vault(), actor, _input_from(form))
        except ValidationFailed as exc:
            _show_errors(form, exc)
        else:
            session.commit()
            flash("Draft saved. Nothing is shared until you approve the redacted version.")
            return redirect(url_for("contributions.detail", contribution_id=contribution.id))
    elif not form.is_submitted():
        form.sensitive_terms.data = "\n".join(_known_terms())
    status = 400 if form.errors else 200
    return render_template("contributions/form.html", form=form, editing=None), status


def _known_terms() -> list[str]:
    from exchange.models import Organisation

    org = db_session().get(Organisation, current_actor().organisation_id)
    return list(org.known_terms) if org else []


@bp.route("/<int(max=2147483647):contribution_id>/edit", methods=["GET", "POST"])
@login_required
def edit(contribution_id: int) -> str | Response | tuple[str, int]:
    session, actor = db_session(), current_actor()
    form = CaseStudyForm()
    if form.validate_on_submit():
        try:
            contributions.update_draft(session, vault(), actor, contribution_id, _input_from(form))
        except ValidationFailed as exc:
            _show_errors(form, exc)
        else:
            session.commit()
            flash("Draft saved.")
            return redirect(url_for("contributions.detail", contribution_id=contribution_id))
    elif not form.is_submitted():
        data = contributions.draft_for_editing(session, vault(), actor, contribution_id)
        session.commit()
        form.process(data={**data.__dict__, "sensitive_terms": "\n".join(data.sensitive_terms),
                           "maturity_before": str(data.maturity_before or ""),
                           "maturity_after": str(data.maturity_after or ""),
                           "segment": data.segment or ""})
    status = 400 if form.errors else 200
    return render_template("contributions/form.html", form=form, editing=contribution_id), status


@bp.get("/<int(max=2147483647):contribution_id>")
@login_required
def detail(contribution_id: int) -> str:
    session, actor = db_session(), current_actor()
    detail = listings.contribution_detail(session, actor, contribution_id)
    party = detail.is_owner or actor.role in ("curator", "admin")
    return render_template(
        "contributions/detail.html", c=detail, labels=LABELS, form=CommentForm(), message_form=MessageForm(),
        checks=curation.pre_review_checks(session, actor, contribution_id) if party and detail.redacted else [],
        thread=curation.comments(session, actor, contribution_id) if party else [],
    )


@bp.post("/<int(max=2147483647):contribution_id>/comments")
@login_required
def comment(contribution_id: int) -> Response:
    session = db_session()  # CSRF is checked for every POST; access, then the message, by the service
    curation.add_comment(session, vault(), current_actor(), contribution_id, request.form.get("body", ""))
    session.commit()
    flash("Message posted.")
    return redirect(url_for("contributions.detail", contribution_id=contribution_id) + "#thread")


@bp.get("/<int(max=2147483647):contribution_id>/original")
@login_required
def original(contribution_id: int) -> str | tuple[str, int]:
    session = db_session()
    erased = raw_erasure.erased_for_reader(session, current_actor(), contribution_id)
    if erased is not None:
        return render_template("contributions/original_erased.html", erased_at=erased,
                               contribution_id=contribution_id), 410
    data = contributions.read_raw(session, vault(), current_actor(), contribution_id)
    session.commit()  # the raw view is audited
    return render_template("contributions/original.html", data=data, contribution_id=contribution_id,
                           labels=LABELS)


@bp.route("/<int(max=2147483647):contribution_id>/erase-original", methods=["GET", "POST"])
@login_required
def erase_original(contribution_id: int) -> str | tuple[str, int] | Response:
    """Confirm, then erase the original text of a published contribution (irreversible)."""
    session, actor = db_session(), current_actor()
    raw_erasure.check_erasable(session, actor, contribution_id)
    form = EraseRawForm()
    if form.validate_on_submit():
        try:
            raw_erasure.erase_raw(session, vault(), actor, contribution_id, confirmed=bool(form.confirm.data))
        except ValidationFailed as exc:
            form.confirm.errors = [str(exc)]
        else:
            session.commit()
            scrub_freed_pages(current_app.extensions["exchange"]["engine"])
            flash("The original text is erased. The published, redacted version stays online.")
            return redirect(url_for("contributions.detail", contribution_id=contribution_id))
    status = 400 if form.is_submitted() else 200
    return render_template("contributions/erase.html", form=form, contribution_id=contribution_id), status


@bp.post("/<int(max=2147483647):contribution_id>/actions/<action>")
@login_required
def act(contribution_id: int, action: str) -> Response:
    form = CommentForm()
    if not form.validate_on_submit():
        raise ValidationFailed("The comment is too long.")
    session = db_session()
    contribution = contributions.take_action(session, vault(), current_actor(), contribution_id, action,
                                             form.comment.data or "")
    session.commit()
    state = after_action(current_app._get_current_object(), contribution.id, action)  # type: ignore[attr-defined]
    if state is not None:
        if state == "submitted":  # a worker has it: follow it on the status page
            return redirect(url_for("contributions.status", contribution_id=contribution_id))
        flash("Anonymisation finished: review the redacted version." if state == "contributor_review"
              else f"Anonymisation status: {state.replace('_', ' ')}.")
    else:
        flash(f"Done: {action.replace('_', ' ')}.")
    return redirect(url_for("contributions.detail", contribution_id=contribution_id))


@bp.get("/<int(max=2147483647):contribution_id>/status")
@login_required
def status(contribution_id: int) -> str:
    """The anonymisation job: queued, running, done or failed (refreshes itself while in progress)."""
    queued = jobs.queued_job_status(current_app.extensions["exchange"], contribution_id)
    result = job_status(db_session(), current_actor(), contribution_id, queued)
    return render_template("contributions/status.html", job=result, form=CommentForm())
