"""The metric catalogue and the one OEE definition."""
import math

import pytest

from exchange.benchmarks.catalogue import METRICS, check_value, get_metric
from exchange.benchmarks.oee import OeeInputs, compute_oee
from exchange.domain.errors import ValidationFailed

EXPECTED = {"oee_pct", "rft_pct", "batch_cycle_time_h", "changeover_time_h", "deviations_per_100_batches",
            "yield_pct", "lead_time_days", "batch_record_review_days", "cost_per_batch_band",
            "capital_invested_gbp", "payback_months", "roi_pct", "ftes_redeployed", "maturity"}


def test_catalogue_holds_every_metric_of_the_issue_and_no_price_or_capacity_field() -> None:
    assert set(METRICS) == EXPECTED
    assert not [c for c in METRICS if "price" in c or "capacity" in c]


@pytest.mark.parametrize("metric", sorted(EXPECTED))
def test_every_metric_is_fully_described(metric: str) -> None:
    m = METRICS[metric]
    assert m.label and m.unit and m.description and m.minimum < m.maximum
    assert m.direction in ("higher", "lower", "neutral") and m.phases


@pytest.mark.parametrize(
    ("metric", "phase", "value", "ok"),
    [
        ("oee_pct", "after", 0, True), ("oee_pct", "after", 100, True), ("oee_pct", "after", 100.01, False),
        ("oee_pct", "before", -0.1, False), ("roi_pct", "value", -100, True), ("roi_pct", "value", -101, False),
        ("payback_months", "before", 12, False),  # a single value, not a before/after pair
        ("yield_pct", "value", math.nan, False), ("yield_pct", "value", math.inf, False),
        ("yield_pct", "value", "97,5", False), ("yield_pct", "value", "97.5", True), ("yield_pct", "value", None, False),
    ],
)
def test_values_outside_the_valid_range_are_refused_with_a_clear_message(metric, phase, value, ok) -> None:
    if ok:
        assert check_value(METRICS[metric], phase, value) == float(value)
        return
    with pytest.raises(ValidationFailed) as exc:
        check_value(METRICS[metric], phase, value)
    assert f"{metric}-{phase}" in exc.value.errors


def test_out_of_range_message_names_range_and_unit() -> None:
    with pytest.raises(ValidationFailed, match=r"between 0 and 100 %"):
        check_value(METRICS["rft_pct"], "after", 140)


@pytest.mark.parametrize("code", ["", "OEE", "oee_pct ", "präzision", "price_per_unit"])
def test_unknown_metric_is_refused(code: str) -> None:
    with pytest.raises(ValidationFailed, match="Unknown metric"):
        get_metric(code)


def test_money_is_only_ever_a_band() -> None:
    capital = METRICS["capital_invested_gbp"]
    assert capital.banded and capital.band_of(420_000) == "£100k–£500k"
    assert capital.band_of(0) == "under £100k" and capital.band_of(50_000_000) == "£20m or more"
    assert capital.band_of(100_000) == "£100k–£500k"  # lower bound inclusive


@pytest.mark.parametrize(("metric", "before", "after", "better"),
                         [("oee_pct", 30, 40, 10), ("changeover_time_h", 6, 3, 3), ("changeover_time_h", 3, 6, -3)])
def test_improvement_is_direction_aware(metric, before, after, better) -> None:
    assert METRICS[metric].better(before, after) == better


def test_oee_is_availability_times_performance_times_quality() -> None:
    inputs = OeeInputs(planned_time_h=100, run_time_h=80, ideal_rate_per_h=1000, good_units=60_000, total_units=64_000)
    # availability 0.8 × performance 0.8 × quality 0.9375 = 60 %
    assert compute_oee(inputs) == pytest.approx(60.0)


@pytest.mark.parametrize(
    "inputs",
    [
        OeeInputs(100, 120, 1000, 10, 10),          # run time above planned time
        OeeInputs(100, 80, 1000, 10, 90_000),       # more units than the ideal rate allows
        OeeInputs(100, 80, 1000, 11, 10),           # more good units than made
        OeeInputs(0, 0, 1000, 10, 10),
        OeeInputs(100, 0, 1000, 10, 10),
        OeeInputs(100, 80, 0, 10, 10),
        OeeInputs(100, 80, 1000, 10, 0),
        OeeInputs(100, -1, 1000, 10, 10),
        OeeInputs(100, math.nan, 1000, 10, 10),
    ],
)
def test_impossible_oee_inputs_are_refused(inputs: OeeInputs) -> None:
    with pytest.raises(ValidationFailed):
        compute_oee(inputs)
