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
    ("2025-02-07T18:46:21Z INFO pump started", "2025-02-07T18:46:21Z", "February", "2025"),
    ("at 2024-04-17T15:52:08.204Z the batch", "2024-04-17T15:52:08.204Z", "April", "2024"),
    ("Date:   2023-06-19 10:27:44 +0100", "2023-06-19 10:27:44 +0100", "June", "2023"),
    ("opened 2024-02-23 03:30 by the scheduler", "2024-02-23 03:30", "February", "2024"),
    ("Feb 27 10:41AM alarm acknowledged", "Feb 27 10:41AM", "February", ""),
    ("Date: Thu, 20 Mar 2025 12:07 sent", "Thu, 20 Mar 2025 12:07", "March", "2025"),
    ("Wed Jun 12 17:03:44 2024 reboot", "Wed Jun 12 17:03:44 2024", "June", "2024"),
    ("Sat Jun 29 08:14:52 BST 2024 reboot", "Sat Jun 29 08:14:52 BST 2024", "June", "2024"),
    ('10.9.8.7 - - [09/Oct/2024:07:44:13 +0100] "GET /', "09/Oct/2024:07:44:13 +0100", "October", "2024"),
    ("DTSTART;TZID=Europe/London:20240718T083000", "20240718T083000", "July", "2024"),
    ("20240613 06:55:41.302 INFO Logged in", "20240613 06:55:41.302", "June", "2024"),
    ("Create Date    : 2024:01:24 13:12:06Z", "2024:01:24 13:12:06Z", "January", "2024"),
    ("Visit date: 2025/02/11", "2025/02/11", "February", "2025"),
    ("Report Date:  2026.01.27", "2026.01.27", "January", "2026"),
    ("logged 15/10/2024 06:38:09 on the loop", "15/10/2024 06:38:09", "October", "2024"),
])
def test_a_date_takes_its_time_of_day_with_it(text: str, date: str, month: str, year: str) -> None:
    assert _dates(text) == [(date, month, year)]


def test_the_moment_is_kept_as_month_and_year_only() -> None:
    redacted = anonymise_text("Wed Jun 12 17:03:44 2024 controller rebooted").text
    assert redacted == "June 2024 controller rebooted"


@pytest.mark.parametrize("text", [
    "Lot 20240613 released",                 # eight digits alone: a lot or a reference
    "Firmware 2024.01.15.3 installed",       # one part of a longer run (a version)
    "see 2024/01/15/2 in the share",
    "Sample 20241311 07:14 logged",          # no month 13
])
def test_numbers_like_a_stamp_are_no_date(text: str) -> None:
    assert _dates(text) == []


def test_a_time_far_from_the_date_stays_where_it_is() -> None:
    assert _dates("Meeting 16 March 2026 at 10:00") == [("16 March 2026", "March", "2026")]


def test_a_fax_number_stops_at_the_gap_before_the_next_column() -> None:
    text = "FAX NO. : 01632 960 593     13 Mar. 2024 10:52AM   P1"
    redacted = anonymise_text(text).text
    assert "593" not in redacted and "March 2024" in redacted
