"""Grouped quantiles: a published quantile is the mean of neighbouring values, never one of them."""
import pytest

from anonymiser.disclosure import (
    Contribution,
    DisclosureRules,
    aggregate_cell,
    aggregate_combined,
    assess_cell,
    assess_combined,
    combine_by_organisation,
    grouped_quantile,
)
from anonymiser.errors import InvalidInput


@pytest.mark.parametrize(
    ("data", "q", "window", "expected"),
    [
        ([1.0, 2.0, 3.0, 4.0, 5.0], 0.5, 3, 3.0),
        ([1.0, 2.0, 3.0, 4.0, 5.0], 0.0, 3, 2.0),    # shifted inwards at the low end
        ([1.0, 2.0, 3.0, 4.0, 5.0], 1.0, 3, 4.0),    # and at the high end
        ([10.0, 20.0, 30.0, 40.0, 50.0, 60.0], 0.5, 3, 40.0),  # position 2.5 → values 3..5
        ([7.0], 0.5, 1, 7.0),
        ([1.0, 2.0, 3.0, 4.0], 0.5, 1, 3.0),
    ],
)
def test_grouped_quantile_is_the_mean_of_the_nearest_values(data, q, window, expected) -> None:
    assert grouped_quantile(data, q, window) == pytest.approx(expected)


@pytest.mark.parametrize(("data", "q", "window"), [([], 0.5, 1), ([1.0, 2.0], 0.5, 3), ([1.0], 1.5, 1), ([1.0], 0.5, 0)])
def test_grouped_quantile_refuses_impossible_requests(data, q, window) -> None:
    with pytest.raises(InvalidInput):
        grouped_quantile(data, q, window)


@pytest.mark.parametrize("window", [0, 6])
def test_quantile_window_must_fit_the_threshold(window: int) -> None:
    with pytest.raises(InvalidInput, match="quantile_window"):
        DisclosureRules(min_organisations=5, quantile_window=window)


def test_windowed_aggregate_publishes_no_single_organisations_value() -> None:
    values = [Contribution(f"o{i}", v) for i, v in enumerate([11.0, 23.0, 37.0, 41.0, 58.0, 60.5, 77.0, 83.0, 91.0, 99.5])]
    cell = aggregate_cell(values, DisclosureRules(quantile_window=3))
    published = {cell.median, cell.q1, cell.q3}
    assert None not in published
    assert not published & {v.value for v in values}


def test_default_window_keeps_textbook_quantiles() -> None:
    values = [Contribution(f"o{i}", float(i)) for i in range(1, 12)]
    cell = aggregate_cell(values, DisclosureRules())
    assert (cell.q1, cell.median, cell.q3) == (3.5, 6.0, 8.5)


@pytest.mark.parametrize("values", [
    [],
    [Contribution("a", 1.0)],
    [Contribution(f"o{i}", float(i)) for i in range(5)],
    [Contribution(f"o{i % 7}", float(i * 3)) for i in range(30)],
    [Contribution("ü", 1000.0)] + [Contribution(f"o{i}", 1.0) for i in range(6)],
])
def test_combined_variants_match_the_cell_functions(values) -> None:
    rules = DisclosureRules(quantile_window=3)
    combined = combine_by_organisation(values, rules)
    assert assess_combined(combined, rules) == assess_cell(values, rules)
    assert aggregate_combined(combined, rules) == aggregate_cell(values, rules)


@pytest.mark.parametrize("values", [
    [Contribution("a", float("nan"))],
    [Contribution("a", 1.0), Contribution("a", float("inf"))],
    [Contribution("a", float("-inf")), Contribution("b", 2.0)],
    [Contribution("", 1.0)],
    [Contribution("   ", 1.0)],
    [Contribution("a", 1.0), Contribution(None, 1.0)],  # type: ignore[arg-type]
])
def test_combining_refuses_non_finite_values_and_missing_organisations(values) -> None:
    with pytest.raises(InvalidInput):
        combine_by_organisation(values, DisclosureRules())
