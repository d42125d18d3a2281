"""The KPI mapping of a table, pure: dates, periods, per-period means and every refusal."""
from __future__ import annotations

from datetime import date
from statistics import mean

import pytest

from anonymiser.tabular import Table
from exchange.benchmarks.catalogue import METRICS
from exchange.datasets.kpi_columns import (
    MAX_VALUES,
    KpiMapping,
    date_columns,
    mappable_metrics,
    parse_period,
    period_end,
    period_values,
    suggest_metric,
)
from exchange.domain.errors import ValidationFailed

ROLES = {"day": "quasi", "oee": "measure", "note": "text", "yield": "measure"}
FAR = date(2100, 1, 1)


def table(rows: list[tuple[str, str, str, str]]) -> Table:
    return Table(("day", "oee", "note", "yield"), tuple(list(c) for c in zip(*rows, strict=True)))


ROWS = [("2024-01-03", "60", "a", "90"), ("2024-01-28", "70", "b", ""), ("2024-02-10", "n/a", "c", "80"),
        ("2024-02-11", "50.5", "d", "82"), ("2024-04-01", "65", "e", "84"), ("", "99", "f", "99")]


@pytest.mark.parametrize(("cell", "expected"), [
    ("2024-03-15", date(2024, 3, 15)), ("2024-03", date(2024, 3, 1)), (" 2024-03-15T10:00:00 ", date(2024, 3, 15)),
    ("2024/03/15", date(2024, 3, 15)), ("15/03/2024", date(2024, 3, 15)), ("2024-13-01", None), ("31/02/2024", None),
    ("March 2024", None), ("", None), ("\x00", None), ("9" * 5000, None),
])
def test_periods_are_read_from_iso_and_uk_dates_only(cell, expected) -> None:
    assert parse_period(cell) == expected


@pytest.mark.parametrize(("day", "granularity", "end"), [
    (date(2024, 2, 3), "month", date(2024, 2, 29)), (date(2023, 2, 3), "month", date(2023, 2, 28)),
    (date(2024, 2, 3), "quarter", date(2024, 3, 31)), (date(2024, 11, 30), "quarter", date(2024, 12, 31)),
    (date(2024, 4, 1), "quarter", date(2024, 6, 30)),
])
def test_a_period_ends_on_the_last_day_of_its_month_or_quarter(day, granularity, end) -> None:
    assert period_end(day, granularity) == end


def test_only_operational_metrics_that_take_a_value_per_period_can_be_mapped() -> None:
    codes = {m.code for m in mappable_metrics()}
    assert {"oee_pct", "yield_pct", "batch_cycle_time_h", "lead_time_days"} <= codes
    assert not codes & {"maturity", "payback_months", "capital_invested_gbp", "cost_per_batch_band", "roi_pct"}


@pytest.mark.parametrize(("column", "metric"), [("oee_pct", "oee_pct"), ("OEE", "oee_pct"), ("Yield %", "yield_pct"),
                                                ("deviations", None), ("rft", "rft_pct"), ("batches", None)])
def test_a_column_named_after_a_metric_suggests_it(column, metric) -> None:
    assert suggest_metric(column) == metric


def test_the_period_column_is_one_whose_cells_are_dates() -> None:
    assert date_columns(table(ROWS)) == ("day",)


def test_each_period_gets_the_mean_of_its_numeric_cells() -> None:
    mapping = KpiMapping({"oee": "oee_pct", "yield": "yield_pct"}, "day", "month")
    got = {(v.metric, v.period_end): (v.value, v.cells) for v in period_values(table(ROWS), ROLES, mapping, today=FAR)}
    dated = [r for r in ROWS if r[0]]
    expected = {}
    for metric, index in (("oee_pct", 1), ("yield_pct", 3)):
        for end in {period_end(parse_period(r[0]), "month") for r in dated}:  # type: ignore[arg-type]
            cells = [float(r[index]) for r in dated if period_end(parse_period(r[0]), "month") == end  # type: ignore[arg-type]
                     and r[index] not in ("", "n/a")]
            expected[(metric, end)] = (mean(cells), len(cells))
    assert got == expected
    assert got[("oee_pct", date(2024, 2, 29))] == (50.5, 1)  # "n/a" is left out, not counted as zero


def test_quarters_pool_the_months_of_a_quarter() -> None:
    values = period_values(table(ROWS), ROLES, KpiMapping({"oee": "oee_pct"}, "day", "quarter"), today=FAR)
    assert [(v.period_end, v.cells) for v in values] == [(date(2024, 3, 31), 3), (date(2024, 6, 30), 1)]
    assert values[0].value == pytest.approx(mean([60, 70, 50.5]))


def test_periods_not_yet_over_are_left_out() -> None:
    values = period_values(table(ROWS), ROLES, KpiMapping({"oee": "oee_pct"}, "day"), today=date(2024, 3, 31))
    assert max(v.period_end for v in values) == date(2024, 2, 29)


def test_cells_outside_the_valid_range_are_refused_naming_column_count_and_range() -> None:
    rows = [*ROWS, ("2024-05-01", "140", "g", "85"), ("2024-05-02", "-3", "h", "85")]
    with pytest.raises(ValidationFailed) as refused:
        period_values(table(rows), ROLES, KpiMapping({"oee": "oee_pct", "yield": "yield_pct"}, "day"), today=FAR)
    message = refused.value.errors["oee"]
    assert "'oee'" in message and "2 cells" in message and "0 to 100 %" in message
    assert "yield" not in refused.value.errors


def test_fractions_are_refused_for_a_per_cent_metric() -> None:
    rows = [("2024-01-03", "0.61", "a", "90"), ("2024-02-03", "0.7", "b", "91")]
    with pytest.raises(ValidationFailed) as refused:
        period_values(table(rows), ROLES, KpiMapping({"oee": "oee_pct"}, "day"), today=FAR)
    assert "fractions" in refused.value.errors["oee"]


@pytest.mark.parametrize(("mapping", "field", "fragment"), [
    (KpiMapping({"note": "oee_pct"}, "day"), "note", "not a measure column"),
    (KpiMapping({"missing\x00": "oee_pct"}, "day"), "missing\x00", "not in the table"),
    (KpiMapping({"oee": "payback_months"}, "day"), "oee", "per period"),
    (KpiMapping({"oee": "no_such_metric"}, "day"), "oee", "per period"),
    (KpiMapping({"oee": "oee_pct", "yield": "oee_pct"}, "day"), "yield", "both give"),
    (KpiMapping({"oee": "oee_pct"}, None), "period", "dates each row"),
    (KpiMapping({"oee": "oee_pct"}, "note"), "period", "does not hold dates"),
    (KpiMapping({"oee": "oee_pct"}, "day", "week"), "granularity", "month or quarter"),
])
def test_a_mapping_that_does_not_fit_the_table_is_refused(mapping, field, fragment) -> None:
    with pytest.raises(ValidationFailed) as refused:
        period_values(table(ROWS), ROLES, mapping, today=FAR)
    assert fragment in refused.value.errors[field]


def test_no_mapping_gives_no_values_and_too_many_periods_are_refused() -> None:
    assert period_values(table(ROWS), ROLES, KpiMapping(), today=FAR) == []
    many = [(f"{1000 + i // 12:04d}-{1 + i % 12:02d}", "50", "x", "90") for i in range(MAX_VALUES // 2 + 1)]
    with pytest.raises(ValidationFailed) as refused:
        period_values(table(many), ROLES, KpiMapping({"oee": "oee_pct", "yield": "yield_pct"}, "day"), today=FAR)
    assert "granularity" in refused.value.errors


def test_the_mapping_round_trips_through_json() -> None:
    mapping = KpiMapping({"oee": "oee_pct"}, "day", "quarter")
    assert KpiMapping.from_json(mapping.as_json()) == mapping
    assert KpiMapping().as_json() is None and KpiMapping.from_json(None) == KpiMapping()
    assert METRICS["oee_pct"] in mappable_metrics()
