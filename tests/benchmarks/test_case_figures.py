"""A published case shows its own before/after figures (money as a band); unpublished ones never."""
from __future__ import annotations

from datetime import date

import pytest

from exchange.benchmarks.case_figures import case_figures
from exchange.domain.errors import NotFound
from exchange.models import KpiValue
from tests.factories import actor, make_case
from tests.security.matrix_setup import build


def _add(session, contribution_id: int, organisation_id: int, metric: str, phase: str, value: float) -> None:  # type: ignore[no-untyped-def]
    session.add(KpiValue(contribution_id=contribution_id, organisation_id=organisation_id, metric=metric,
                         phase=phase, value=value, period_end=date(2023, 12, 31)))


def test_published_case_shows_before_after_and_banded_money(app, session, vault, world) -> None:
    objects = build(app, session, vault, world)
    for metric, phase, value in (("oee_pct", "before", 34.0), ("oee_pct", "after", 52.0),
                                 ("capital_invested_gbp", "value", 2_300_000), ("changeover_time_h", "before", 4),
                                 ("changeover_time_h", "after", 6)):
        _add(session, objects.published, world.org_a.id, metric, phase, value)
    session.commit()
    figures = {f.label: f for f in case_figures(session, actor(world.contributor_b), objects.published)}
    oee = figures["Overall equipment effectiveness"]
    assert (oee.before, oee.after, oee.improved) == ("34", "52", True) and oee.after_share == 1.0
    assert figures["Capital invested"].value == "£1m–£5m" and "2300000" not in repr(figures)
    assert figures["Changeover time"].improved is False


def test_unpublished_case_has_no_public_figures(session, vault, world) -> None:
    draft = make_case(session, vault, world.contributor_a)
    with pytest.raises(NotFound):
        case_figures(session, actor(world.contributor_b), draft.id)
