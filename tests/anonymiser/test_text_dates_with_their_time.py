"""A date with its time of day is one moment: the time goes with the date (kept as month and year), as logs, commit
histories, calendar files, mail headers and file metadata write them; numbers that only look like them stay."""
from __future__ import annotations

import pytest

from anonymiser.text.document import Document
from anonymiser.text.engine import anonymise_text
from anonymiser.text.recognisers.date import RECOGNISER


def _dates(text: str) -> list[tuple[str, str, str]]:
    return [(text[s.start:s.end], s.attr("month"), s.attr("year")) for s in RECOGNISER.find(Document(text))]


@pytest.mark.parametrize(("text", "date", "month", "year"), [
    ("2025-02-05T19:17:30Z INFO pump started", "2025-02-05T19:17:30Z", "February", "2025"),
    ("at 2024-04-15T16:48:09.117Z the batch", "2024-04-15T16:48:09.117Z", "April", "2024"),
    ("Date:   2023-06-14 09:31:55 +0100", "2023-06-14 09:31:55 +0100", "June", "2023"),
    ("opened 2024-02-21 02:00 by the scheduler", "2024-02-21 02:00", "February", "2024"),
    ("Feb 26 09:37AM alarm acknowledged", "Feb 26 09:37AM", "February", ""),
    ("Date: Tue, 18 Mar 2025 11:52 sent", "Tue, 18 Mar 2025 11:52", "March", "2025"),
    ("Tue Jun 11 16:22:05 2024 reboot", "Tue Jun 11 16:22:05 2024", "June", "2024"),
    ("Fri Jun 28 09:02:17 BST 2024 reboot", "Fri Jun 28 09:02:17 BST 2024", "June", "2024"),
    ('10.9.8.7 - - [08/Oct/2024:08:05:09 +0100] "GET /', "08/Oct/2024:08:05:09 +0100", "October", "2024"),
    ("DTSTART;TZID=Europe/London:20240716T090000", "20240716T090000", "July", "2024"),
    ("20240611 07:14:02.118 INFO Logged in", "20240611 07:14:02.118", "June", "2024"),
    ("Create Date    : 2024:01:22 14:03:51Z", "2024:01:22 14:03:51Z", "January", "2024"),
    ("Visit date: 2025/02/17", "2025/02/17", "February", "2025"),
    ("Report Date:  2026.01.19", "2026.01.19", "January", "2026"),
    ("logged 14/10/2024 07:41:56 on WFI", "14/10/2024 07:41:56", "October", "2024"),
])
def test_a_date_takes_its_time_of_day_with_it(text: str, date: str, month: str, year: str) -> None:
    assert _dates(text) == [(date, month, year)]


def test_the_moment_is_kept_as_month_and_year_only() -> None:
    redacted = anonymise_text("Tue Jun 11 16:22:05 2024 controller rebooted").text
    assert redacted == "June 2024 controller rebooted"


@pytest.mark.parametrize("text", [
    "Lot 20240611 released",                 # eight digits alone: a lot or a reference
    "Firmware 2024.01.15.3 installed",       # one part of a longer run (a version)
    "see 2024/01/15/2 in the share",
    "Sample 20241311 07:14 logged",          # no month 13
])
def test_numbers_like_a_stamp_are_no_date(text: str) -> None:
    assert _dates(text) == []


def test_a_time_far_from_the_date_stays_where_it_is() -> None:
    assert _dates("Meeting 14 March 2024 at 10:00") == [("14 March 2024", "March", "2024")]


def test_a_fax_number_stops_at_the_gap_before_the_next_column() -> None:
    text = "FAX NO. : 01632 960 418     12 Mar. 2024 09:41AM   P1"
    redacted = anonymise_text(text).text
    assert "418" not in redacted and "March 2024" in redacted
