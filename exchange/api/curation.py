"""Curation (curate scope; curators only): the review queue and the curator's actions."""
from __future__ import annotations

from typing import Any

from flask import current_app

from exchange.after_action import after_action
from exchange.api import schemas
from exchange.api.auth import current_grant, requires
from exchange.api.blueprint import ApiBlueprint
from exchange.api.links import self_link
from exchange.domain import listings, submissions
from exchange.domain.submissions import SubmissionStatus
from exchange.domain.tokens import Scope
from exchange.web.extensions import db_session, vault

bp = ApiBlueprint("curation_api", __name__, url_prefix="/api/v1/curation",
                  description="Reviewing redacted contributions (curate scope; curators only)")


@bp.get("/queue")
@bp.response(200, schemas.Queue)
@requires(Scope.CURATE)
def queue() -> dict[str, Any]:
    """Contributions waiting for a curator, oldest first (redacted titles only)."""
    items = listings.curation_queue(db_session(), current_grant().actor)
    return {"items": items, "total": len(items), "links": self_link()}


@bp.post("/<int(max=2147483647):submission_id>/request-changes")
@bp.response(200, schemas.Submission)
@requires(Scope.CURATE)
@bp.arguments(schemas.ChangeRequest, as_kwargs=True)
def request_changes(submission_id: int, reason: str) -> SubmissionStatus:
    """Send the contribution back to its contributor with a reason."""
    return _curate(submission_id, "request_changes", reason)


@bp.post("/<int(max=2147483647):submission_id>/publish")
@bp.response(200, schemas.Submission)
@requires(Scope.CURATE)
def publish(submission_id: int) -> SubmissionStatus:
    """Publish the approved redacted version to the library."""
    return _curate(submission_id, "publish")


@bp.post("/<int(max=2147483647):submission_id>/retire")
@bp.response(200, schemas.Submission)
@requires(Scope.CURATE)
@bp.arguments(schemas.ChangeRequest, as_kwargs=True)
def retire(submission_id: int, reason: str) -> SubmissionStatus:
    """Take a published case out of the library, with the reason shown on its tombstone page."""
    return _curate(submission_id, "retire", reason)


def _curate(submission_id: int, action: str, reason: str = "") -> SubmissionStatus:
    session = db_session()
    result = submissions.curate(session, vault(), current_grant().actor, submission_id, action, reason)
    session.commit()
    after_action(current_app._get_current_object(), submission_id, action)  # type: ignore[attr-defined]
    return result
