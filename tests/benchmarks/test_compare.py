"""Peer comparison (pure): a band, never a percentile, from the published quartiles only."""
import pytest

from exchange.benchmarks.aggregates import ALL, Observation, build_table
from exchange.benchmarks.catalogue import METRICS
from exchange.benchmarks.compare import ComparisonResult, position
from exchange.benchmarks.settings import settings_from_config

SETTINGS = settings_from_config({"SECRET_KEY": "compare tests"})
RULES = SETTINGS.rules


def peer(metric: str, values: list[float], phase: str = "after"):
    data = [Observation(f"o{i}", i, metric, phase, v, "biologics", ()) for i, v in enumerate(values)]
    return build_table(METRICS[metric], data, RULES, SETTINGS.perturbation).levels[(ALL, ALL)]


TWELVE = [20.0, 24.0, 28.0, 33.0, 37.0, 41.0, 46.0, 50.0, 55.0, 59.0, 64.0, 70.0]


@pytest.mark.parametrize(("metric", "value", "band"), [
    ("oee_pct", 95.0, "top quartile"), ("oee_pct", 1.0, "bottom quartile"),
    ("changeover_time_h", 1.0, "top quartile"), ("changeover_time_h", 95.0, "bottom quartile"),
])
def test_band_is_direction_aware(metric: str, value: float, band: str) -> None:
    result = position(METRICS[metric], value, peer(metric, TWELVE), RULES)
    assert result.band == band and result.bands == 4 and result.n_organisations == 12


def test_small_peer_group_gets_halves_and_tiny_one_gets_nothing() -> None:
    halves = position(METRICS["oee_pct"], 90.0, peer("oee_pct", TWELVE[:6]), RULES)
    assert (halves.band, halves.bands) == ("better than the median", 2)
    cell = build_table(METRICS["oee_pct"], [Observation(f"o{i}", i, "oee_pct", "after", 50.0, None, ())
                                            for i in range(4)], RULES).levels[(ALL, ALL)]
    withheld = position(METRICS["oee_pct"], 50.0, cell, RULES)
    assert withheld.suppressed and withheld.band is None and withheld.n_organisations is None
    assert "withheld to protect" in withheld.reason.lower()


def test_result_carries_no_exact_percentile() -> None:
    fields = set(ComparisonResult.__dataclass_fields__)
    assert not fields & {"percentile", "rank", "median", "q1", "q3", "min", "max"}


def test_probing_many_values_reveals_only_the_published_quartiles() -> None:
    cell = peer("oee_pct", TWELVE)
    metric = METRICS["oee_pct"]
    boundaries, previous = [], None
    for step in range(0, 100_001):  # a determined prober, in steps of 0.001 points
        value = step / 1000
        band = position(metric, value, cell, RULES).band_index
        if previous is not None and band != previous:
            boundaries.append(value)
        previous = band
    assert len(boundaries) == 3
    published = [cell.stats.q1, cell.stats.median, cell.stats.q3]
    assert all(abs(b - p) <= 0.001 for b, p in zip(boundaries, published, strict=True))
    assert all(min(abs(b - v) for v in TWELVE) > 0.05 for b in boundaries)  # no organisation's own value


def test_neutral_metric_speaks_of_high_and_low_not_better() -> None:
    values = [150_000.0 * (i + 1) for i in range(12)]
    result = position(METRICS["capital_invested_gbp"], 10_000_000.0, peer("capital_invested_gbp", values, "value"), RULES)
    assert result.band == "highest quartile"
