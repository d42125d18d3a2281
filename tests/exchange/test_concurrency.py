"""Concurrent writers on PostgreSQL (the scale-out database): two curators publishing one
contribution, parallel submissions from one organisation, a publication or withdrawal committed in the
middle of a reindex. SQLite serialises writers itself and
cannot hold two transactions open in parallel, so these run only against PostgreSQL."""
from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from flask import Flask
from sqlalchemy import func, select

from exchange.domain import audit, contributions, pipeline
from exchange.domain.errors import IllegalTransition
from exchange.models import AuditEvent, Contribution
from tests.conftest import Auth, csrf_token
from tests.factories import actor, make_case, make_user

pytestmark = pytest.mark.skipif(
    not os.environ.get("EXCHANGE_TEST_DATABASE_URL", "").startswith("postgres"),
    reason="concurrency needs PostgreSQL (set EXCHANGE_TEST_DATABASE_URL)")


def _in_curator_review(app, session, vault, world) -> int:  # type: ignore[no-untyped-def]
    case = make_case(session, vault, world.contributor_a)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "submit")
    session.commit()
    pipeline.process(app.extensions["exchange"]["sessions"], vault, case.id)
    session.expire_all()
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "approve")
    session.commit()
    return case.id


def _publish_events(session, case_id: int) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.action == "contribution.publish", AuditEvent.object_id == str(case_id)))


def test_the_second_of_two_overlapping_publishes_waits_then_gets_a_409(app: Flask, session, vault, world) -> None:
    case_id = _in_curator_review(app, session, vault, world)
    second_curator = make_user(session, world.rto, "curator", "second.curator@centre.example")
    session.commit()
    factory = app.extensions["exchange"]["sessions"]
    first_holds_lock = threading.Event()

    def first() -> str:
        with factory() as s:
            contributions.take_action(s, vault, actor(world.curator), case_id, "publish")
            first_holds_lock.set()
            threading.Event().wait(0.3)  # the second publish starts while this one is uncommitted
            s.commit()
        return "published"

    def second() -> str:
        first_holds_lock.wait(5)
        with factory() as s:
            try:
                contributions.take_action(s, vault, actor(second_curator), case_id, "publish")
            except IllegalTransition:
                return "409"
            s.commit()
        return "published"

    with ThreadPoolExecutor(2) as pool:
        results = [pool.submit(first), pool.submit(second)]
    assert [r.result() for r in results] == ["published", "409"]
    session.expire_all()
    assert session.get(Contribution, case_id).state == "published"
    assert _publish_events(session, case_id) == 1


def test_two_curators_publishing_at_once_over_http_one_wins_one_gets_409(app: Flask, session, vault,
                                                                         world) -> None:
    case_id = _in_curator_review(app, session, vault, world)
    second_curator = make_user(session, world.rto, "curator", "second.curator@centre.example")
    session.commit()
    auths = [Auth(app.test_client()), Auth(app.test_client())]
    auths[0].login(world.curator.email)
    auths[1].login(second_curator.email)
    start = threading.Barrier(2)

    def publish(auth: Auth) -> int:
        token_page = f"/contributions/{case_id}"
        token = csrf_token(auth.client, token_page)
        start.wait(5)
        return auth.client.post(f"/contributions/{case_id}/actions/publish",
                                data={"csrf_token": token}).status_code

    with ThreadPoolExecutor(2) as pool:
        codes = sorted(pool.map(publish, auths))
    assert codes == [302, 409]
    session.expire_all()
    assert _publish_events(session, case_id) == 1


def test_parallel_submissions_from_one_organisation_all_land_and_the_audit_chain_holds(app: Flask, session,
                                                                                       vault, world) -> None:
    colleagues = [world.contributor_a] + [
        make_user(session, world.org_a, "contributor", f"colleague{i}@acmeford.example") for i in range(3)]
    session.commit()
    factory = app.extensions["exchange"]["sessions"]
    start = threading.Barrier(len(colleagues))

    def contribute(user) -> int:  # type: ignore[no-untyped-def]
        with factory() as s:
            case = make_case(s, vault, user)
            s.commit()
            start.wait(5)
            contributions.take_action(s, vault, actor(user), case.id, "submit")
            s.commit()
            return case.id

    with ThreadPoolExecutor(len(colleagues)) as pool:
        ids = list(pool.map(contribute, colleagues))
    with ThreadPoolExecutor(len(ids)) as pool:
        states = list(pool.map(lambda i: pipeline.process(factory, vault, i), ids))
    assert len(set(ids)) == len(colleagues) and states == ["contributor_review"] * len(ids)
    assert audit.verify(session, app.extensions["exchange"]["audit_key"]).ok


def _between_read_and_write(monkeypatch, index, method: str, action) -> None:  # type: ignore[no-untyped-def]
    """Run `action` (another curator's committed change) the first time the rebuild calls
    `index.<method>`, i.e. after it read its batch and before that batch is written."""
    original, fired = getattr(index, method), []

    def interleaved(items):  # type: ignore[no-untyped-def]
        items = list(items)
        if not fired:
            fired.append(True)
            action()
        return original(items)

    monkeypatch.setattr(index, method, interleaved)


def test_a_withdrawal_during_a_reindex_is_not_undone_by_it(app: Flask, session, vault, world, monkeypatch) -> None:
    from exchange import indexing
    from tests.security.matrix_setup import build

    objects = build(app, session, vault, world)
    factory, index = app.extensions["exchange"]["sessions"], indexing.app_index(app)

    def withdraw_elsewhere() -> None:
        with factory() as other:
            contributions.take_action(other, vault, actor(world.contributor_a), objects.published, "withdraw")
            other.commit()
        indexing.after_commit(app, objects.published, "withdraw")

    _between_read_and_write(monkeypatch, index, "index", withdraw_elsewhere)
    indexing.rebuild(factory, index)
    monkeypatch.undo()
    assert index.count() == 0


def test_a_publication_during_a_reindex_is_not_undone_by_it(app: Flask, session, vault, world, monkeypatch) -> None:
    from exchange import indexing
    from tests.security.matrix_setup import build

    build(app, session, vault, world)
    case_id = _in_curator_review(app, session, vault, world)
    factory, index = app.extensions["exchange"]["sessions"], indexing.app_index(app)

    def publish_elsewhere() -> None:
        with factory() as other:
            contributions.take_action(other, vault, actor(world.curator), case_id, "publish")
            other.commit()
        indexing.after_commit(app, case_id, "publish")

    _between_read_and_write(monkeypatch, index, "remove", publish_elsewhere)
    indexing.rebuild(factory, index)
    monkeypatch.undo()
    assert index.count() == 2  # the matrix's published case and this one
