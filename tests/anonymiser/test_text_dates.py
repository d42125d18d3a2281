"""Exact dates in the forms records, logs and forms write them go, kept as month and year; numbers that only look
like dates (versions, addresses, ratios) stay."""
from __future__ import annotations

import pytest

from anonymiser.text.document import Document
from anonymiser.text.recognisers.date import RECOGNISER


def _dates(text: str) -> list[tuple[str, str, str]]:
    return [(text[s.start:s.end], s.attr("month"), s.attr("year")) for s in RECOGNISER.find(Document(text))]


@pytest.mark.parametrize(("text", "date", "month", "year"), [
    ("Signed R. Quillet 13/11/26 witnessed", "13/11/26", "November", "2026"),
    ("Checked 28.05.24 by QA", "28.05.24", "May", "2024"),
    ("Born 3/7/98.", "3/7/98", "July", "1998"),
    ("Date: 13 / 11 / 2026", "13 / 11 / 2026", "November", "2026"),
    ("Booked 31-Mar-25 for cleaning", "31-Mar-25", "March", "2025"),
    ("Received 05/Jun/2024 10:03", "05/Jun/2024 10:03", "June", "2024"),
    ("Expiry 12-JUN-2024", "12-JUN-2024", "June", "2024"),
    ("Stamped 09 JUL 2024", "09 JUL 2024", "July", "2024"),
    ("Dispensed 07JUN24", "07JUN24", "June", "2024"),
    ("Due 03 MAY.", "03 MAY", "May", ""),
    ("Sent Wed, 19 Mar 2025 08:05", "Wed, 19 Mar 2025 08:05", "March", "2025"),
    ("Shadowing Mon 3 March", "Mon 3 March", "March", ""),
    ("SUNDAY 16 JUNE 2024", "SUNDAY 16 JUNE 2024", "June", "2024"),
])
def test_a_date_in_a_record_goes_with_its_month_and_year_kept(text: str, date: str, month: str, year: str) -> None:
    assert _dates(text) == [(date, month, year)]


@pytest.mark.parametrize(("text", "date"), [
    ("The audit ran 11\u201313 October 2024.", "11\u201313 October 2024"),
    ("Spot checks on 17 and 18 November.", "17 and 18 November"),
    ("Shutdown (4-6 June).", "4-6 June"),
])
def test_the_first_day_of_a_range_goes_with_the_date(text: str, date: str) -> None:
    assert [d for d, _, _ in _dates(text)] == [date]


@pytest.mark.parametrize(("text", "dates"), [
    ("valid 2026-11-16 to 2026-11-30", ["2026-11-16", "2026-11-30"]),
    ("review, Feb 5 \u2013 Jun 21, 2024", ["Feb 5", "Jun 21, 2024"]),
    ("Version 3 - 18/12/2024", ["18/12/2024"]),
    ("31-Mar-25 to 03-Apr-25", ["31-Mar-25", "03-Apr-25"]),
])
def test_a_range_takes_no_number_that_belongs_to_something_else(text: str, dates: list[str]) -> None:
    assert [d for d, _, _ in _dates(text)] == dates


@pytest.mark.parametrize("text", [
    "Firmware 3.1.24 installed",          # a version: one-digit parts between dots
    "Host 1.10.12.24 answered",           # the tail of a longer run of numbers
    "Code 12/03/24/7 on the label",       # one more part follows
    "We offer 24/7/365 support",
    "the 3 BAR valve, 10 MAYBE, 5 DECK",  # capitals that are no month
    "Ratio 40/13/26 in the blend",        # no month 13
])
def test_numbers_that_only_look_like_dates_stay(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "date", "month", "year"), [
    ("Entered by hand O8/07/24 (scan)", "O8/07/24", "July", "2024"),
    ("Exp. 13/1l/26 checked", "13/1l/26", "November", "2026"),
    ("Stamp 0l/O2/2025 faint", "0l/O2/2025", "February", "2025"),
])
def test_a_date_a_scanner_misread_with_letters_for_digits_goes_as_printed(text: str, date: str, month: str,
                                                                         year: str) -> None:
    assert _dates(text) == [(date, month, year)]


@pytest.mark.parametrize("text", [
    "lot l/O/24 released",  # (no month nought)
    "cells OO/ll/lI in the grid",  # (fewer than three digits read right: letters, not a date)
    "path src/lOl/2024 in the repo",  # (part of a longer path)
    "ratio 12/O5 only",  # (two parts)
])
def test_letters_and_digits_that_only_look_like_a_misread_date_stay(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "date", "month", "year"), [
    ("Werksabnahme am 13. Februar 2025 in Kassel", "13. Februar 2025", "February", "2025"),
    ("Audit du 1er mars 2026 à Lyon", "1er mars 2026", "March", "2026"),
    ("Reunión del 13 de febrero de 2025", "13 de febrero de 2025", "February", "2025"),
    ("Visita il 4 maggio 2024", "4 maggio 2024", "May", "2024"),
    ("Bezoek op 7 mei 2024", "7 mei 2024", "May", "2024"),
    ("Reunião de 6 de março de 2026", "6 de março de 2026", "March", "2026"),
    ("Kraków, 13 lutego 2025 r.", "13 lutego 2025", "February", "2025"),
    ("会议纪要 2025年6月18日 上午", "2025年6月18日", "June", "2025"),
    ("회의록 2025년 6월 18일", "2025년 6월 18일", "June", "2025"),
])
def test_a_date_as_letters_abroad_write_it_goes_with_its_month_and_year_kept(text: str, date: str, month: str,
                                                                             year: str) -> None:
    assert _dates(text) == [(date, month, year)]


@pytest.mark.parametrize("text", [
    "We ate 12 Mars bars on the FAT trip.",
    "Le 13 mars, la réunion.",
    "Release 3 mai was cancelled.",
    "Order 2025年 of 6 units.",
])
def test_a_month_abroad_without_a_day_and_a_year_stays(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "date", "month", "year"), [
    ("answered Nov 28, 2025 by the moderator", "Nov 28, 2025", "November", "2025"),
    ("last change at 11:05:09 GMT Thu Mar 21 2024 by admin", "Thu Mar 21 2024", "March", "2024"),
    ("milestone \u25c625-Sep then go-live", "25-Sep", "September", ""),
    ("qc.analyst 23-NOV 10:41: plate re-read", "23-NOV 10:41", "November", ""),
])
def test_a_date_a_word_follows_or_with_a_hyphen_and_no_year(text: str, date: str, month: str, year: str) -> None:
    assert _dates(text) == [(date, month, year)]


@pytest.mark.parametrize("text", ["the Mar 3 batches", "LOT-12-MAR released", "code 12-Mar-X", "a 3-Day course",
                                  "the 5-may plan"])
def test_a_month_s_name_beside_a_number_in_a_code_or_a_count_is_no_date(text: str) -> None:
    assert _dates(text) == []
