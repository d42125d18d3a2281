"""The library read model the API (and later the search backend) stands on."""
from __future__ import annotations

import dataclasses

import pytest

from exchange.domain import library
from exchange.domain.accounts import actor_for
from exchange.domain.actor import Actor
from exchange.domain.errors import NotFound
from exchange.domain.library import CaseFilters
from tests.api.conftest import CANARIES, publish_case
from tests.factories import CANARY_TEXT


def test_nobody_without_a_role_reads_the_library(session, world) -> None:
    with pytest.raises(NotFound):
        library.search_cases(session, Actor(None, None, None), CaseFilters())


@pytest.mark.parametrize("page, per_page, expected", [(0, 0, (1, 1)), (-5, 1000, (1, 100)), (3, 7, (3, 7))])
def test_paging_is_clamped(session, world, page, per_page, expected) -> None:
    result = library.search_cases(session, actor_for(world.member_a), CaseFilters(), page, per_page)
    assert (result.page, result.per_page) == expected and result.total == 0 and result.pages == 1


def test_published_case_is_the_redacted_published_revision(app, session, vault, world) -> None:
    case_id = publish_case(app, session, vault, world)
    case = library.published_case(session, actor_for(world.contributor_b), case_id)
    assert case.revision == 1 and case.title
    for canary in CANARIES:
        assert canary not in str(dataclasses.asdict(case))


def test_a_case_without_segment_has_no_similar_cases(app, session, vault, world) -> None:
    case_id = publish_case(app, session, vault, world, dataclasses.replace(CANARY_TEXT, segment=None))
    assert library.similar_cases(session, actor_for(world.member_a), case_id) == []


def test_all_published_skips_drafts(app, session, vault, world) -> None:
    from exchange.domain import contributions

    contributions.create_case_study(session, vault, actor_for(world.contributor_a), CANARY_TEXT)
    case_id = publish_case(app, session, vault, world)
    assert [c.id for c in library.all_published(session)] == [case_id]
