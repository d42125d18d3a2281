"""The column-role step: suggestions with samples for the owner only; validated, stored choices."""
from __future__ import annotations

import pytest

from exchange.datasets import service
from exchange.domain import contributions
from exchange.domain.accounts import actor_for
from exchange.domain.errors import IllegalTransition, NotFound, PermissionDenied, ValidationFailed
from exchange.models import Contribution, DatasetRevision
from tests.datasets.conftest import ROLES, make_dataset


def test_owner_sees_suggestions_reasons_and_a_few_samples(session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a, roles=None)
    step = service.role_step(session, vault, actor_for(world.contributor_a), dataset_id)
    by_name = {c.name: c for c in step.columns}
    assert list(by_name) == list(ROLES)
    assert all(c.suggested in service.ROLES and c.reason for c in step.columns)
    assert 1 <= len(by_name["site"].samples) <= service.SAMPLES and "Widnes" in by_name["site"].samples
    assert step.k == 5 and step.l == 2 and step.editable and step.rows == 20


def test_member_of_the_owner_sees_the_step_but_cannot_change_it(session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    step = service.role_step(session, vault, actor_for(world.member_a), dataset_id)
    assert not step.editable
    with pytest.raises(PermissionDenied):
        service.choose_roles(session, vault, actor_for(world.member_a), dataset_id, ROLES, 5, 2)


@pytest.mark.parametrize(("who", "error"), [("contributor_b", NotFound), ("curator", NotFound), ("admin", NotFound)])
def test_nobody_else_sees_the_samples_of_a_draft(session, vault, world, who, error) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    with pytest.raises(error):
        service.role_step(session, vault, actor_for(getattr(world, who)), dataset_id)


@pytest.mark.parametrize(("roles", "k", "l", "field"), [
    ({**ROLES, "site": "secret"}, 5, 2, "roles"),
    ({k: v for k, v in ROLES.items() if k != "note"}, 5, 2, "roles"),
    ({**ROLES, "extra": "measure"}, 5, 2, "roles"),
    ({name: "drop" for name in ROLES}, 5, 2, "roles"),
    ({name: "identifier" for name in ROLES}, 5, 2, "roles"),
    ({}, 5, 2, "roles"),
    (ROLES, 1, 2, "k"),
    (ROLES, service.MAX_K + 1, 2, "k"),
    (ROLES, 5, 0, "l"),
    (ROLES, 5, service.MAX_L + 1, "l"),
])
def test_bad_role_choices_are_refused(session, vault, world, roles, k, l, field) -> None:  # noqa: E741
    dataset_id = make_dataset(session, vault, world.contributor_a, roles=None)
    with pytest.raises(ValidationFailed) as caught:
        service.choose_roles(session, vault, actor_for(world.contributor_a), dataset_id, roles, k, l)
    assert field in caught.value.errors


def test_choices_are_stored_with_the_revision(session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a, roles=None)
    service.choose_roles(session, vault, actor_for(world.contributor_a), dataset_id, {**ROLES, "note": "drop"}, 7, 3)
    contribution = session.get(Contribution, dataset_id)
    settings = session.get(DatasetRevision, contribution.current_revision_id)
    assert settings.roles["note"] == "drop" and (settings.k, settings.l) == (7, 3)


def test_submitting_without_roles_is_refused(session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a, roles=None)
    with pytest.raises(ValidationFailed) as caught:
        contributions.take_action(session, vault, actor_for(world.contributor_a), dataset_id, "submit")
    assert "roles" in caught.value.errors


def test_roles_cannot_change_after_submission(session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    contributions.take_action(session, vault, actor_for(world.contributor_a), dataset_id, "submit")
    with pytest.raises(IllegalTransition):
        service.choose_roles(session, vault, actor_for(world.contributor_a), dataset_id, ROLES, 5, 2)


def test_the_case_study_form_cannot_overwrite_a_dataset(session, vault, world) -> None:
    from tests.factories import CANARY_TEXT

    dataset_id = make_dataset(session, vault, world.contributor_a)
    with pytest.raises(IllegalTransition):
        contributions.update_draft(session, vault, actor_for(world.contributor_a), dataset_id, CANARY_TEXT)


def test_a_case_study_has_no_role_step(session, vault, world) -> None:
    from tests.factories import make_case

    case = make_case(session, vault, world.contributor_a)
    with pytest.raises(NotFound):
        service.role_step(session, vault, actor_for(world.contributor_a), case.id)


@pytest.mark.parametrize("who", ["curator", "admin"])
def test_staff_never_get_the_samples_even_when_reviewing(app, session, vault, world, who) -> None:
    from tests.datasets.conftest import submit_and_process

    dataset_id = make_dataset(session, vault, world.contributor_a)
    submit_and_process(app, session, vault, world.contributor_a, dataset_id)
    contributions.take_action(session, vault, actor_for(world.contributor_a), dataset_id, "approve")
    with pytest.raises(PermissionDenied):
        service.role_step(session, vault, actor_for(getattr(world, who)), dataset_id)
