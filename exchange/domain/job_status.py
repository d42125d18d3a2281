"""What a contributor sees of the anonymisation job of a contribution: queued, running, done or
failed (with the reason), derived from the contribution's state and, with a queue, the job's."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from exchange.domain.access import is_owner
from exchange.domain.actor import Actor
from exchange.domain.contributions import get_contribution
from exchange.domain.errors import PermissionDenied
from exchange.domain.lifecycle import State

QUEUED, RUNNING, DONE, FAILED, NOT_SUBMITTED = "queued", "running", "done", "failed", "not_submitted"
# RQ's job statuses, read as what the contributor cares about.
_LIVE = {"queued": QUEUED, "deferred": QUEUED, "scheduled": QUEUED, "started": RUNNING}


@dataclass(frozen=True)
class JobStatus:
    contribution_id: int
    job: str
    state: str
    reason: str | None

    @property
    def in_progress(self) -> bool:
        return self.job in (QUEUED, RUNNING)


def job_status(session: Session, actor: Actor, contribution_id: int, queued_job: str | None) -> JobStatus:
    """The job state for the contributing organisation. ``queued_job`` is the queue's status of the
    contribution's job (None in-process or when the queue holds no job for it)."""
    contribution = get_contribution(session, actor, contribution_id)
    if not is_owner(actor, contribution):
        raise PermissionDenied("Only the contributing organisation follows its anonymisation.")
    state = State(contribution.state)
    reason = contribution.failure_reason if state is State.FAILED else None
    return JobStatus(contribution.id, job_of_state(state, queued_job), state, reason)


def job_of_state(state: str, queued_job: str | None) -> str:
    """The job as the contributor sees it, from the contribution's state and the queue's word."""
    if state == State.FAILED:
        return FAILED
    if state == State.DRAFT:
        return NOT_SUBMITTED
    if state != State.SUBMITTED:
        return DONE
    return describe_queued(queued_job)


def describe_queued(queued_job: str | None) -> str:
    """A submitted contribution's job: running in-process, or as the queue reports it. A job the
    queue lost or gave up on still reads as queued: the sweeper re-enqueues or fails it."""
    if queued_job is None:
        return RUNNING
    return _LIVE.get(queued_job, QUEUED)
