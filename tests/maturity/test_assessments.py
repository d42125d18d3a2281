"""Assessments: versioned, validated, audited, and PRIVATE to their organisation."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from exchange.domain.actor import Actor
from exchange.domain.errors import NotFound, PermissionDenied, ValidationFailed
from exchange.maturity import assessments, results
from exchange.models import AuditEvent, MaturityAssessment
from tests.factories import actor
from tests.maturity.conftest import answers


def test_each_submission_is_a_new_version(session, world, frameworks) -> None:
    siri = frameworks["siri"]
    first = assessments.create_assessment(session, actor(world.member_a), answers(siri, 2, 4))
    second = assessments.create_assessment(session, actor(world.contributor_a), answers(siri, 3, 4))
    other = assessments.create_assessment(session, actor(world.contributor_b), answers(siri, 1, 2))
    assert (first.version, second.version, other.version) == (1, 2, 1)
    assert (first.mean_score, second.mean_score) == (2.0, 3.0)
    history = results.assessment_result(session, actor(world.member_a), second.id, min_group_size=5).history
    assert [(v.version, v.scores[0]) for v in history] == [(1, 2.0), (2, 3.0)]


def test_submission_is_audited_without_answers(session, world, frameworks) -> None:
    made = assessments.create_assessment(session, actor(world.member_a), answers(frameworks["plant-maturity"], 2, 3))
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == "maturity.assess")).one()
    assert event.object_id == str(made.id) and event.organisation_id == world.org_a.id
    assert event.detail == {"framework_id": made.framework_id, "version": 1, "dimensions": 6}


def test_incomplete_submission_is_refused_and_stores_nothing(session, world, frameworks) -> None:
    data = answers(frameworks["plant-maturity"], 2, 3)
    first_question = frameworks["plant-maturity"].dimensions[0].questions[0].id
    broken = type(data)(data.framework_id, {k: v for k, v in data.answers.items() if k != first_question},
                        data.targets, data.priorities)
    with pytest.raises(ValidationFailed) as caught:
        assessments.create_assessment(session, actor(world.member_a), broken)
    assert list(caught.value.errors) == [f"q_{first_question}"]
    assert session.scalar(select(MaturityAssessment)) is None


def test_unknown_framework_is_not_found(session, world, frameworks) -> None:
    data = answers(frameworks["siri"], 2, 4)
    with pytest.raises(NotFound):
        assessments.create_assessment(session, actor(world.member_a), type(data)(999_999, {}, {}, {}))


@pytest.mark.parametrize(("who", "sees"), [
    ("member_a", True), ("contributor_a", True), ("contributor_b", False), ("curator", False), ("admin", False),
])
def test_only_the_organisations_own_members_see_an_assessment(session, world, frameworks, who, sees) -> None:
    made = assessments.create_assessment(session, actor(world.member_a), answers(frameworks["siri"], 2, 4))
    viewer = actor(getattr(world, who))
    calls = [lambda: assessments.get_assessment(session, viewer, made.id),
             lambda: results.assessment_result(session, viewer, made.id, min_group_size=5),
             lambda: results.assessment_gaps(session, viewer, made.id)]
    for call in calls:
        if sees:
            call()
        else:
            with pytest.raises(NotFound):
                call()
    listed = [a.id for a in assessments.own_assessments(session, viewer)]
    assert (made.id in listed) is sees
    assert (assessments.previous_answers(session, viewer, made.framework_id) is not None) is sees


@pytest.mark.parametrize("who", ["curator", "admin"])
def test_staff_cannot_take_an_assessment(session, world, frameworks, who) -> None:
    with pytest.raises(PermissionDenied):
        assessments.create_assessment(session, actor(getattr(world, who)), answers(frameworks["siri"], 2, 4))


def test_anonymous_sees_nothing(session, world, frameworks) -> None:
    made = assessments.create_assessment(session, actor(world.member_a), answers(frameworks["siri"], 2, 4))
    with pytest.raises(NotFound):
        assessments.get_assessment(session, Actor(None, None, None), made.id)


def test_continuing_prefills_the_latest_version(session, world, frameworks) -> None:
    siri = frameworks["siri"]
    assessments.create_assessment(session, actor(world.member_a), answers(siri, 1, 3))
    assessments.create_assessment(session, actor(world.member_a), answers(siri, 2, 5, priority=3))
    previous = assessments.previous_answers(session, actor(world.contributor_a), siri.id)
    assert previous is not None and previous.version == 2
    assert set(previous.answers.values()) == {2} and set(previous.targets.values()) == {5}
    assert set(previous.priorities.values()) == {3}
