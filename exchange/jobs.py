"""Dispatching pipeline jobs: in-process by default; with ``EXCHANGE_QUEUE_URL=redis://…``, as RQ
jobs that ``exchange worker`` runs (see ``exchange/worker.py``).

A contribution has one job id, so a retry or a re-enqueue replaces its job instead of adding one.
Jobs retry on a lost work horse; what a job cannot finish the sweeper (``sweep_stuck``) re-enqueues
or fails with a reason, so a submitted contribution is never lost.
"""
from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import current_app
from redis import Redis
from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job
from sqlalchemy import select

from exchange.domain import pipeline
from exchange.domain.lifecycle import State
from exchange.models import Contribution

log = logging.getLogger(__name__)

JOB_TIMEOUT = 300  # seconds; the anonymiser takes well under a second per case study
RETRY = Retry(max=2, interval=[5, 30])
DEAD = ("failed", "stopped", "canceled")
LIVE = ("queued", "started", "scheduled", "deferred")
LOST_REASON = ("The anonymisation worker stopped before finishing ({detail}). "
               "Your text is safe; retry.")


def queue_of(extensions: dict[str, Any]) -> Queue | None:
    """The RQ queue when one is configured, built once per application."""
    url = extensions.get("queue_url")
    if not url:
        return None
    if "queue" not in extensions:
        extensions["queue"] = Queue(extensions.get("queue_name", "exchange"), connection=Redis.from_url(url))
    queue: Queue = extensions["queue"]
    return queue


def job_id(queue: Queue, contribution_id: int) -> str:
    return f"{queue.name}-anonymise-{contribution_id}"


def dispatch_anonymisation(extensions: dict[str, Any], contribution_id: int) -> str:
    """Run (or, with a queue, enqueue) the anonymisation of a submitted contribution; return the
    state it is in afterwards (``submitted`` while a worker has it)."""
    queue = queue_of(extensions)
    if queue is None:
        return pipeline.process(extensions["sessions"], extensions["vault"], contribution_id)
    if queued_job_status(extensions, contribution_id) in LIVE:
        return State.SUBMITTED  # its job is already waiting or running
    queue.enqueue(anonymise_job, contribution_id, job_id=job_id(queue, contribution_id),
                  job_timeout=JOB_TIMEOUT, retry=RETRY, failure_ttl=7 * 24 * 3600)
    log.info("queued anonymisation of contribution %s", contribution_id)
    return State.SUBMITTED


def queued_job_status(extensions: dict[str, Any], contribution_id: int) -> str | None:
    """The queue's status of a contribution's job: None in-process, ``missing`` when none."""
    queue = queue_of(extensions)
    if queue is None:
        return None
    try:
        job = Job.fetch(job_id(queue, contribution_id), connection=queue.connection)
    except NoSuchJobError:
        return "missing"
    status = job.get_status(refresh=False)
    return str(status.value) if status is not None else "missing"


def anonymise_job(contribution_id: int) -> str:
    """The RQ job: the worker's application gives it the sessions and the vault. Idempotent: the
    pipeline leaves a contribution that is no longer ``submitted`` alone."""
    extensions = current_app.extensions["exchange"]
    extensions["engine"].dispose(close=False)  # a forked work horse must not share its parent's connections
    return pipeline.process(extensions["sessions"], extensions["vault"], contribution_id)


def sweep_stuck(extensions: dict[str, Any], older_than: timedelta) -> dict[int, str]:
    """Contributions ``submitted`` for longer than ``older_than`` with no live job: re-enqueue those
    whose job is missing, fail (with the reason) those whose job the queue gave up on."""
    queue = queue_of(extensions)
    if queue is None:
        return {}
    cutoff = datetime.now(UTC) - older_than
    with extensions["sessions"]() as session:
        stuck = session.scalars(select(Contribution.id).where(
            Contribution.state == State.SUBMITTED, Contribution.updated_at < cutoff)).all()
    outcome: dict[int, str] = {}
    for contribution_id in stuck:
        outcome[contribution_id] = _settle(extensions, queue, contribution_id)
    if outcome:
        log.warning("sweeper settled %d stuck contribution(s): %s", len(outcome), outcome)
    return outcome


def _settle(extensions: dict[str, Any], queue: Queue, contribution_id: int) -> str:
    status = queued_job_status(extensions, contribution_id)
    if status in ("missing", "finished"):  # lost, or replaced by an older finished run
        dispatch_anonymisation(extensions, contribution_id)
        return "requeued"
    if status in DEAD:
        detail = _failure_detail(queue, contribution_id)
        return pipeline.mark_failed(extensions["sessions"], contribution_id, LOST_REASON.format(detail=detail))
    return "live"


def _failure_detail(queue: Queue, contribution_id: int) -> str:
    job = Job.fetch(job_id(queue, contribution_id), connection=queue.connection)
    result = job.latest_result()
    text = (result.exc_string or "") if result is not None else ""
    last_line = text.strip().splitlines()[-1] if text.strip() else str(job.get_status(refresh=False))
    return last_line[:200]
