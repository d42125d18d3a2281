"""Operators: bands, placeholders' letters."""
import pytest

from anonymiser.text.operators.bands import count_band, money_band
from anonymiser.text.operators.placeholder import Placeholders, letters


@pytest.mark.parametrize(
    "value, expected",
    [(0, "under £100k"), (99_999, "under £100k"), (100_000, "£100k–£250k"), (2_300_000, "£1m–£5m"),
     (5_000_000, "£5m–£10m"), (2e9, "over £1bn")],
)
def test_money_band(value, expected):
    assert money_band(value, "£") == expected


@pytest.mark.parametrize("value, expected", [(2, "fewer than 5"), (45, "25–50"), (50, "50–100"), (1e6, "more than 100,000")])
def test_count_band(value, expected):
    assert count_band(value) == expected


@pytest.mark.parametrize("n, expected", [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")])
def test_letters(n, expected):
    assert letters(n) == expected


def test_placeholders_are_per_label_and_per_entity():
    p = Placeholders()
    assert [p.get("Person", "a"), p.get("Person", "b"), p.get("Person", "a"), p.get("Email", "a")] == [
        "[Person A]", "[Person B]", "[Person A]", "[Email A]"]
