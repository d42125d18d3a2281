"""The pipeline on RQ against the machine's Redis (a dedicated database and a queue name per run,
cleaned afterwards): enqueueing, a real forking worker in burst mode, the sweeper, job status."""
from __future__ import annotations

import os
import signal
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask
from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from rq.job import Job, JobStatus

from exchange import jobs
from exchange.app import create_app
from exchange.domain import contributions
from exchange.domain.job_status import job_status
from exchange.models import Contribution
from exchange.worker import run_worker
from tests.conftest import _empty_tables
from tests.factories import actor, make_case

REDIS_URL = os.environ.get("EXCHANGE_TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


@pytest.fixture()
def redis_connection() -> Iterator[Redis]:
    connection = Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        connection.ping()
    except RedisConnectionError:
        if os.environ.get("EXCHANGE_TEST_REQUIRE_REDIS"):  # CI: a missing Redis is a failure, not a skip
            pytest.fail(f"Redis is not reachable at {REDIS_URL}")
        pytest.skip(f"Redis is not reachable at {REDIS_URL}")
    yield connection
    connection.close()


@pytest.fixture()
def app(database_url: str, tmp_path: Path, redis_connection: Redis) -> Iterator[Flask]:
    queue_name = f"exchange-test-{uuid.uuid4().hex[:12]}"
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "DATA_DIR": str(tmp_path / "data"),
                      "MASTER_KEY_FILE": str(tmp_path / "data" / "master.key"), "QUEUE_URL": REDIS_URL,
                      "QUEUE_NAME": queue_name, "STUCK_AFTER_MINUTES": 5},
                     instance_path=tmp_path / "instance")
    yield app
    for key in redis_connection.scan_iter(match=f"*{queue_name}*"):
        redis_connection.delete(key)
    redis_connection.srem("rq:queues", f"rq:queue:{queue_name}")
    engine = app.extensions["exchange"]["engine"]
    _empty_tables(engine)
    engine.dispose()


def _submit(session, vault, world) -> Contribution:  # type: ignore[no-untyped-def]
    case = make_case(session, vault, world.contributor_a)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "submit")
    session.commit()
    return case


def _state(session, contribution_id: int) -> str:  # type: ignore[no-untyped-def]
    session.expire_all()
    return session.get(Contribution, contribution_id).state


def _age(session, contribution_id: int, minutes: int) -> None:  # type: ignore[no-untyped-def]
    session.get(Contribution, contribution_id).updated_at = datetime.now(UTC) - timedelta(minutes=minutes)
    session.commit()


def test_dispatch_enqueues_instead_of_running_in_process(app, session, vault, world) -> None:
    case = _submit(session, vault, world)
    extensions = app.extensions["exchange"]
    assert jobs.dispatch_anonymisation(extensions, case.id) == "submitted"
    assert _state(session, case.id) == "submitted"
    assert jobs.queued_job_status(extensions, case.id) == "queued"
    status = job_status(session, actor(world.contributor_a), case.id, "queued")
    assert (status.job, status.in_progress) == ("queued", True)


def test_a_real_worker_runs_the_job_and_the_contribution_reaches_review(app, session, vault, world) -> None:
    case = _submit(session, vault, world)
    extensions = app.extensions["exchange"]
    jobs.dispatch_anonymisation(extensions, case.id)
    run_worker(app, burst=True)  # RQ's forking worker: the job runs in a work horse process
    assert _state(session, case.id) == "contributor_review"
    assert jobs.queued_job_status(extensions, case.id) == "finished"
    assert job_status(session, actor(world.contributor_a), case.id, "finished").job == "done"


def test_the_worker_loads_the_anonymiser_once_before_it_forks_any_job(app, session, vault, world,
                                                                     monkeypatch) -> None:
    import exchange.worker

    warmed: list[int] = []
    monkeypatch.setattr(exchange.worker, "warm_anonymiser", lambda: warmed.append(os.getpid()))
    case = _submit(session, vault, world)
    jobs.dispatch_anonymisation(app.extensions["exchange"], case.id)
    run_worker(app, burst=True)
    assert warmed == [os.getpid()] and _state(session, case.id) == "contributor_review"


def test_enqueueing_twice_keeps_one_job_and_the_second_run_changes_nothing(app, session, vault, world) -> None:
    case = _submit(session, vault, world)
    extensions = app.extensions["exchange"]
    jobs.dispatch_anonymisation(extensions, case.id)
    jobs.dispatch_anonymisation(extensions, case.id)
    assert len(jobs.queue_of(extensions)) == 1
    run_worker(app, burst=True)
    jobs.dispatch_anonymisation(extensions, case.id)  # a late duplicate: the pipeline ignores it
    run_worker(app, burst=True)
    assert _state(session, case.id) == "contributor_review"


def test_sweeper_requeues_a_stuck_contribution_whose_job_was_lost(app, session, vault, world) -> None:
    case = _submit(session, vault, world)
    _age(session, case.id, minutes=30)
    extensions = app.extensions["exchange"]
    assert jobs.sweep_stuck(extensions, timedelta(minutes=5)) == {case.id: "requeued"}
    run_worker(app, burst=True)
    assert _state(session, case.id) == "contributor_review"


def kill_own_work_horse(contribution_id: int) -> None:
    """A job that dies the way an OOM-killed or crashed worker does: SIGKILL, no cleanup."""
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_work_horse_killed_mid_job_leaves_the_contribution_failed_with_a_reason(app, session, vault,
                                                                                  world) -> None:
    case = _submit(session, vault, world)
    extensions = app.extensions["exchange"]
    queue = jobs.queue_of(extensions)
    queue.enqueue(kill_own_work_horse, case.id, job_id=jobs.job_id(queue, case.id))
    run_worker(app, burst=True)
    assert jobs.queued_job_status(extensions, case.id) == "failed" and _state(session, case.id) == "submitted"
    _age(session, case.id, minutes=30)
    assert jobs.sweep_stuck(extensions, timedelta(minutes=5)) == {case.id: "failed"}
    session.expire_all()
    killed = session.get(Contribution, case.id)
    assert killed.state == "failed" and "Work-horse terminated unexpectedly" in killed.failure_reason
    assert "signal 9" in killed.failure_reason


def test_a_work_horse_killed_mid_job_with_retries_left_is_scheduled_again(app, session, vault, world) -> None:
    case = _submit(session, vault, world)
    extensions = app.extensions["exchange"]
    queue = jobs.queue_of(extensions)
    queue.enqueue(kill_own_work_horse, case.id, job_id=jobs.job_id(queue, case.id), retry=jobs.RETRY)
    run_worker(app, burst=True)
    assert jobs.queued_job_status(extensions, case.id) == "scheduled"
    assert job_status(session, actor(world.contributor_a), case.id, "scheduled").job == "queued"
    assert jobs.sweep_stuck(extensions, timedelta(minutes=0)) == {case.id: "live"}


def test_sweeper_fails_with_a_reason_a_job_the_queue_gave_up_on(app, session, vault, world) -> None:
    case = _submit(session, vault, world)
    _age(session, case.id, minutes=30)
    extensions = app.extensions["exchange"]
    jobs.dispatch_anonymisation(extensions, case.id)
    queue = jobs.queue_of(extensions)
    job = Job.fetch(jobs.job_id(queue, case.id), connection=queue.connection)
    job.set_status(JobStatus.FAILED)  # what RQ records once a killed work horse used up its retries
    assert jobs.sweep_stuck(extensions, timedelta(minutes=5)) == {case.id: "failed"}
    session.expire_all()
    stuck = session.get(Contribution, case.id)
    assert stuck.state == "failed" and "worker stopped before finishing" in stuck.failure_reason


@pytest.mark.parametrize(("minutes", "expected"), [(1, {}), (4, {}), (30, "requeued")])
def test_sweeper_leaves_recent_submissions_alone(app, session, vault, world, minutes, expected) -> None:
    case = _submit(session, vault, world)
    _age(session, case.id, minutes=minutes)
    outcome = jobs.sweep_stuck(app.extensions["exchange"], timedelta(minutes=5))
    assert outcome == ({case.id: expected} if expected else {})


def test_sweeper_leaves_a_live_job_alone(app, session, vault, world) -> None:
    case = _submit(session, vault, world)
    _age(session, case.id, minutes=30)
    jobs.dispatch_anonymisation(app.extensions["exchange"], case.id)
    assert jobs.sweep_stuck(app.extensions["exchange"], timedelta(minutes=5)) == {case.id: "live"}


def test_status_page_follows_the_queued_job_until_done(client, auth, app, session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    session.commit()
    auth.login(world.contributor_a.email)
    response = auth.post(f"/contributions/{case.id}/actions/submit")
    assert response.headers["Location"].endswith(f"/contributions/{case.id}/status")
    html = client.get(f"/contributions/{case.id}/status").get_data(as_text=True)
    assert "Queued." in html and 'http-equiv="refresh"' in html
    run_worker(app, burst=True)
    assert "Done." in client.get(f"/contributions/{case.id}/status").get_data(as_text=True)
