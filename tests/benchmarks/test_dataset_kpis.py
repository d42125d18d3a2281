"""A dataset's per-period values count in the benchmarks like a case study's: only with enough
organisations, old enough, and no longer once the dataset is withdrawn or retired."""
from __future__ import annotations

from datetime import date

import pytest

from exchange.benchmarks.service import BenchmarkQuery, benchmark_view
from exchange.benchmarks.settings import settings_from_config
from exchange.datasets import kpi_service
from exchange.datasets.kpi_columns import KpiMapping
from exchange.domain import contributions
from exchange.domain.accounts import actor_for
from tests.datasets.conftest import make_dataset, submit_and_process
from tests.factories import actor

SETTINGS = settings_from_config({"SECRET_KEY": "dataset benchmark tests"})
TODAY = date(2026, 11, 26)  # the canary table's months are 2024-01 to 2024-04: old enough


def _total(session, world):  # type: ignore[no-untyped-def]
    return benchmark_view(session, actor(world.member_a), BenchmarkQuery("oee_pct"), SETTINGS, today=TODAY).total


def _published_dataset(app, session, vault, world) -> int:  # type: ignore[no-untyped-def]
    owner = actor_for(world.contributor_a)
    dataset_id = make_dataset(session, vault, world.contributor_a)
    kpi_service.choose_kpis(session, vault, owner, dataset_id, KpiMapping({"oee_pct": "oee_pct"}, "month"))
    session.commit()
    assert submit_and_process(app, session, vault, world.contributor_a, dataset_id) == "contributor_review"
    contributions.take_action(session, vault, owner, dataset_id, "approve")
    contributions.take_action(session, vault, actor_for(world.curator), dataset_id, "publish")
    session.commit()
    return dataset_id


def test_a_dataset_s_values_fill_a_cell_only_with_enough_organisations(app, session, vault, world, orgs,
                                                                         publish) -> None:
    for i, org in enumerate(orgs[:4]):
        publish(org, {("oee_pct", "after"): 50.0 + i})
    assert _total(session, world).suppressed  # four case studies alone
    _published_dataset(app, session, vault, world)
    total = _total(session, world)
    assert not total.suppressed and total.n_organisations == 5


def test_a_dataset_does_not_count_before_it_is_published(app, session, vault, world, orgs, publish) -> None:
    for i, org in enumerate(orgs[:4]):
        publish(org, {("oee_pct", "after"): 50.0 + i})
    owner = actor_for(world.contributor_a)
    dataset_id = make_dataset(session, vault, world.contributor_a)
    kpi_service.choose_kpis(session, vault, owner, dataset_id, KpiMapping({"oee_pct": "oee_pct"}, "month"))
    session.commit()
    assert submit_and_process(app, session, vault, world.contributor_a, dataset_id) == "contributor_review"
    assert _total(session, world).suppressed


@pytest.mark.parametrize(("action", "by"), [("withdraw", "contributor_a"), ("retire", "curator")])
def test_a_withdrawn_or_retired_dataset_stops_counting(app, session, vault, world, orgs, publish, action, by) -> None:
    for i, org in enumerate(orgs[:4]):
        publish(org, {("oee_pct", "after"): 50.0 + i})
    dataset_id = _published_dataset(app, session, vault, world)
    assert not _total(session, world).suppressed
    contributions.take_action(session, vault, actor_for(getattr(world, by)), dataset_id, action,
                              "Superseded by a newer table.")
    session.commit()
    assert _total(session, world).suppressed


def test_a_dataset_s_recent_periods_wait_for_the_minimum_age(app, session, vault, world, orgs, publish) -> None:
    for i, org in enumerate(orgs[:4]):
        publish(org, {("oee_pct", "after"): 50.0 + i}, period_end=date(2023, 6, 30))
    _published_dataset(app, session, vault, world)
    query = BenchmarkQuery("oee_pct")
    # three months before 2024-04-15 is 2024-01-15: none of the table's months (ending 2024-01-31 on) is old enough
    early = benchmark_view(session, actor(world.member_a), query, SETTINGS, today=date(2024, 4, 15)).total
    later = benchmark_view(session, actor(world.member_a), query, SETTINGS, today=date(2024, 5, 1)).total
    assert early.suppressed and not later.suppressed and later.n_organisations == 5
