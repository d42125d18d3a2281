"""Sector medians under the disclosure rules: none below the minimum number of organisations."""
from __future__ import annotations

import pytest

from exchange.maturity import assessments, results
from exchange.maturity.medians import sector_medians
from tests.factories import actor, make_org, make_user
from tests.maturity.conftest import answers


def _assess(session, frameworks, levels: list[int]) -> None:  # type: ignore[no-untyped-def]
    for level in levels:
        member = make_user(session, make_org(session), "member")
        assessments.create_assessment(session, actor(member), answers(frameworks["plant-maturity"], level, 5))


@pytest.mark.parametrize(("levels", "minimum", "median"), [
    ([], 5, None),
    ([3], 5, None),
    ([1, 2, 3, 4], 5, None),
    ([1, 2, 3, 4, 5], 5, 3.0),
    ([1, 1, 2, 4, 5, 5], 5, 3.0),
    ([2, 4, 4], 3, 4.0),
])
def test_median_is_withheld_below_the_minimum(session, world, frameworks, levels, minimum, median) -> None:
    _assess(session, frameworks, levels)
    plant = frameworks["plant-maturity"]
    cells = sector_medians(session, plant.id, [d.id for d in plant.dimensions], minimum)
    cell = cells[plant.dimensions[0].id]
    assert cell.n_organisations == len(levels)
    assert cell.median == median and cell.suppressed is (median is None)
    if median is None:
        assert cell.reason


def test_only_the_latest_version_of_each_organisation_counts(session, world, frameworks) -> None:
    plant = frameworks["plant-maturity"]
    _assess(session, frameworks, [1, 1, 1, 1])
    assessments.create_assessment(session, actor(world.member_a), answers(plant, 1, 5))
    latest = assessments.create_assessment(session, actor(world.member_a), answers(plant, 5, 5))
    cell = sector_medians(session, plant.id, [plant.dimensions[0].id], 5)[plant.dimensions[0].id]
    assert (cell.n_organisations, cell.median) == (5, 1.0)
    shown = results.assessment_result(session, actor(world.member_a), latest.id, min_group_size=5)
    assert shown.dimensions[0].median.median == 1.0 and shown.dimensions[0].score == 5.0


def test_result_reports_withheld_medians_with_their_reason(session, world, frameworks) -> None:
    made = assessments.create_assessment(session, actor(world.member_a), answers(frameworks["siri"], 2, 4))
    shown = results.assessment_result(session, actor(world.member_a), made.id, min_group_size=5)
    assert all(d.median.suppressed and d.median.median is None and d.median.reason for d in shown.dimensions)
