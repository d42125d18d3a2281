"""Every allowed transition, and a sample of forbidden ones for every role."""
from __future__ import annotations

import pytest

from exchange.domain.actor import SYSTEM, Actor
from exchange.domain.errors import IllegalTransition, PermissionDenied
from exchange.domain.lifecycle import TRANSITIONS, State, available_actions, check_transition
from exchange.domain.roles import Role

OWNER_ORG = 1
OWNER = Actor(10, OWNER_ORG, Role.CONTRIBUTOR)
OWNER_MEMBER = Actor(11, OWNER_ORG, Role.MEMBER)
OTHER_CONTRIBUTOR = Actor(12, 2, Role.CONTRIBUTOR)
CURATOR = Actor(13, 3, Role.CURATOR)
ADMIN = Actor(14, 3, Role.ADMIN)

ALLOWED = [
    ("submit", State.DRAFT, OWNER, State.SUBMITTED),
    ("submit", State.CHANGES_REQUESTED, OWNER, State.SUBMITTED),
    ("anonymise", State.SUBMITTED, SYSTEM, State.ANONYMISED),
    ("fail", State.SUBMITTED, SYSTEM, State.FAILED),
    ("fail", State.ANONYMISED, SYSTEM, State.FAILED),
    ("retry", State.FAILED, OWNER, State.SUBMITTED),
    ("open_review", State.ANONYMISED, SYSTEM, State.CONTRIBUTOR_REVIEW),
    ("approve", State.CONTRIBUTOR_REVIEW, OWNER, State.CURATOR_REVIEW),
    ("edit", State.CONTRIBUTOR_REVIEW, OWNER, State.DRAFT),
    ("edit", State.CHANGES_REQUESTED, OWNER, State.DRAFT),
    ("edit", State.FAILED, OWNER, State.DRAFT),
    ("request_changes", State.CURATOR_REVIEW, CURATOR, State.CHANGES_REQUESTED),
    ("review_again", State.CHANGES_REQUESTED, OWNER, State.CONTRIBUTOR_REVIEW),
    ("publish", State.CURATOR_REVIEW, CURATOR, State.PUBLISHED),
    ("retire", State.PUBLISHED, CURATOR, State.RETIRED),
    ("revise", State.PUBLISHED, OWNER, State.DRAFT),
] + [("withdraw", s, OWNER, State.WITHDRAWN) for s in State if s not in (State.WITHDRAWN, State.RETIRED)]


@pytest.mark.parametrize(("action", "source", "actor", "target"), ALLOWED)
def test_allowed_transition_reaches_its_target(action: str, source: State, actor: Actor, target: State) -> None:
    assert check_transition(action, source, actor, owner_organisation_id=OWNER_ORG).target is target


def test_every_declared_transition_is_covered_by_the_allowed_table() -> None:
    covered = {(a, s) for a, s, _, _ in ALLOWED}
    declared = {(t.action, s) for t in TRANSITIONS.values() for s in t.sources}
    assert declared == covered


FORBIDDEN_ACTOR = [
    ("submit", State.DRAFT, OWNER_MEMBER),
    ("submit", State.DRAFT, OTHER_CONTRIBUTOR),
    ("submit", State.DRAFT, CURATOR),
    ("submit", State.DRAFT, ADMIN),
    ("approve", State.CONTRIBUTOR_REVIEW, CURATOR),
    ("approve", State.CONTRIBUTOR_REVIEW, OTHER_CONTRIBUTOR),
    ("publish", State.CURATOR_REVIEW, OWNER),
    ("publish", State.CURATOR_REVIEW, ADMIN),
    ("publish", State.CURATOR_REVIEW, OWNER_MEMBER),
    ("request_changes", State.CURATOR_REVIEW, OWNER),
    ("retire", State.PUBLISHED, OWNER),
    ("withdraw", State.PUBLISHED, CURATOR),
    ("withdraw", State.PUBLISHED, ADMIN),
    ("withdraw", State.DRAFT, OWNER_MEMBER),
    ("anonymise", State.SUBMITTED, OWNER),
    ("anonymise", State.SUBMITTED, CURATOR),
    ("fail", State.SUBMITTED, ADMIN),
    ("submit", State.DRAFT, SYSTEM),
]


@pytest.mark.parametrize(("action", "source", "actor"), FORBIDDEN_ACTOR)
def test_wrong_party_is_refused(action: str, source: State, actor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        check_transition(action, source, actor, owner_organisation_id=OWNER_ORG)


FORBIDDEN_STATE = [
    ("publish", State.DRAFT, CURATOR),
    ("publish", State.CONTRIBUTOR_REVIEW, CURATOR),
    ("publish", State.PUBLISHED, CURATOR),
    ("approve", State.DRAFT, OWNER),
    ("approve", State.SUBMITTED, OWNER),
    ("submit", State.PUBLISHED, OWNER),
    ("submit", State.WITHDRAWN, OWNER),
    ("retry", State.DRAFT, OWNER),
    ("withdraw", State.WITHDRAWN, OWNER),
    ("withdraw", State.RETIRED, OWNER),
    ("retire", State.CURATOR_REVIEW, CURATOR),
    ("request_changes", State.PUBLISHED, CURATOR),
    ("revise", State.DRAFT, OWNER),
    ("anonymise", State.DRAFT, SYSTEM),
]


@pytest.mark.parametrize(("action", "source", "actor"), FORBIDDEN_STATE)
def test_action_from_wrong_state_is_an_illegal_transition(action: str, source: State, actor: Actor) -> None:
    with pytest.raises(IllegalTransition):
        check_transition(action, source, actor, owner_organisation_id=OWNER_ORG)


@pytest.mark.parametrize("action", ["", "delete", "PUBLISH", "publish ", "__class__"])
def test_unknown_action_is_an_illegal_transition(action: str) -> None:
    with pytest.raises(IllegalTransition, match="Unknown action"):
        check_transition(action, State.DRAFT, OWNER, owner_organisation_id=OWNER_ORG)


def test_available_actions_never_offer_system_steps() -> None:
    assert available_actions(State.SUBMITTED, OWNER, OWNER_ORG) == ["withdraw"]
    assert available_actions(State.CURATOR_REVIEW, CURATOR, OWNER_ORG) == ["request_changes", "publish"]
    assert available_actions(State.CURATOR_REVIEW, ADMIN, OWNER_ORG) == []
