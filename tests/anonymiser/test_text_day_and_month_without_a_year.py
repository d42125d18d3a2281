"""A day and a month of numbers without their year ("due 16/08", "Tue 27/2", "21/03 06:48", "- QXV 29/8") is a date in
minutes, action logs, rotas and margins; kept as its month. Scores, pages, fractions, service hours, ratios, levels,
references numbered after a meeting and codes that look like one stay."""
from __future__ import annotations

import pytest

from anonymiser.text.document import Document
from anonymiser.text.engine import anonymise_text
from anonymiser.text.recognisers.date import RECOGNISER


def _dates(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.attr("month")) for s in RECOGNISER.find(Document(text))]


@pytest.mark.parametrize(("text", "date", "month"), [
    ("Action: issue the revised plan by 16/08.", "16/08", "August"),
    ("=== Tue 27/2 ===", "Tue 27/2", "February"),
    ("Thurs 19/12 - go-live", "Thurs 19/12", "December"),
    ("21/03 06:48   | chiller tripped", "21/03", "March"),
    ('"fine to release" - QXV 29/8', "29/8", "August"),
    ("Keys returned (ZJ, 26/11)", "26/11", "November"),
    ("- Orlagh Pennifold - confirm the slot - 18/01", "18/01", "January"),
    ("Wrap-up of actions ............ ZQB   27/09", "27/09", "September"),
    ("| 02/12 | Orlagh Pennifold | on call |", "02/12", "December"),
    ("The 08/02 trip and the 09/02 leak", "08/02", "February"),
    ("moved on 11/11 to the spare", "11/11", "November"),
    ("Note by Orlagh, 04/05: quiet week", "04/05", "May"),
    ("fitted 2/5 11:15, running again", "2/5", "May"),
])
def test_a_day_and_month_is_a_date_kept_as_its_month(text: str, date: str, month: str) -> None:
    assert _dates(text)[:1] == [(date, month)]


@pytest.mark.parametrize("text", [
    "The desk is staffed 24/7 and the plant runs 24/5",
    "Interview scores: WJX 4/5, YZQ 3/5 - solid",
    "Clarity 6/10; Ambition 9/10; overall 10/10",
    "all 4/4 seeded faults found, 2/2 rejects",
    "SHEET 03/04",
    "Pg 3/6 of the pack",
    "the Level 1/2 switches and Line 6/7 crews",
    "Ratio 5/2 by mass",
    "see minute 7/3 and Section 11/2",
    "Hazard Cat. 2/3 solvents",
    "Classes H02K 7/11 and C07D 3/12",
    "nearly 2/3 of the trays were re-sealed",
    "a 2 3/8 inch fitting",
    "drive QRX 6/03 (legacy)",
    "attempt 2/9 failed",
    "Share 11/3 % of sales",
    "nearly 1/4 1500 units short",
    "symptoms for 9/12 months",
    "failed in 2/9 samples and 3/7 batches",
])
def test_numbers_like_a_day_and_month_stay(text: str) -> None:
    assert _dates(text) == []


def test_references_numbered_after_a_meeting_are_no_dates() -> None:
    text = ("Ref  | Action                      | Owner | Due\n"
            "7/1  | Re-issue the minutes        | ZQB   | 16/08\n"
            "7/2  | Options paper               | QJX   | 05/09\n"
            "7/3  | Confirm backfill            | QXV   | 22/08\n")
    assert [d for d, _ in _dates(text)] == ["16/08", "05/09", "22/08"]


def test_a_column_of_dates_at_the_start_of_lines_is_read() -> None:
    text = "06/02  | 07:55 | visitor\n06/02  | 11:05 | courier\n07/02  | 09:20 | inspector\n"
    assert [d for d, _ in _dates(text)] == ["06/02", "06/02", "07/02"]


def test_a_number_in_the_next_column_is_no_telephone_number_s_alternative() -> None:
    redacted = anonymise_text("FAX: 01632 960733    17/03 sent").text
    assert "March" in redacted and "17/03" not in redacted
