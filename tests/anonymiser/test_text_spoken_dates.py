"""Dates as they are said, in transcripts, captions, dictation and voicemail: a day as an ordinal in words with its
month ("the fourth of June", "Thursday the fourteenth of November", "Ninth of Nov", "April the nineteenth twenty
twenty-five"), a weekday and its day ("Tuesday the fifth", "monday\nseventh" across a caption's line, "Thurs 3rd"), a
day alone where it dates something ("put the retest in for the fourteenth comma", "away until the, er,
twenty-second."), and a day said, then said again as a date ("on the, er, the ninth? Ninth of Nov"). Look-alikes:
ordinals that count things ("for the second time", "on the fourth floor", "we sat the second exam", "you may first
check")."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text

FOUND, LEFT = "found", "left"

CASES = [
    ("The vendor got the limits from us on the fourth of June.", "fourth of June", FOUND),
    ("Three comma put the retest in for the fourteenth comma that is Thursday the fourteenth of November comma afternoon",
     "Thursday the fourteenth of November", FOUND),
    ("Three comma put the retest in for the fourteenth comma that is Thursday", "fourteenth", FOUND),
    ("The resin arrived on the, er, the ninth? Ninth of Nov, I think.", "ninth", FOUND),
    ("The resin arrived on the, er, the ninth? Ninth of Nov, I think.", "Ninth of Nov", FOUND),
    ("Keep the printer logs from Tuesday the fifth onwards.", "Tuesday the fifth", FOUND),
    ("the audit is April the nineteenth twenty twenty-five, not before", "April the nineteenth twenty twenty-five", FOUND),
    ("summary colon on the sixth of march comma the chiller tripped twice", "the sixth of march", FOUND),
    ("so the go-live is monday\nseventh and the support desk opens", "monday\nseventh", FOUND),
    ("She is away until the, er, twenty-second. Then she signs it.", "twenty-second", FOUND),
    ("he is off from the ninth so the report has to go out before", "ninth", FOUND),
    ("Could we try Thurs 3rd after lunch?", "Thurs 3rd", FOUND),
    # look-alikes: ordinals that count things, a verb before an ordinal
    ("We ran it for the second time and it passed.", "second", LEFT),
    ("The server room is on the fourth floor, by the lifts.", "fourth", LEFT),
    ("We sat the second exam in the afternoon.", "second", LEFT),
    ("Before you start you may first check the seal.", "first", LEFT),
    ("It came third of the five suppliers we scored.", "third", LEFT),
    ("on the fourth and fifth floors the air handling was checked", "fourth", LEFT),
    ("I am the, er, the auditor you booked for the twenty-fourth. Just confirming the agenda.", "twenty-fourth", FOUND),
    # fractions, a wish, verbs cut like weekdays, a day alone in a written report with no month or weekday near
    ("About a third of March output was scrapped.", "third", LEFT),
    ("Roughly a fifth of May production was lost.", "fifth", LEFT),
    ("May the fourth be with you.", "fourth", LEFT),
    ("The team sat 3rd in the league table.", "3rd", LEFT),
    ("Sat the fifth exam and passed.", "fifth", LEFT),
    ("The pump is on the fifth.", "fifth", LEFT),
    ("Report it for the fourth. Then close it.", "fourth", LEFT),
    ("Check over the fourth, fifth and sixth runs.", "fourth", LEFT),
    ("It was replaced after the fourth, so we stopped.", "fourth", LEFT),
]


@pytest.mark.parametrize("text,mention,want", CASES)
def test_spoken_dates(text: str, mention: str, want: str) -> None:
    start = text.index(mention)
    end = start + len(mention)
    result = anonymise_text(text)
    spans = [(f.start, f.end) for f in result.findings if f.category == "date"]
    covered = [any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum()]
    assert (FOUND if all(covered) else LEFT if not any(covered) else "partly") == want


def test_a_day_said_without_its_month_keeps_no_day() -> None:
    result = anonymise_text("Keep the logs from Tuesday the fifth onwards, and file the fourth of June copy.")
    assert "fifth" not in result.text  # (its weekday alone may stay: "from Tuesday onwards")
    assert "June" in result.text and "fourth" not in result.text
