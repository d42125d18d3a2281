"""Amounts a scanner misread ("£37,20O", "£26,4O0.00", "€5,190.OO": an "O" for a nought, an "l" for a one) are read as
printed; a range with its currency and scale written once ("£42-47k", "$4–6m") is one amount valued with the scale; a
chapter of the European Pharmacopoeia ("Ph. Eur. 2.6.21") is no amount in euros, nor a number that runs on."""
from __future__ import annotations

import pytest

from anonymiser.text.document import Document
from anonymiser.text.recognisers.money import RECOGNISER


def _amounts(text: str) -> list[tuple[str, str, float]]:
    return [(text[s.start:s.end], s.attr("currency"), float(s.attr("value"))) for s in RECOGNISER.find(Document(text))]


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Est. cost: £37,20O capex", "£37,20O", 37200.0),
    ("the invoice (£26,4O0.00) is held", "£26,4O0.00", 26400.0),
    ("Valve body   1   3.1kg   €5,190.OO", "€5,190.OO", 5190.0),
    ("deposit £l,250 paid", "£l,250", 1250.0),
])
def test_an_amount_with_a_letter_misread_for_a_digit_is_read_as_printed(text: str, written: str, value: float) -> None:
    assert [(w, v) for w, _, v in _amounts(text)] == [(written, value)]


@pytest.mark.parametrize(("text", "written", "value"), [
    ("salary band £42-47k plus car", "£42-47k", 42e3),
    ("capex of $4\u20136m over two years", "$4\u20136m", 4e6),
    ("expect £1.5-2m", "£1.5-2m", 1.5e6),
    ("day rate £450-520 depending", "£450-520", 450.0),
])
def test_a_range_with_its_currency_written_once_is_one_amount(text: str, written: str, value: float) -> None:
    assert [(w, v) for w, _, v in _amounts(text)] == [(written, value)]


@pytest.mark.parametrize(("text", "written"), [
    ("£6,583 - 3 units returned", "£6,583"),      # a smaller number after it is no range's end
    ("ref £30-2025-B", "£30"),                    # a code's year after it is no range's end
])
def test_what_follows_an_amount_that_is_no_range_stays_out(text: str, written: str | None) -> None:
    assert [w for w, _, _ in _amounts(text)] == ([written] if written else [])


@pytest.mark.parametrize("text", [
    "Endotoxin < 0.5 EU/mL per Ph.Eur 2.6.21",
    "Sterility per Ph. Eur 2.6.1 complies",
    "see EUR 2.9.17 for the method",
    "the O2 reading was 2l O",
])
def test_a_pharmacopoeia_chapter_and_a_number_that_runs_on_are_no_amounts(text: str) -> None:
    assert _amounts(text) == []
