"""Dates a scanner misread, an "O" or "o" read for a nought and an "l" or "I" for a one in the day or the year ("1O JUN
2026", "2l March 2025", "O7 SEP 2O25", "l2 / 08 / 2025", "O4/12", "O7.O3.25"), are read as printed; the same letters
in words and codes ("O2 sensor", "lO boxes", "CO2") read nothing. Dates with hyphens and a year of four digits
("17-09-2026") too, not a bank's sort code."""
from __future__ import annotations

import pytest

from anonymiser.text.document import Document
from anonymiser.text.recognisers.date import RECOGNISER


def _dates(text: str) -> list[tuple[str, str, str]]:
    return sorted((text[s.start:s.end], s.attr("month"), s.attr("year")) for s in RECOGNISER.find(Document(text)))


@pytest.mark.parametrize(("text", "date", "month", "year"), [
    ("CALIBRATED 1O JUN 2026 BY", "1O JUN 2026", "June", "2026"),
    ("Issued 2l March 2025.", "2l March 2025", "March", "2025"),
    ("RECEIVED O7 SEP 2O25", "O7 SEP 2O25", "September", "2025"),
    ("Date: l2 / 08 / 2025", "l2 / 08 / 2025", "August", "2025"),
    ("swab retaken O4/12 by QC", "O4/12", "December", ""),
    ("Signed O7.O3.25 witness", "O7.O3.25", "March", "2025"),
    ("logged 3O Nov 2025", "3O Nov 2025", "November", "2025"),
])
def test_a_date_with_a_letter_misread_for_a_digit_is_read_as_printed(text: str, date: str, month: str, year: str) -> None:
    assert _dates(text) == [(date, month, year)]


@pytest.mark.parametrize("text", [
    "O2 sensor replaced, CO2 at 4 %",
    "the lO boxes on pallet I1",
    "Room O1 and bay l2",
])
def test_letters_beside_digits_that_are_no_date_read_nothing(text: str) -> None:
    assert _dates(text) == []


def test_a_date_with_hyphens_and_a_year_of_four_digits() -> None:
    assert _dates("USER qa.reviewer  17-09-2026 11:05:33  RESULT PASS") == [
        ("17-09-2026 11:05:33", "September", "2026")]


@pytest.mark.parametrize("text", ["Sort code: 20-11-23", "Sort code 04-10-75", "range 12-10-2024-03"])
def test_a_sort_code_and_a_longer_run_are_no_date(text: str) -> None:
    assert _dates(text) == []
