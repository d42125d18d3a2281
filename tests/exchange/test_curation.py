"""Curators' tools: queue order and flags, pre-review checks, the redacted comment thread,
retirement with a tombstone, published version history, collections."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from exchange.domain import collections, contributions, curation, listings, pipeline
from exchange.domain.errors import NotFound, PermissionDenied, ValidationFailed
from tests.factories import actor, make_case


def _to_state(app, session, vault, world, target: str) -> int:  # type: ignore[no-untyped-def]
    case = make_case(session, vault, world.contributor_a)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "submit")
    session.commit()
    pipeline.process(app.extensions["exchange"]["sessions"], vault, case.id)
    session.expire_all()
    if target in ("curator_review", "published"):
        contributions.take_action(session, vault, actor(world.contributor_a), case.id, "approve")
    if target == "published":
        contributions.take_action(session, vault, actor(world.curator), case.id, "publish")
    session.commit()
    return case.id


def test_queue_is_oldest_first_and_flags_items_waiting_over_72_hours(app, session, vault, world) -> None:
    first = _to_state(app, session, vault, world, "curator_review")
    second = _to_state(app, session, vault, world, "curator_review")
    later = datetime.now(UTC) + timedelta(hours=73)
    items = curation.queue(session, actor(world.curator), now=later)
    assert [i.id for i in items] == [first, second] and all(i.stale for i in items)
    assert not any(i.stale for i in curation.queue(session, actor(world.curator)))
    assert curation.queue(session, actor(world.curator), segment="vaccines") == []
    assert len(curation.queue(session, actor(world.curator), segment="biologics", state="curator_review")) == 2


@pytest.mark.parametrize("who", ["contributor_a", "member_a", "contributor_b"])
def test_queue_is_for_staff_only(session, world, who: str) -> None:
    with pytest.raises(PermissionDenied):
        curation.queue(session, actor(getattr(world, who)))


def test_pre_review_checks_report_pass_warn_fail(app, session, vault, world) -> None:
    case_id = _to_state(app, session, vault, world, "curator_review")
    checks = {c.name: c.status for c in curation.pre_review_checks(session, actor(world.curator), case_id)}
    assert checks == {"Required fields": "pass", "Taxonomy": "pass", "Residual-risk warnings": "pass",
                      "Maturity plausibility": "pass"}


def test_contributor_message_is_redacted_before_curators_read_it(app, session, vault, world) -> None:
    case_id = _to_state(app, session, vault, world, "curator_review")
    curation.add_comment(session, vault, actor(world.contributor_a), case_id, "At Widnes, Acmeford agrees.")
    thread = curation.comments(session, actor(world.curator), case_id)
    assert len(thread) == 1 and "Widnes" not in thread[0].body and "Acmeford" not in thread[0].body


def test_request_changes_reason_joins_the_thread(app, session, vault, world) -> None:
    case_id = _to_state(app, session, vault, world, "curator_review")
    contributions.take_action(session, vault, actor(world.curator), case_id, "request_changes", "Add KPIs.")
    thread = curation.comments(session, actor(world.contributor_a), case_id)
    assert [m.body for m in thread] == ["Request changes: Add KPIs."]


@pytest.mark.parametrize("body", ["", "   ", "x" * 5001])
def test_empty_or_huge_message_is_refused(app, session, vault, world, body: str) -> None:
    case_id = _to_state(app, session, vault, world, "curator_review")
    with pytest.raises(ValidationFailed):
        curation.add_comment(session, vault, actor(world.curator), case_id, body)


def test_another_organisation_cannot_read_the_thread(app, session, vault, world) -> None:
    case_id = _to_state(app, session, vault, world, "published")
    with pytest.raises(NotFound):
        curation.comments(session, actor(world.contributor_b), case_id)


def test_retiring_needs_a_reason_and_leaves_a_tombstone(app, session, vault, world) -> None:
    case_id = _to_state(app, session, vault, world, "published")
    with pytest.raises(ValidationFailed):
        contributions.take_action(session, vault, actor(world.curator), case_id, "retire", "")
    contributions.take_action(session, vault, actor(world.curator), case_id, "retire", "Superseded.")
    stone = listings.tombstone(session, actor(world.contributor_b), case_id)
    assert stone is not None and stone.reason == "Superseded." and "Acmeford" not in stone.title
    with pytest.raises(NotFound):
        listings.published_case(session, actor(world.contributor_b), case_id)


def test_published_versions_and_their_diff(app, session, vault, world) -> None:
    case_id = _to_state(app, session, vault, world, "published")
    contributor = actor(world.contributor_a)
    contributions.take_action(session, vault, contributor, case_id, "revise")
    data = contributions.read_raw(session, vault, contributor, case_id)
    contributions.update_draft(session, vault, contributor, case_id,
                               type(data)(**{**data.__dict__, "lessons": "Involve QA and IT early."}))
    contributions.take_action(session, vault, contributor, case_id, "submit")
    session.commit()
    pipeline.process(app.extensions["exchange"]["sessions"], vault, case_id)
    session.expire_all()
    contributions.take_action(session, vault, contributor, case_id, "approve")
    contributions.take_action(session, vault, actor(world.curator), case_id, "publish")
    versions = curation.published_versions(session, actor(world.contributor_b), case_id)
    assert [v.number for v in versions] == [1, 2]
    diff = curation.diff_versions(session, actor(world.contributor_b), case_id, 1, 2)
    assert diff[0]["field"] == "lessons" and {"op": "+", "text": "Involve QA and IT early."} in diff[0]["lines"]
    with pytest.raises(NotFound):
        curation.diff_versions(session, actor(world.contributor_b), case_id, 1, 7)


def test_collections_are_built_by_curators_from_published_cases(app, session, vault, world) -> None:
    published = _to_state(app, session, vault, world, "published")
    draft = make_case(session, vault, world.contributor_a).id
    collection = collections.create_collection(session, actor(world.curator), "Cobots starter pack", "Start here")
    collections.add_case(session, actor(world.curator), collection.id, published)
    with pytest.raises(ValidationFailed):
        collections.add_case(session, actor(world.curator), collection.id, draft)
    with pytest.raises(ValidationFailed):
        collections.add_case(session, actor(world.curator), collection.id, published)
    with pytest.raises(PermissionDenied):
        collections.add_case(session, actor(world.contributor_a), collection.id, published)
    view = collections.view(session, actor(world.member_a), collection.id)
    assert [c.id for c in view.cases] == [published]
    collections.remove_case(session, actor(world.curator), collection.id, published)
    with pytest.raises(NotFound):
        collections.remove_case(session, actor(world.curator), collection.id, published)


@pytest.mark.parametrize("title", ["", "ab", "x" * 201])
def test_collection_title_rules(session, world, title: str) -> None:
    with pytest.raises(ValidationFailed):
        collections.create_collection(session, actor(world.curator), title)
