import dataclasses
import math

import pytest

from anonymiser.disclosure import (
    RULE_DOMINANCE,
    RULE_SECONDARY,
    RULE_THRESHOLD,
    WITHHELD,
    AggregateCell,
    CellDecision,
    Contribution,
    DisclosureRules,
    RowCell,
    aggregate_cell,
    assess_cell,
    cells_from_mapping,
    combine_by_organisation,
    p_percent_holds,
    secondary_suppression,
)
from anonymiser.errors import AnonymiserError, InvalidInput

RULES = DisclosureRules()


def orgs(*values: float, prefix: str = "org") -> list[Contribution]:
    return [Contribution(f"{prefix}{i}", v) for i, v in enumerate(values)]


@pytest.mark.parametrize(
    ("n", "suppressed"),
    [(0, True), (1, True), (4, True), (5, False), (6, False)],
)
def test_threshold_rule_needs_min_organisations(n: int, suppressed: bool) -> None:
    decision = assess_cell(orgs(*([10.0] * n)), RULES)
    assert decision.n_organisations == n
    assert decision.suppressed is suppressed
    assert decision.rule == (RULE_THRESHOLD if suppressed else "")


def test_several_values_of_one_organisation_count_once() -> None:
    values = [Contribution("group-a", v) for v in (1.0, 2.0, 3.0, 4.0, 5.0, 6.0)]
    decision = assess_cell(values, RULES)
    assert decision == CellDecision(1, True, WITHHELD, RULE_THRESHOLD)


def test_five_sites_of_four_groups_are_four_organisations() -> None:
    values = orgs(10.0, 11.0, 12.0, 13.0) + [Contribution("org0", 9.0)]
    assert assess_cell(values, RULES).n_organisations == 4
    assert assess_cell(values, RULES).suppressed


@pytest.mark.parametrize(
    ("combine", "expected"),
    [("mean", {"a": 2.0, "b": 10.0}), ("sum", {"a": 6.0, "b": 10.0})],
)
def test_combine_by_organisation_before_rules(combine: str, expected: dict[str, float]) -> None:
    values = [Contribution("a", 1.0), Contribution("a", 2.0), Contribution("a", 3.0), Contribution("b", 10.0)]
    rules = DisclosureRules(combine=combine)  # type: ignore[arg-type]
    assert combine_by_organisation(values, rules) == expected


@pytest.mark.parametrize(
    ("values", "holds"),
    [
        ([100.0, 50.0, 5.0, 3.0, 2.0], True),   # remainder 10 = 10 % of 100: boundary holds
        ([100.0, 50.0, 5.0, 3.0, 1.9], False),  # remainder 9.9 < 10: second can estimate the first
        ([100.0, 1.0, 1.0, 1.0, 1.0], False),   # single dominant contributor
        ([20.0, 20.0, 20.0, 20.0, 20.0], True),
        ([0.0, 0.0, 0.0, 0.0, 0.0], True),
        ([-100.0, 50.0, 5.0, 3.0, 2.0], True),  # magnitudes, not signed values
        ([-100.0, 50.0, 5.0, 3.0, 1.0], False),
        ([], True),
    ],
)
def test_p_percent_rule_boundaries(values: list[float], holds: bool) -> None:
    assert p_percent_holds(values, 10.0) is holds


def test_p_percent_rule_catches_large_second_contributor() -> None:
    # Two giants and three tiny: the threshold rule passes and no single value is above 50 %,
    # yet the second giant recovers the first to within 3 %.
    values = orgs(1000.0, 990.0, 10.0, 10.0, 10.0)
    decision = assess_cell(values, RULES)
    assert decision.suppressed and decision.rule == RULE_DOMINANCE
    assert decision.reason == WITHHELD


def test_dominance_is_judged_after_combining_sites() -> None:
    balanced = orgs(30.0, 30.0, 30.0, 30.0, 30.0)
    assert not assess_cell(balanced, DisclosureRules(combine="sum")).suppressed
    merged = balanced + [Contribution("org0", 3000.0)]
    assert assess_cell(merged, DisclosureRules(combine="sum")).rule == RULE_DOMINANCE


def test_reason_never_names_the_rule() -> None:
    for values in (orgs(1.0), orgs(1000.0, 1.0, 1.0, 1.0, 1.0)):
        reason = assess_cell(values, RULES).reason.lower()
        assert "threshold" not in reason and "%" not in reason and "domin" not in reason


@pytest.mark.parametrize("n", [4, 5, 9, 10, 11])
def test_aggregate_quartiles_only_from_quantile_threshold(n: int) -> None:
    cell = aggregate_cell(orgs(*[float(i) for i in range(1, n + 1)]), RULES)
    assert cell.n_organisations == n
    if n < 5:
        assert cell == AggregateCell(n, True, WITHHELD, RULE_THRESHOLD)
        return
    assert cell.median == pytest.approx((n + 1) / 2)
    if n >= 10:
        assert cell.q1 is not None and cell.q3 is not None and cell.q1 < cell.median < cell.q3
    else:
        assert cell.q1 is None and cell.q3 is None


def test_aggregate_withholds_mean_when_dominated_but_keeps_median() -> None:
    cell = aggregate_cell(orgs(1000.0, 2.0, 3.0, 4.0, 5.0), RULES)
    assert not cell.suppressed
    assert cell.mean is None
    assert cell.median == 4.0


def test_aggregate_mean_uses_combined_values() -> None:
    values = orgs(10.0, 20.0, 30.0, 40.0, 50.0) + [Contribution("org0", 30.0)]
    cell = aggregate_cell(values, RULES)
    assert cell.mean == pytest.approx((20.0 + 20.0 + 30.0 + 40.0 + 50.0) / 5)


def test_aggregate_never_exposes_minimum_or_maximum() -> None:
    fields = {f.name for f in dataclasses.fields(AggregateCell)}
    assert not fields & {"min", "max", "minimum", "maximum"}
    cell = aggregate_cell(orgs(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0), RULES)
    published = {v for v in (cell.median, cell.q1, cell.q3, cell.mean) if v is not None}
    assert 1.0 not in published and 10.0 not in published


@pytest.mark.parametrize(
    "bad",
    [
        [Contribution("", 1.0)],
        [Contribution("   ", 1.0)],
        [Contribution("a", math.nan)],
        [Contribution("a", math.inf)],
    ],
)
def test_invalid_contributions_are_refused(bad: list[Contribution]) -> None:
    with pytest.raises(InvalidInput):
        assess_cell(bad, RULES)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"min_organisations": 0},
        {"min_organisations": 5, "quantile_min_organisations": 4},
        {"p_percent": -1.0},
        {"p_percent": 100.0},
        {"combine": "median"},
    ],
)
def test_rules_refuse_nonsense_parameters(kwargs: dict[str, object]) -> None:
    with pytest.raises(AnonymiserError):
        DisclosureRules(**kwargs)  # type: ignore[arg-type]


def test_unicode_organisation_names_are_distinct() -> None:
    values = [Contribution(name, 1.0) for name in ("Société A", "Société B", "Zürich", "東京", "Ørsted")]
    assert assess_cell(values, RULES) == CellDecision(5, False)


def published(n: int = 6) -> CellDecision:
    return CellDecision(n, False)


def primary(n: int = 3) -> CellDecision:
    return CellDecision(n, True, WITHHELD, RULE_THRESHOLD)


def test_single_primary_gets_smallest_visible_cell_as_complement() -> None:
    row = [RowCell("a", primary(), 40.0), RowCell("b", published(), 500.0), RowCell("c", published(), 90.0)]
    out = secondary_suppression(row)
    assert out["a"].rule == RULE_THRESHOLD
    assert out["c"] == CellDecision(6, True, WITHHELD, RULE_SECONDARY)
    assert not out["b"].suppressed
    assert "__total__" not in out


def test_no_secondary_needed_without_published_total_or_with_two_primaries() -> None:
    row = [RowCell("a", primary(), 40.0), RowCell("b", published(), 500.0)]
    assert not secondary_suppression(row, total_published=False)["b"].suppressed
    two = [RowCell("a", primary(), 1.0), RowCell("b", primary(2), 2.0), RowCell("c", published(), 3.0)]
    assert not secondary_suppression(two)["c"].suppressed


def test_empty_suppressed_cell_does_not_protect_a_primary() -> None:
    row = [
        RowCell("a", primary(), 40.0),
        RowCell("empty", CellDecision(0, True, WITHHELD, RULE_THRESHOLD), 0.0),
        RowCell("b", published(), 700.0),
        RowCell("c", published(), 600.0),
    ]
    out = secondary_suppression(row)
    assert out["c"].rule == RULE_SECONDARY and not out["b"].suppressed


def test_primary_alone_with_its_total_withholds_the_total() -> None:
    out = secondary_suppression([RowCell("a", primary(), 40.0)])
    assert out["__total__"].suppressed


def test_ties_choose_fewer_organisations_then_key() -> None:
    row = [RowCell("a", primary(), 1.0), RowCell("z", published(7), 5.0), RowCell("y", published(6), 5.0)]
    assert secondary_suppression(row)["y"].suppressed


def test_secondary_suppression_refuses_duplicate_keys() -> None:
    with pytest.raises(InvalidInput):
        secondary_suppression([RowCell("a", primary(), 1.0), RowCell("a", published(), 2.0)])


def test_suppressed_cell_cannot_be_recovered_by_differencing_the_total() -> None:
    row_values = {
        "oral solid dose": orgs(10.0, 12.0, prefix="osd"),
        "sterile": orgs(50.0, 60.0, 70.0, 80.0, 90.0, prefix="st"),
        "biologics": orgs(20.0, 25.0, 30.0, 35.0, 40.0, prefix="bio"),
    }
    decisions = secondary_suppression(cells_from_mapping(row_values, DisclosureRules(combine="sum")))
    hidden = [k for k, d in decisions.items() if d.suppressed]
    assert sorted(hidden) == ["biologics", "oral solid dose"]
    visible_sum = sum(sum(c.value for c in row_values[k]) for k, d in decisions.items() if not d.suppressed)
    total = sum(c.value for vals in row_values.values() for c in vals)
    # total minus the visible cells only yields the sum of two hidden cells, not either one
    assert total - visible_sum == pytest.approx(22.0 + 150.0)
