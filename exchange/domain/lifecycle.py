"""The contribution lifecycle: every allowed transition, and who may take it.

``draft → submitted → anonymised → contributor_review → curator_review → published``, with
``changes_requested`` (curator → contributor), ``failed`` (pipeline error, retryable),
``withdrawn`` (contributor, at any time) and ``retired`` (curator, after publication).
A published contribution can be revised: ``revise`` starts a new draft revision while the
published revision stays online.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from exchange.domain.actor import Actor
from exchange.domain.errors import IllegalTransition, PermissionDenied
from exchange.domain.roles import Role


class State(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ANONYMISED = "anonymised"
    CONTRIBUTOR_REVIEW = "contributor_review"
    CURATOR_REVIEW = "curator_review"
    CHANGES_REQUESTED = "changes_requested"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"
    RETIRED = "retired"
    FAILED = "failed"


class Party(StrEnum):
    """Who may take a transition."""

    OWNER = "owner"  # a contributor of the contributing organisation
    CURATOR = "curator"
    SYSTEM = "system"  # the pipeline


@dataclass(frozen=True)
class Transition:
    action: str
    sources: frozenset[State]
    target: State
    party: Party


S = State
_ACTIVE = frozenset(set(State) - {S.WITHDRAWN, S.RETIRED})

TRANSITIONS: dict[str, Transition] = {
    t.action: t
    for t in (
        Transition("submit", frozenset({S.DRAFT, S.CHANGES_REQUESTED}), S.SUBMITTED, Party.OWNER),
        Transition("anonymise", frozenset({S.SUBMITTED}), S.ANONYMISED, Party.SYSTEM),
        Transition("fail", frozenset({S.SUBMITTED, S.ANONYMISED}), S.FAILED, Party.SYSTEM),
        Transition("retry", frozenset({S.FAILED}), S.SUBMITTED, Party.OWNER),
        Transition("open_review", frozenset({S.ANONYMISED}), S.CONTRIBUTOR_REVIEW, Party.SYSTEM),
        Transition("approve", frozenset({S.CONTRIBUTOR_REVIEW}), S.CURATOR_REVIEW, Party.OWNER),
        Transition(
            "edit", frozenset({S.CONTRIBUTOR_REVIEW, S.CHANGES_REQUESTED, S.FAILED}), S.DRAFT, Party.OWNER
        ),
        Transition("request_changes", frozenset({S.CURATOR_REVIEW}), S.CHANGES_REQUESTED, Party.CURATOR),
        Transition("review_again", frozenset({S.CHANGES_REQUESTED}), S.CONTRIBUTOR_REVIEW, Party.OWNER),
        Transition("publish", frozenset({S.CURATOR_REVIEW}), S.PUBLISHED, Party.CURATOR),
        Transition("retire", frozenset({S.PUBLISHED}), S.RETIRED, Party.CURATOR),
        Transition("revise", frozenset({S.PUBLISHED}), S.DRAFT, Party.OWNER),
        Transition("withdraw", _ACTIVE, S.WITHDRAWN, Party.OWNER),
    )
}


def check_transition(action: str, state: State, actor: Actor, *, owner_organisation_id: int) -> Transition:
    """Return the transition ``action`` from ``state`` if ``actor`` may take it, else raise."""
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise IllegalTransition(f"Unknown action '{action}'.")
    if not may_take(transition, actor, owner_organisation_id):
        raise PermissionDenied(f"You may not {action.replace('_', ' ')} this contribution.")
    if state not in transition.sources:
        raise IllegalTransition(
            f"Cannot {action.replace('_', ' ')} a contribution that is {state.replace('_', ' ')}."
        )
    return transition


def may_take(transition: Transition, actor: Actor, owner_organisation_id: int) -> bool:
    if transition.party is Party.SYSTEM:
        return actor.is_system
    if transition.party is Party.CURATOR:
        return actor.role is Role.CURATOR
    return actor.role is Role.CONTRIBUTOR and actor.organisation_id == owner_organisation_id


def available_actions(state: State, actor: Actor, owner_organisation_id: int) -> list[str]:
    """The actions ``actor`` could take now, for showing buttons (the services still check)."""
    return [
        t.action
        for t in TRANSITIONS.values()
        if state in t.sources and t.party is not Party.SYSTEM and may_take(t, actor, owner_organisation_id)
    ]
