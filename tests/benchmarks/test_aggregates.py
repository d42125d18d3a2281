"""Disclosure-controlled tables (pure): thresholds, one organisation counted once, no min/max,
secondary suppression, and attempts to recover one organisation's value that must fail."""
import dataclasses
import random
import statistics

import pytest

from exchange.benchmarks.aggregates import ALL, BenchmarkCell, Observation, build_table
from exchange.benchmarks.catalogue import METRICS
from exchange.benchmarks.settings import settings_from_config

RULES = settings_from_config({}).rules  # defaults: 5 organisations, quartiles from 10, p = 15 %
OEE = METRICS["oee_pct"]


def obs(org: str, value: float, *, segment: str | None = "biologics", techs=("mes_ebr",), phase: str = "after",
        metric: str = "oee_pct", cid: int | None = None) -> Observation:
    return Observation(org, cid if cid is not None else abs(hash((org, segment, techs))) % 10**9, metric, phase,
                       value, segment, tuple(techs))


def spread(n: int, start: float = 30.0, step: float = 2.5, **kw) -> list[Observation]:
    return [obs(f"org{i}", start + i * step, **kw) for i in range(n)]


@pytest.mark.parametrize(("n", "published", "quartiles"), [(0, False, False), (1, False, False), (4, False, False),
                                                           (5, True, False), (9, True, False), (10, True, True)])
def test_cell_is_published_from_the_threshold_and_quartiles_from_ten(n, published, quartiles) -> None:
    cell = build_table(OEE, spread(n), RULES).cell("biologics", None)
    assert cell.suppressed is not published
    assert cell.n_organisations == (n if published else None)
    assert (cell.median is not None) is published
    assert (cell.q1 is not None and cell.q3 is not None) is quartiles


def test_one_organisation_with_many_values_counts_once() -> None:
    many = [obs("big-group", 40.0 + i, cid=100 + i) for i in range(12)]
    table = build_table(OEE, many + spread(3), RULES)
    assert table.cell("biologics", None).suppressed  # 4 organisations, not 15 values
    table = build_table(OEE, many + spread(4), RULES)
    assert table.cell("biologics", None).n_organisations == 5


def test_suppressed_reason_never_names_the_rule() -> None:
    cell = build_table(OEE, spread(2), RULES).cell("biologics", None)
    assert cell.reason and "withheld to protect" in cell.reason.lower()
    assert not any(word in cell.reason.lower() for word in ("threshold", "%", "dominan", "five", "5", "secondary"))


def test_cells_never_carry_a_minimum_or_maximum() -> None:
    names = {f.name for f in dataclasses.fields(BenchmarkCell)}
    assert not names & {"min", "max", "minimum", "maximum", "mean", "total", "sum"}
    values = [31.0, 33.5, 36.0, 38.5, 41.0, 43.5, 46.0, 48.5, 51.0, 53.5, 56.0]
    cell = build_table(OEE, [obs(f"o{i}", v) for i, v in enumerate(values)], RULES).cell(None, None)
    published = {cell.median, cell.q1, cell.q3}
    assert min(values) not in published and max(values) not in published


def test_dominant_contributor_suppresses_the_cell() -> None:
    ftes = METRICS["ftes_redeployed"]
    data = [obs(f"o{i}", v, metric="ftes_redeployed", phase="value") for i, v in enumerate([900, 3, 2, 2, 1, 1])]
    assert build_table(ftes, data, RULES).cell("biologics", None).suppressed


def test_a_lone_suppressed_segment_gets_a_complementary_suppression() -> None:
    data = (spread(6, segment="biologics") + spread(7, segment="vaccines", start=50)
            + [obs("lonely", 71.0, segment="cell_gene_therapy")] + spread(8, segment="oral_solid_dose", start=20))
    data = [dataclasses.replace(o, organisation=f"{o.segment}-{o.organisation}") for o in data]
    table = build_table(OEE, data, RULES)
    row = {s: table.cell(s, None) for s in ("biologics", "vaccines", "cell_gene_therapy", "oral_solid_dose")}
    withheld = [s for s, c in row.items() if c.suppressed]
    assert "cell_gene_therapy" in withheld and len(withheld) == 2
    total = table.cell(None, None)
    # Differencing attack: total minus the visible cells leaves at least two organisations, never one.
    hidden_n = total.n_organisations - sum(c.n_organisations for c in row.values() if not c.suppressed)
    assert hidden_n >= 2
    assert 71.0 not in {v for c in [*row.values(), total] for v in (c.median, c.q1, c.q3)}


def test_a_suppressed_row_cell_with_nothing_to_pair_withholds_the_total() -> None:
    data = [dataclasses.replace(o, organisation=f"x{o.organisation}") for o in spread(3, segment="vaccines")]
    data += spread(3, segment="biologics")
    table = build_table(OEE, data, RULES)
    assert table.cell("vaccines", None).suppressed and table.cell("biologics", None).suppressed
    assert not table.cell(None, None).suppressed  # two suppressed cells protect each other; 6 organisations


def test_improvement_is_the_median_of_per_organisation_changes_and_direction_aware() -> None:
    changeover = METRICS["changeover_time_h"]
    data = []
    for i in range(6):
        data += [obs(f"o{i}", 6.0 + i, metric="changeover_time_h", phase="before", cid=i),
                 obs(f"o{i}", 3.0 + i, metric="changeover_time_h", phase="after", cid=i)]
    cell = build_table(changeover, data, RULES).cell(None, None)
    assert cell.improvement_median == 3.0 and cell.improvement_n_organisations == 6


def test_improvement_is_withheld_when_too_few_organisations_report_both_phases() -> None:
    data = spread(6) + [obs("org0", 20.0, phase="before", cid=abs(hash(("org0", "biologics", ("mes_ebr",)))) % 10**9)]
    cell = build_table(OEE, data, RULES).cell(None, None)
    assert not cell.suppressed and cell.improvement_median is None and cell.improvement_reason


def test_money_is_published_as_bands_only() -> None:
    capital = METRICS["capital_invested_gbp"]
    data = [obs(f"o{i}", v, metric="capital_invested_gbp", phase="value")
            for i, v in enumerate([120_000, 250_000, 420_000, 780_000, 1_500_000, 300_000])]
    cell = build_table(capital, data, RULES).cell(None, None)
    assert isinstance(cell.median, str) and cell.median.startswith("£")
    assert cell.improvement_median is None


def _middle_case(rng: random.Random) -> tuple[list[float], float]:
    others = sorted(round(rng.uniform(20, 80), 1) for _ in range(10))
    return others, round(rng.uniform(others[4], others[5]), 2)  # the newcomer lands in the middle


def _pinned(settings, others: list[float], target: float) -> bool:
    """The strongest insider knows every other organisation's value and both releases."""
    with_target = [obs(f"o{i}", v) for i, v in enumerate(others)] + [obs("newcomer", target)]
    cell = build_table(OEE, with_target, settings.rules, settings.perturbation).cell(None, None)
    # The published median of 11 is the mean of sorted values 5..7, the newcomer among them.
    estimate = 3 * cell.median - others[4] - others[5]
    return abs(estimate - target) <= 0.5


def test_adding_or_withdrawing_one_organisation_does_not_pin_down_its_value() -> None:
    rng = random.Random(20261126)
    cases = [_middle_case(rng) for _ in range(60)]
    assert statistics.median([*cases[0][0], cases[0][1]]) == cases[0][1]  # a naive median is its value
    without_noise = settings_from_config({})
    assert all(_pinned(without_noise, others, target) for others, target in cases)  # the attack is real
    protected = settings_from_config({"SECRET_KEY": "a test secret"})
    pinned = sum(_pinned(protected, others, target) for others, target in cases)
    assert pinned <= len(cases) // 5


def test_repeating_a_query_gives_the_same_noise_so_averaging_reveals_nothing() -> None:
    settings = settings_from_config({"SECRET_KEY": "a test secret"})
    data = spread(12)
    first = build_table(OEE, data, settings.rules, settings.perturbation).cell(None, None)
    again = build_table(OEE, list(reversed(data)), settings.rules, settings.perturbation).cell(None, None)
    assert first == again
    plain = build_table(OEE, data, settings.rules).cell(None, None)
    assert (first.q1, first.median, first.q3) != (plain.q1, plain.median, plain.q3)
    assert first.q1 <= first.median <= first.q3


def test_segment_without_a_segment_counts_only_in_totals() -> None:
    table = build_table(OEE, spread(5, segment=None), RULES)
    assert not table.cell(None, None).suppressed
    assert all(table.cell(s, None).suppressed for s in ("biologics", "vaccines"))
    assert (ALL, ALL) in table.cells


def test_the_all_technologies_row_alone_has_the_same_cells_as_the_full_table() -> None:
    data = (spread(6, segment="biologics") + spread(3, segment="vaccines", start=60)
            + spread(11, segment="oral_solid_dose", start=20, techs=("ai_ml", "mes_ebr")))
    data = [dataclasses.replace(o, organisation=f"{o.segment}-{o.organisation}") for o in data]
    full = build_table(OEE, data, RULES)
    row = build_table(OEE, data, RULES, by_technology=False)
    assert set(row.cells) == {k for k in full.cells if k[1] == ALL}
    assert all(row.cells[k] == full.cells[k] for k in row.cells)
