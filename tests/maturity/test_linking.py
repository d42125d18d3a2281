"""Linking gaps to the published cases that moved the same dimension, with payback and barriers."""
from __future__ import annotations

import pytest
from exchange.domain import contributions
from exchange.maturity import assessments, results
from exchange.maturity.linking import Candidate, matching_cases, plant_level, plant_span
from exchange.maturity.payback import payback_months
from exchange.maturity.views import FrameworkView, LevelView
from exchange.models import KpiValue, Revision
from tests.factories import actor
from tests.maturity.conftest import answers, publish_case


def _scale(low: int, high: int, plant: dict[int, int] | None = None) -> FrameworkView:
    plant = plant or {}
    return FrameworkView(1, "f", "1", "F", "", "", True,
                         tuple(LevelView(n, str(n), plant.get(n)) for n in range(low, high + 1)), ())


@pytest.mark.parametrize(("framework", "level", "expected"), [
    (_scale(1, 5, {n: n for n in range(1, 6)}), 3, 3),
    (_scale(0, 5, {0: 1, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5}), 0, 1),
    (_scale(0, 4), 0, 1), (_scale(0, 4), 2, 3), (_scale(0, 4), 4, 5),
    (_scale(1, 3), 2, 3), (_scale(1, 3), 9, 5),
])
def test_framework_levels_map_onto_the_plant_scale(framework, level, expected) -> None:
    assert plant_level(framework, level) == expected


@pytest.mark.parametrize(("score", "target", "span"), [
    (2.0, 4, (2, 4)), (2.67, 3, (2, 3)), (3.0, 3, (3, 4)), (5.0, 5, None), (1.0, 5, (1, 5)),
])
def test_plant_span_covers_at_least_one_step(score, target, span) -> None:
    assert plant_span(_scale(1, 5, {n: n for n in range(1, 6)}), score, target) == span


def _case(case_id: int, techs: set[str], before: int, after: int, segment: str = "biologics") -> Candidate:
    return Candidate(case_id, f"Case {case_id}", segment, frozenset(techs), (), before, after)


@pytest.mark.parametrize(("cases", "span", "segments", "expected"), [
    ([_case(1, {"mes_ebr"}, 2, 3)], (2, 4), [], [1]),
    ([_case(1, {"ai_ml"}, 2, 3)], (2, 4), [], []),              # no shared technology
    ([_case(1, {"mes_ebr"}, 4, 5)], (2, 4), [], []),            # moved above the gap
    ([_case(1, {"mes_ebr"}, 1, 2)], (2, 4), [], []),            # moved below the gap
    ([_case(1, {"mes_ebr"}, 1, 5)], (2, 4), [], [1]),           # spans it
    ([_case(1, {"mes_ebr"}, 2, 3), _case(2, {"mes_ebr", "lims_eln"}, 2, 3)], (2, 4), [], [2, 1]),
    ([_case(1, {"mes_ebr"}, 2, 4), _case(2, {"mes_ebr"}, 3, 4)], (2, 4), [], [1, 2]),
    ([_case(1, {"mes_ebr"}, 2, 4), _case(2, {"mes_ebr"}, 2, 3, "vaccines")], (2, 4), ["vaccines"], [2, 1]),
    ([_case(1, {"mes_ebr"}, 2, 3)], None, [], []),
    ([], (2, 4), [], []),
])
def test_matching_cases_share_a_technology_and_a_step(cases, span, segments, expected) -> None:
    assert [c.id for c in matching_cases(cases, ["mes_ebr", "lims_eln"], span, segments)] == expected


def test_matching_is_capped_per_gap() -> None:
    cases = [_case(n, {"mes_ebr"}, 2, 3) for n in range(1, 9)]
    assert len(matching_cases(cases, ["mes_ebr"], (2, 4), [], limit=5)) == 5


def test_gap_links_only_published_cases_with_their_redacted_title(app, session, vault, world, frameworks) -> None:
    common = {"technologies": ("mes_ebr",), "before": 2, "after": 4}
    linked = publish_case(app, session, vault, world.contributor_b, title="Other Pharma paperless records",
                          sensitive_terms=("Other Pharma",), **common)
    publish_case(app, session, vault, world.contributor_b, title="A draft", publish=False, **common)
    withdrawn = publish_case(app, session, vault, world.contributor_b, title="Withdrawn one", **common)
    contributions.take_action(session, vault, actor(world.contributor_b), withdrawn.id, "withdraw")
    publish_case(app, session, vault, world.contributor_b, title="Flat", technologies=("mes_ebr",), before=3, after=3)
    plant = frameworks["plant-maturity"]
    made = assessments.create_assessment(session, actor(world.member_a), answers(
        plant, 5, 5, overrides={"records_and_data_capture": (2, 4, 3)}))
    gaps = results.assessment_gaps(session, actor(world.member_a), made.id)
    assert [(g.code, g.case_ids) for g in gaps] == [("records_and_data_capture", (linked.id,))]
    case = gaps[0].cases[0]
    title = session.get(Revision, linked.published_revision_id).redacted["title"]
    assert case.title == title and "Other Pharma" not in case.title
    assert case.barriers == ("risk_aversion",) and (case.maturity_before, case.maturity_after) == (2, 4)
    assert case.payback_months is None  # it reported none: omitted
    _kpi(session, linked, "payback_months", 18.0)
    _kpi(session, linked, "oee_pct", 51.0)
    assert payback_months(session, [linked.id]) == {linked.id: 18.0}
    assert payback_months(session, []) == {}
    assert results.assessment_gaps(session, actor(world.member_a), made.id)[0].cases[0].payback_months == 18.0


def _kpi(session, contribution, metric: str, value: float) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    session.add(KpiValue(contribution_id=contribution.id, organisation_id=contribution.organisation_id,
                         metric=metric, phase="value", value=value, period_end=date(2023, 12, 31)))
    session.flush()
