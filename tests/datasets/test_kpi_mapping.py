"""The KPI mapping on a real draft and in the real pipeline: who may map, what is refused, what
the pipeline records (per period, computed centrally) and how reprocessing replaces it."""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from statistics import mean

import pytest
from sqlalchemy import select

from exchange.datasets import kpi_service, service
from exchange.datasets.kpi_columns import KpiMapping, parse_period, period_end
from exchange.datasets.records import dataset_of
from exchange.domain import contributions
from exchange.domain.accounts import actor_for
from exchange.domain.errors import IllegalTransition, NotFound, PermissionDenied, ValidationFailed
from exchange.models import AuditEvent, Contribution, KpiValue
from tests.datasets.conftest import ROLES, canary_rows, make_dataset, submit_and_process, to_csv

OEE = KpiMapping({"oee_pct": "oee_pct"}, "month", "month")


def _values(session, dataset_id: int) -> dict[tuple[str, date], KpiValue]:  # type: ignore[no-untyped-def]
    rows = session.scalars(select(KpiValue).where(KpiValue.contribution_id == dataset_id))
    return {(v.metric, v.period_end): v for v in rows}


def _expected_means(granularity: str) -> dict[date, float]:
    header, *rows = canary_rows()
    month, oee = header.index("month"), header.index("oee_pct")
    cells: dict[date, list[float]] = defaultdict(list)
    for row in rows:
        cells[period_end(parse_period(row[month]), granularity)].append(float(row[oee]))  # type: ignore[arg-type]
    return {end: mean(values) for end, values in cells.items()}


def test_the_owner_s_contributor_maps_a_measure_column_and_it_is_audited(session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    step = kpi_service.kpi_step(session, vault, actor_for(world.contributor_a), dataset_id)
    assert [(c.name, c.chosen) for c in step.columns] == [("oee_pct", "oee_pct")]  # suggested from its name
    assert step.date_columns == ("month",) and step.period_column == "month" and step.editable
    kpi_service.choose_kpis(session, vault, actor_for(world.contributor_a), dataset_id, OEE)
    session.commit()
    stored = dataset_of(session, session.get(Contribution, dataset_id), session.get(Contribution, dataset_id).current_revision_id)
    assert KpiMapping.from_json(stored.kpi_mapping) == OEE
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == "dataset.kpis")).one()
    assert event.detail["metrics"] == ["oee_pct"]


@pytest.mark.parametrize(("who", "error"), [("member_a", PermissionDenied), ("contributor_b", NotFound),
                                            ("curator", NotFound), ("admin", NotFound)])
def test_only_the_owning_organisation_s_contributors_may_map(session, vault, world, who, error) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    with pytest.raises(error):
        kpi_service.choose_kpis(session, vault, actor_for(getattr(world, who)), dataset_id, OEE)
    assert dataset_of(session, session.get(Contribution, dataset_id),
                      session.get(Contribution, dataset_id).current_revision_id).kpi_mapping is None


@pytest.mark.parametrize(("who", "error"), [("contributor_b", NotFound), ("curator", NotFound)])
def test_nobody_outside_the_organisation_sees_the_kpi_step(session, vault, world, who, error) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    with pytest.raises(error):
        kpi_service.kpi_step(session, vault, actor_for(getattr(world, who)), dataset_id)


def test_mapping_refuses_out_of_range_cells_with_column_count_and_range(session, vault, world) -> None:
    rows = canary_rows()
    rows[1][4], rows[2][4] = "140", "101"
    dataset_id = make_dataset(session, vault, world.contributor_a, data=to_csv(rows))
    with pytest.raises(ValidationFailed) as refused:
        kpi_service.choose_kpis(session, vault, actor_for(world.contributor_a), dataset_id, OEE)
    assert "Column 'oee_pct': 2 cells outside the valid range" in refused.value.errors["oee_pct"]
    assert "0 to 100 %" in refused.value.errors["oee_pct"]


def test_mapping_needs_the_roles_first_and_a_draft(app, session, vault, world) -> None:
    unrolled = make_dataset(session, vault, world.contributor_a, roles=None)
    with pytest.raises(ValidationFailed):
        kpi_service.choose_kpis(session, vault, actor_for(world.contributor_a), unrolled, OEE)
    dataset_id = make_dataset(session, vault, world.contributor_a)
    assert submit_and_process(app, session, vault, world.contributor_a, dataset_id) == "contributor_review"
    with pytest.raises(IllegalTransition):
        kpi_service.choose_kpis(session, vault, actor_for(world.contributor_a), dataset_id, OEE)


def test_the_pipeline_records_per_month_means_computed_centrally(app, session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    kpi_service.choose_kpis(session, vault, actor_for(world.contributor_a), dataset_id, OEE)
    session.commit()
    assert submit_and_process(app, session, vault, world.contributor_a, dataset_id) == "contributor_review"
    values = _values(session, dataset_id)
    expected = _expected_means("month")
    assert {end: v.value for (_, end), v in values.items()} == pytest.approx(expected)
    assert {(v.phase, v.self_reported, v.organisation_id) for v in values.values()} == {("value", False, world.org_a.id)}


def test_reprocessing_replaces_the_values_of_the_contribution(app, session, vault, world) -> None:
    owner = actor_for(world.contributor_a)
    dataset_id = make_dataset(session, vault, world.contributor_a)
    kpi_service.choose_kpis(session, vault, owner, dataset_id, OEE)
    session.commit()
    submit_and_process(app, session, vault, world.contributor_a, dataset_id)
    contributions.take_action(session, vault, owner, dataset_id, "edit")
    kpi_service.choose_kpis(session, vault, owner, dataset_id, KpiMapping({"oee_pct": "oee_pct"}, "month", "quarter"))
    session.commit()
    assert submit_and_process(app, session, vault, world.contributor_a, dataset_id) == "contributor_review"
    assert {end: v.value for (_, end), v in _values(session, dataset_id).items()} == pytest.approx(
        _expected_means("quarter"))
    contributions.take_action(session, vault, owner, dataset_id, "edit")
    kpi_service.choose_kpis(session, vault, owner, dataset_id, KpiMapping({"oee_pct": ""}, "month"))
    session.commit()
    submit_and_process(app, session, vault, world.contributor_a, dataset_id)
    assert _values(session, dataset_id) == {}


def test_a_column_no_longer_a_measure_leaves_the_mapping(session, vault, world) -> None:
    owner = actor_for(world.contributor_a)
    dataset_id = make_dataset(session, vault, world.contributor_a)
    kpi_service.choose_kpis(session, vault, owner, dataset_id, OEE)
    settings = service.choose_roles(session, vault, owner, dataset_id, {**ROLES, "oee_pct": "drop"}, 5, 2)
    assert settings.kpi_mapping is None


def test_the_pipeline_fails_with_the_reason_when_the_mapping_no_longer_fits(app, session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    settings = dataset_of(session, session.get(Contribution, dataset_id),
                          session.get(Contribution, dataset_id).current_revision_id)
    settings.kpi_mapping = KpiMapping({"oee_pct": "oee_pct"}, "note").as_json()  # as if stored before a change
    session.commit()
    assert submit_and_process(app, session, vault, world.contributor_a, dataset_id) == "failed"
    contribution = session.get(Contribution, dataset_id)
    assert "does not hold dates" in contribution.failure_reason and _values(session, dataset_id) == {}
