"""The organisation's own submissions (contribute scope): create a draft, submit it to the
anonymiser (retry after a failure), read its status and redacted side, approve or withdraw it."""
from __future__ import annotations

from dataclasses import replace

from flask import current_app

from exchange import jobs
from exchange.after_action import after_action
from exchange.api import schemas
from exchange.api.auth import current_grant, requires
from exchange.api.blueprint import ApiBlueprint
from exchange.db import scrub_freed_pages
from exchange.domain import submissions
from exchange.domain.contribution_input import CaseStudyInput
from exchange.domain.job_status import job_of_state
from exchange.domain.submissions import SubmissionStatus
from exchange.domain.tokens import Scope
from exchange.web.extensions import db_session, vault

bp = ApiBlueprint("submissions", __name__, url_prefix="/api/v1/submissions",
                  description="Your organisation's contributions (contribute scope; contributors only)")


@bp.post("")
@bp.response(201, schemas.Submission)
@bp.alt_response(200, schema=schemas.Submission, description="Already created with this external_ref")
@requires(Scope.CONTRIBUTE)
@bp.arguments(schemas.SubmissionIn, as_kwargs=True)
def create(data: CaseStudyInput, external_ref: str | None) -> tuple[SubmissionStatus, int]:
    """Create a draft case study. Nothing is shared until you approve its redacted version."""
    session = db_session()
    status, created = submissions.create_submission(session, vault(), current_grant().actor, data, external_ref)
    session.commit()
    return status, 201 if created else 200


@bp.get("/<int(max=2147483647):submission_id>")
@bp.response(200, schemas.Submission)
@requires(Scope.CONTRIBUTE)
def status(submission_id: int) -> SubmissionStatus:
    """The state, the next possible actions and the redacted text with its report."""
    return _with_job(submissions.submission_status(db_session(), current_grant().actor, submission_id))


def _with_job(status: SubmissionStatus) -> SubmissionStatus:
    queued = jobs.queued_job_status(current_app.extensions["exchange"], status.id)
    return replace(status, job=job_of_state(status.state, queued))


@bp.post("/<int(max=2147483647):submission_id>/submit")
@bp.response(200, schemas.Submission)
@requires(Scope.CONTRIBUTE)
def submit(submission_id: int) -> SubmissionStatus:
    """Submit the draft: the anonymiser runs and the result is returned for your review."""
    return _run_pipeline(submission_id, "submit")


@bp.post("/<int(max=2147483647):submission_id>/retry")
@bp.response(200, schemas.Submission)
@requires(Scope.CONTRIBUTE)
def retry(submission_id: int) -> SubmissionStatus:
    """Run the anonymiser again after it failed (nothing was lost)."""
    return _run_pipeline(submission_id, "retry")


def _run_pipeline(submission_id: int, action: str) -> SubmissionStatus:
    """Take the action, commit, then run (or enqueue) the anonymisation, as the web page does."""
    session = db_session()
    submissions.act(session, vault(), current_grant().actor, submission_id, action)
    session.commit()
    after_action(current_app._get_current_object(), submission_id, action)  # type: ignore[attr-defined]
    session.expire_all()  # the pipeline committed in its own session
    return _with_job(submissions.submission_status(session, current_grant().actor, submission_id))


@bp.post("/<int(max=2147483647):submission_id>/approve")
@bp.response(200, schemas.Submission)
@requires(Scope.CONTRIBUTE)
def approve(submission_id: int) -> SubmissionStatus:
    """Approve the redacted version: it goes to a curator's review."""
    return _act(submission_id, "approve")


@bp.post("/<int(max=2147483647):submission_id>/withdraw")
@bp.response(200, schemas.Submission)
@requires(Scope.CONTRIBUTE)
def withdraw(submission_id: int) -> SubmissionStatus:
    """Withdraw the contribution at any stage; its original text is shredded."""
    return _act(submission_id, "withdraw")


@bp.post("/<int(max=2147483647):submission_id>/erase-original")
@bp.response(200, schemas.Submission)
@requires(Scope.CONTRIBUTE)
@bp.arguments(schemas.EraseOriginal, as_kwargs=True)
def erase_original(submission_id: int, confirm: bool) -> SubmissionStatus:
    """Erase the original text of a published contribution (crypto-shredding; cannot be undone).
    The published, redacted version stays online."""
    session = db_session()
    result = submissions.erase_original(session, vault(), current_grant().actor, submission_id, confirmed=confirm)
    session.commit()
    scrub_freed_pages(current_app.extensions["exchange"]["engine"])
    return result


def _act(submission_id: int, action: str) -> SubmissionStatus:
    session = db_session()
    result = submissions.act(session, vault(), current_grant().actor, submission_id, action)
    session.commit()
    after_action(current_app._get_current_object(), submission_id, action)  # type: ignore[attr-defined]
    return result
