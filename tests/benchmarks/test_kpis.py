"""Setting a draft's KPI values: who may, what is refused, and that they count only once published."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from exchange.benchmarks.kpis import KpiEntry, kpis_of, set_kpis
from exchange.benchmarks.oee import OeeInputs
from exchange.benchmarks.service import BenchmarkQuery, benchmark_view
from exchange.benchmarks.settings import settings_from_config
from exchange.domain import contributions, pipeline
from exchange.domain.errors import IllegalTransition, NotFound, PermissionDenied, ValidationFailed
from exchange.models import AuditEvent, KpiValue
from tests.benchmarks.conftest import OLD, TODAY
from tests.factories import actor, make_case

ENTRIES = [KpiEntry("oee_pct", "before", 34.0, period_end=OLD), KpiEntry("oee_pct", "after", 52.0, period_end=OLD),
           KpiEntry("payback_months", "value", 20, period_end=OLD)]


def test_contributor_sets_kpis_of_own_draft_and_it_is_audited(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    figures = set_kpis(session, actor(world.contributor_a), case.id, ENTRIES, site_type="cdmo", today=TODAY)
    assert case.site_type == "cdmo"
    assert [(f.metric, f.phase, f.value, f.self_reported) for f in figures] == [
        ("oee_pct", "before", 34.0, True), ("oee_pct", "after", 52.0, True), ("payback_months", "value", 20.0, True)]
    rows = session.scalars(select(KpiValue)).all()
    assert {r.organisation_id for r in rows} == {world.org_a.id}
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == "kpis.set")).one()
    assert event.detail == {"count": 3, "metrics": ["oee_pct", "payback_months"], "site_type": "cdmo"}


def test_an_unknown_site_type_is_refused_and_nothing_is_stored(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    with pytest.raises(ValidationFailed) as refused:
        set_kpis(session, actor(world.contributor_a), case.id, ENTRIES, site_type="moon_base", today=TODAY)
    assert "site_type" in refused.value.errors
    assert case.site_type is None and session.scalars(select(KpiValue)).all() == []


def test_setting_again_replaces_the_values(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    set_kpis(session, actor(world.contributor_a), case.id, ENTRIES, today=TODAY)
    set_kpis(session, actor(world.contributor_a), case.id, ENTRIES[:1], today=TODAY)
    assert len(kpis_of(session, actor(world.contributor_a), case.id)) == 1


def test_oee_from_raw_inputs_is_computed_and_not_self_reported(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    raw = OeeInputs(100, 80, 1000, 60_000, 64_000)
    figures = set_kpis(session, actor(world.contributor_a), case.id, [KpiEntry("oee_pct", "after", oee_inputs=raw)],
                       today=TODAY)
    assert figures[0].value == pytest.approx(60.0) and figures[0].self_reported is False
    assert figures[0].period_end == TODAY


@pytest.mark.parametrize(("entries", "field"), [
    ([KpiEntry("oee_pct", "after", 120.0)], "oee_pct-after"),
    ([KpiEntry("payback_months", "before", 12.0)], "payback_months-before"),
    ([KpiEntry("maturity", "after", 3.0)], "maturity-after"),
    ([KpiEntry("yield_pct", "after", None)], "yield_pct-after"),
    ([KpiEntry("yield_pct", "after", 90.0, period_end=date(2027, 1, 1))], "yield_pct-after"),
    ([KpiEntry("yield_pct", "after", 90.0), KpiEntry("yield_pct", "after", 91.0)], "yield_pct-after"),
    ([KpiEntry("rft_pct", "after", 90.0, oee_inputs=OeeInputs(1, 1, 1, 1, 1))], "rft_pct-after"),
    ([KpiEntry("oee_pct", "after", oee_inputs=OeeInputs(100, 120, 1, 1, 1))], "oee_pct-after"),
])
def test_refused_values_change_nothing_and_name_their_field(session, vault, world, entries, field) -> None:
    case = make_case(session, vault, world.contributor_a)
    set_kpis(session, actor(world.contributor_a), case.id, ENTRIES, today=TODAY)
    with pytest.raises(ValidationFailed) as exc:
        set_kpis(session, actor(world.contributor_a), case.id, entries, today=TODAY)
    assert field in exc.value.errors
    assert len(kpis_of(session, actor(world.contributor_a), case.id)) == 3


def test_unknown_metric_is_refused(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    with pytest.raises(ValidationFailed, match="Not a metric of the catalogue") as exc:
        set_kpis(session, actor(world.contributor_a), case.id, [KpiEntry("price_gbp", "value", 3.0)], today=TODAY)
    assert "price_gbp-value" in exc.value.errors


@pytest.mark.parametrize(("who", "error"), [("member_a", PermissionDenied), ("contributor_b", NotFound),
                                             ("curator", NotFound), ("admin", NotFound)])
def test_only_a_contributor_of_the_organisation_sets_kpis(session, vault, world, who, error) -> None:
    case = make_case(session, vault, world.contributor_a)
    with pytest.raises(error):
        set_kpis(session, actor(getattr(world, who)), case.id, ENTRIES, today=TODAY)


def test_missing_contribution_is_not_found(session, world) -> None:
    with pytest.raises(NotFound):
        set_kpis(session, actor(world.contributor_a), 999_999, ENTRIES, today=TODAY)


def test_kpis_can_be_set_only_on_a_draft(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "submit")
    with pytest.raises(IllegalTransition):
        set_kpis(session, actor(world.contributor_a), case.id, ENTRIES, today=TODAY)


def test_member_of_the_organisation_may_read_its_figures_and_nobody_else(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    set_kpis(session, actor(world.contributor_a), case.id, ENTRIES, today=TODAY)
    assert len(kpis_of(session, actor(world.member_a), case.id)) == 3
    with pytest.raises(NotFound):
        kpis_of(session, actor(world.contributor_b), case.id)


def test_values_count_in_benchmarks_only_after_publication(app, session, vault, world) -> None:
    settings = settings_from_config({"SECRET_KEY": "k", "MIN_GROUP_SIZE": 1, "P_PERCENT": 0})
    contributor, curator = actor(world.contributor_a), actor(world.curator)
    case = make_case(session, vault, world.contributor_a)
    set_kpis(session, contributor, case.id, ENTRIES, today=TODAY)
    contributions.take_action(session, vault, contributor, case.id, "submit")
    session.commit()

    def total():  # type: ignore[no-untyped-def]
        return benchmark_view(session, actor(world.member_a), BenchmarkQuery("oee_pct"), settings, today=TODAY).total

    assert total().suppressed
    session.commit()
    assert pipeline.process(app.extensions["exchange"]["sessions"], vault, case.id) == "contributor_review"
    session.expire_all()
    contributions.take_action(session, vault, contributor, case.id, "approve")
    contributions.take_action(session, vault, curator, case.id, "publish")
    published = total()
    assert published.n_organisations == 1 and published.median == 52.0 and published.improvement_median == 18.0
    contributions.take_action(session, vault, contributor, case.id, "withdraw")
    assert total().suppressed
