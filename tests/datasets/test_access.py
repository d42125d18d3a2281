"""Who sees what of a dataset: raw values only for the contributing organisation, never staff."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from exchange.datasets import views
from exchange.domain import contributions
from exchange.domain.accounts import actor_for
from exchange.domain.actor import Actor
from exchange.domain.errors import NotFound
from exchange.models import AuditEvent
from tests.datasets.conftest import CANARIES, make_dataset, submit_and_process

ANONYMOUS = Actor(user_id=None, organisation_id=None, role=None)


def _no_canary(detail: object) -> None:
    text = repr(detail)
    for canary in CANARIES:
        assert canary not in text, canary


@pytest.mark.parametrize("who", ["contributor_a", "member_a", "contributor_b", "curator", "admin"])
def test_every_signed_in_role_reads_the_published_dataset_without_raw_values(session, world, published_dataset,
                                                                             who) -> None:
    actor = actor_for(getattr(world, who))
    detail = views.published_dataset(session, actor, published_dataset)
    listed, total = views.published_datasets(session, actor)
    assert total == 1 and listed[0].id == published_dataset and detail.report["k_achieved"] >= 5
    _no_canary((detail, listed))
    name, content = views.download(session, actor, published_dataset)
    assert name.endswith(".csv") and content.startswith("batch_id,")
    _no_canary(content)


def test_anonymous_sees_nothing(session, world, published_dataset) -> None:
    for call in (lambda: views.published_dataset(session, ANONYMOUS, published_dataset),
                 lambda: views.published_datasets(session, ANONYMOUS),
                 lambda: views.download(session, ANONYMOUS, published_dataset)):
        with pytest.raises(NotFound):
            call()


def test_downloads_are_audited(session, world, published_dataset) -> None:
    views.download(session, actor_for(world.contributor_b), published_dataset)
    events = session.scalars(select(AuditEvent).where(AuditEvent.action == "dataset.download")).all()
    assert len(events) == 1 and events[0].object_id == str(published_dataset)


def test_curators_and_admins_review_the_redacted_side_only(app, session, vault, world) -> None:
    owner = actor_for(world.contributor_a)
    dataset_id = make_dataset(session, vault, world.contributor_a)
    submit_and_process(app, session, vault, world.contributor_a, dataset_id)
    with pytest.raises(NotFound):  # not yet approved: staff may not know it exists
        views.working_dataset(session, actor_for(world.curator), dataset_id)
    contributions.take_action(session, vault, owner, dataset_id, "approve")
    for who in ("curator", "admin"):
        detail = views.working_dataset(session, actor_for(getattr(world, who)), dataset_id)
        assert detail.preview and detail.report["k_achieved"] >= 5
        _no_canary(detail)
    assert "publish" in views.working_dataset(session, actor_for(world.curator), dataset_id).actions


@pytest.mark.parametrize("who", ["contributor_b", "curator", "admin"])
def test_an_unpublished_dataset_is_not_found_outside_its_organisation(app, session, vault, world, who) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    submit_and_process(app, session, vault, world.contributor_a, dataset_id)
    actor = actor_for(getattr(world, who))
    with pytest.raises(NotFound):
        views.working_dataset(session, actor, dataset_id)
    with pytest.raises(NotFound):
        views.published_dataset(session, actor, dataset_id)


def test_the_owners_member_sees_the_working_side(app, session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    submit_and_process(app, session, vault, world.contributor_a, dataset_id)
    detail = views.working_dataset(session, actor_for(world.member_a), dataset_id)
    assert detail.is_owner and detail.actions == ()


def test_a_case_study_is_not_a_dataset_and_a_dataset_is_not_a_case(session, vault, world, published_dataset) -> None:
    from exchange.domain import library, listings
    from tests.factories import make_case

    case = make_case(session, vault, world.contributor_a)
    member = actor_for(world.member_a)
    with pytest.raises(NotFound):
        views.working_dataset(session, member, case.id)
    with pytest.raises(NotFound):
        library.published_case(session, member, published_dataset)
    with pytest.raises(NotFound):
        listings.published_case(session, member, published_dataset)
    assert published_dataset not in [c.id for c in listings.published_cases(session, member)]


def test_withdrawn_or_retired_datasets_leave_the_library(session, vault, world, published_dataset) -> None:
    contributions.take_action(session, vault, actor_for(world.curator), published_dataset, "retire", "Superseded.")
    with pytest.raises(NotFound):
        views.published_dataset(session, actor_for(world.member_a), published_dataset)
    assert views.published_datasets(session, actor_for(world.member_a)) == ([], 0)


def test_pre_review_checks_of_a_dataset_speak_of_its_privacy_levels(app, session, vault, world) -> None:
    from exchange.domain import curation

    dataset_id = make_dataset(session, vault, world.contributor_a)
    submit_and_process(app, session, vault, world.contributor_a, dataset_id)
    contributions.take_action(session, vault, actor_for(world.contributor_a), dataset_id, "approve")
    checks = {c.name: c for c in curation.pre_review_checks(session, actor_for(world.curator), dataset_id)}
    assert checks["Required fields"].status == "pass" and checks["Privacy levels"].status == "pass"
    assert checks["Records withheld"].status == "pass" and "k = " in checks["Privacy levels"].message
    assert "Residual-risk warnings" in checks


def test_pre_review_checks_fail_a_draft_that_was_never_anonymised(session, vault, world) -> None:
    from exchange.domain import curation

    dataset_id = make_dataset(session, vault, world.contributor_a)
    checks = {c.name: c for c in curation.pre_review_checks(session, actor_for(world.contributor_a), dataset_id)}
    assert checks["Privacy levels"].status == "fail" and checks["Required fields"].status == "fail"
