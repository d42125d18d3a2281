"""The organisation's own submissions (contribute scope): create a draft, submit it to the
anonymiser, read its status and redacted side, approve or withdraw it."""
from __future__ import annotations

from typing import Any

from flask import current_app

from exchange import jobs
from exchange.api import schemas
from exchange.api.blueprint import ApiBlueprint
from exchange.api.auth import current_grant, requires
from exchange.domain import submissions
from exchange.domain.contribution_input import CaseStudyInput
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
def create(input: CaseStudyInput, external_ref: str | None) -> tuple[SubmissionStatus, int]:  # noqa: A002
    """Create a draft case study. Nothing is shared until you approve its redacted version."""
    session = db_session()
    status, created = submissions.create_submission(session, vault(), current_grant().actor, input, external_ref)
    session.commit()
    return status, 201 if created else 200


@bp.get("/<int(max=2147483647):submission_id>")
@bp.response(200, schemas.Submission)
@requires(Scope.CONTRIBUTE)
def status(submission_id: int) -> SubmissionStatus:
    """The state, the next possible actions and the redacted text with its report."""
    return submissions.submission_status(db_session(), current_grant().actor, submission_id)


@bp.post("/<int(max=2147483647):submission_id>/submit")
@bp.response(200, schemas.Submission)
@requires(Scope.CONTRIBUTE)
def submit(submission_id: int) -> SubmissionStatus:
    """Submit the draft: the anonymiser runs and the result is returned for your review."""
    session = db_session()
    submissions.act(session, vault(), current_grant().actor, submission_id, "submit")
    session.commit()
    jobs.dispatch_anonymisation(current_app.extensions["exchange"], submission_id)
    session.expire_all()  # the pipeline committed in its own session
    return submissions.submission_status(session, current_grant().actor, submission_id)


def _owner_action(action: str) -> Any:
    def view(submission_id: int) -> SubmissionStatus:
        session = db_session()
        result = submissions.act(session, vault(), current_grant().actor, submission_id, action)
        session.commit()
        return result

    view.__name__ = action
    view.__doc__ = {"approve": "Approve the redacted version for a curator's review.",
                    "withdraw": "Withdraw the contribution; its original text is shredded."}[action]
    return view


for _action in ("approve", "withdraw"):
    bp.post(f"/<int(max=2147483647):submission_id>/{_action}")(
        bp.response(200, schemas.Submission)(requires(Scope.CONTRIBUTE)(_owner_action(_action))))
