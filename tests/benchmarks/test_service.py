"""benchmark_view and compare_kpis on a real database: who may see, what counts, what is logged."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from exchange.benchmarks.service import BenchmarkQuery, ComparisonRequest, benchmark_view, compare_kpis
from exchange.benchmarks.settings import settings_from_config
from exchange.domain.actor import Actor
from exchange.domain.errors import PermissionDenied, ValidationFailed
from exchange.models import AuditEvent
from tests.benchmarks.conftest import TODAY
from tests.factories import actor

SETTINGS = settings_from_config({"SECRET_KEY": "service tests"})
OEE = BenchmarkQuery("oee_pct")


def view(session, who, query=OEE, settings=SETTINGS):
    return benchmark_view(session, who, query, settings, today=TODAY)


def oee(value: float) -> dict:
    return {("oee_pct", "before"): value - 5, ("oee_pct", "after"): value}


@pytest.mark.parametrize("role", ["contributor_a", "member_a", "curator", "admin"])
def test_every_signed_in_role_may_view_aggregates(session, world, orgs, publish, role) -> None:
    for i, org in enumerate(orgs[:5]):
        publish(org, oee(40 + i))
    result = view(session, actor(getattr(world, role)))
    assert result.total.n_organisations == 5 and not result.total.suppressed


def test_nobody_without_a_role_may_view_or_compare(session) -> None:
    anonymous = Actor(None, None, None)
    with pytest.raises(PermissionDenied):
        view(session, anonymous)
    with pytest.raises(PermissionDenied):
        compare_kpis(session, anonymous, ComparisonRequest("oee_pct", 40.0), SETTINGS, today=TODAY)


@pytest.mark.parametrize(("n", "published"), [(4, False), (5, True)])
def test_threshold_boundary_on_the_database(session, world, orgs, publish, n, published) -> None:
    for i, org in enumerate(orgs[:n]):
        publish(org, oee(40 + i))
    total = view(session, actor(world.member_a)).total
    assert total.suppressed is not published
    assert total.n_organisations == (n if published else None)


def test_one_organisation_with_many_contributions_counts_once(session, world, orgs, publish) -> None:
    for i in range(6):
        publish(orgs[0], oee(40 + i))
    for org in orgs[1:4]:
        publish(org, oee(50))
    assert view(session, actor(world.member_a)).total.suppressed  # 4 organisations, 9 contributions


@pytest.mark.parametrize("state", ["withdrawn", "retired"])
def test_withdrawn_and_retired_contributions_stop_counting(session, world, orgs, publish, state) -> None:
    made = [publish(org, oee(40 + i)) for i, org in enumerate(orgs[:5])]
    assert not view(session, actor(world.member_a)).total.suppressed
    made[0].state = state
    session.flush()
    assert view(session, actor(world.member_a)).total.suppressed


def test_unpublished_contributions_do_not_count(session, world, orgs, publish) -> None:
    for i, org in enumerate(orgs[:5]):
        c = publish(org, oee(40 + i))
    c.published_revision_id = None
    c.state = "curator_review"
    session.flush()
    assert view(session, actor(world.member_a)).total.suppressed


@pytest.mark.parametrize(("months", "shown"), [(3, False), (0, True)])
def test_recent_data_waits_for_the_configured_age(session, world, orgs, publish, months, shown) -> None:
    for i, org in enumerate(orgs[:5]):
        publish(org, oee(40 + i), period_end=date(2026, 10, 1))
    settings = settings_from_config({"SECRET_KEY": "x", "BENCHMARK_MIN_AGE_MONTHS": months})
    assert view(session, actor(world.member_a), settings=settings).total.suppressed is not shown


def test_every_release_is_in_the_audit_trail_without_organisations(session, world, orgs, publish) -> None:
    for i, org in enumerate(orgs[:6]):
        publish(org, oee(40 + i))
    view(session, actor(world.member_a))
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == "benchmark.view")).one()
    assert event.actor_user_id == world.member_a.id and event.object_id == "oee_pct"
    released = event.detail["released"]
    assert any(r["segment"] is None and r["n"] == 6 for r in released)
    text = str(event.detail)
    assert not any(org.name in text for org in orgs) and "organisation_id" not in text


def test_the_same_cell_is_the_same_in_overlapping_views(session, world, orgs, publish) -> None:
    for i, org in enumerate(orgs):
        publish(org, oee(35 + 2 * i), technologies=("mes_ebr", "ai_ml") if i % 3 else ("mes_ebr",))
    for i, org in enumerate(orgs[:3]):
        publish(org, oee(60 + i), segment="vaccines", technologies=("ai_ml",))
    member = actor(world.member_a)
    for technology in ("mes_ebr", "ai_ml"):
        by_segment = {c.segment: c for c in view(session, member, BenchmarkQuery("oee_pct", technology=technology)).cells}
        for segment in ("biologics", "vaccines"):
            by_tech = {c.technology: c for c in view(session, member, BenchmarkQuery("oee_pct", segment=segment)).cells}
            assert by_segment[segment] == by_tech[technology]


def test_peer_group_by_size_obeys_the_same_rules(session, world, orgs, publish) -> None:
    for i, org in enumerate(orgs):
        publish(org, oee(40 + i))
    member = actor(world.member_a)
    assert view(session, member, BenchmarkQuery("oee_pct", size_band="medium")).total.n_organisations == 8
    assert view(session, member, BenchmarkQuery("oee_pct", size_band="large")).total.suppressed  # only four
    assert view(session, member, BenchmarkQuery("oee_pct", organisation_kind="rto")).total.suppressed


@pytest.mark.parametrize(("field", "query"), [
    ("metric", BenchmarkQuery("price_per_tablet")), ("segment", BenchmarkQuery("oee_pct", segment="Biologics")),
    ("technology", BenchmarkQuery("oee_pct", technology="blockchain")),
    ("size_band", BenchmarkQuery("oee_pct", size_band="huge")),
    ("organisation_kind", BenchmarkQuery("oee_pct", organisation_kind="ünknown")),
])
def test_unknown_filters_are_refused(session, world, field, query) -> None:
    with pytest.raises(ValidationFailed) as exc:
        view(session, actor(world.member_a), query)
    assert field in exc.value.errors


def test_maturity_comes_from_the_contributions(session, world, orgs, publish) -> None:
    for org in orgs[:5]:
        publish(org, oee(40), maturity=(2, 4))
    total = view(session, actor(world.member_a), BenchmarkQuery("maturity")).total
    assert total.n_organisations == 5 and total.median == 4.0 and total.improvement_median == 2.0


def test_comparison_answers_a_band_and_stores_nothing_of_the_value(session, world, orgs, publish) -> None:
    for i, org in enumerate(orgs):
        publish(org, oee(30 + 3 * i))
    result = compare_kpis(session, actor(world.member_a), ComparisonRequest("oee_pct", 77.7), SETTINGS, today=TODAY)
    assert (result.band, result.n_organisations) == ("top quartile", 12)
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == "benchmark.compare")).one()
    assert "77.7" not in str(event.detail) and event.detail["band_index"] == 3


@pytest.mark.parametrize("value", [-1.0, 100.5, float("nan")])
def test_comparison_refuses_values_outside_the_valid_range(session, world, value) -> None:
    with pytest.raises(ValidationFailed):
        compare_kpis(session, actor(world.member_a), ComparisonRequest("oee_pct", value), SETTINGS, today=TODAY)


def test_comparison_against_too_small_a_peer_group_is_withheld(session, world, orgs, publish) -> None:
    for org in orgs[:4]:
        publish(org, oee(40))
    result = compare_kpis(session, actor(world.member_a), ComparisonRequest("oee_pct", 50.0, segment="biologics"),
                          SETTINGS, today=TODAY)
    assert result.suppressed and result.band is None


def test_a_table_is_reused_only_while_its_rows_are_unchanged(session, world, orgs, publish) -> None:
    from exchange.benchmarks import service

    made = [publish(org, oee(40 + i)) for i, org in enumerate(orgs[:6])]
    member = actor(world.member_a)
    first = view(session, member)
    assert view(session, member).total == first.total and len(service._TABLES) >= 1
    assert first.cells[2].segment == "biologics" and first.cells[2].n_organisations == 6
    made[0].segment = "vaccines"  # a lone vaccines cell now: it and its complement are withheld
    session.flush()
    by_segment = {c.segment: c for c in view(session, member).cells}
    assert by_segment["biologics"].suppressed and by_segment["vaccines"].suppressed
    publish(orgs[6], oee(90))
    assert view(session, member).total.n_organisations == 7


def test_warming_fills_the_default_table_without_releasing_or_auditing(session, world, orgs, publish,
                                                                       monkeypatch) -> None:
    from sqlalchemy import func

    from exchange.benchmarks import service

    for i, org in enumerate(orgs[:6]):
        publish(org, oee(40 + i))
    service._TABLES.clear()
    audited = session.scalar(select(func.count()).select_from(AuditEvent))
    service.warm_default_table(session, SETTINGS, today=TODAY)
    assert session.scalar(select(func.count()).select_from(AuditEvent)) == audited

    def not_again(*args, **kwargs):
        raise AssertionError("the warmed table was computed again")

    monkeypatch.setattr(service, "load_observations", not_again)
    assert view(session, actor(world.member_a)).total.n_organisations == 6


def test_a_drafts_tags_do_not_invalidate_the_table_but_a_counted_ones_do(session, world, orgs, publish,
                                                                          monkeypatch) -> None:
    from exchange.benchmarks import service
    from exchange.models import Contribution, ContributionTerm

    made = [publish(org, oee(40 + i)) for i, org in enumerate(orgs[:6])]
    member = actor(world.member_a)
    view(session, member)
    draft = Contribution(organisation_id=orgs[0].id, state="draft", segment="biologics",
                         terms=[ContributionTerm(vocabulary="technology", code="robotics_automation")])
    session.add(draft)
    session.flush()
    computed = []
    real = service.load_observations
    monkeypatch.setattr(service, "load_observations", lambda *a, **k: computed.append(1) or real(*a, **k))
    view(session, member)
    assert computed == []
    made[0].terms.append(ContributionTerm(vocabulary="technology", code="robotics_automation"))
    session.flush()
    assert view(session, member, BenchmarkQuery("oee_pct", "biologics")).cells
    assert computed == [1]
