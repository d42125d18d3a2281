"""Dates as they are said, in transcripts, captions, dictation and voicemail: a day as an ordinal in words with its
month ("the second of May", "Wednesday the sixteenth of October", "Twelfth of Feb", "March the twenty-third twenty
twenty-four"), a weekday and its day ("Friday the twelfth", "friday\\neighth" across a caption's line, "Tues 9th"), a
day alone where it dates something ("book it for the sixteenth comma", "on leave till the, uh, twenty-fourth."), and a
day said, then said again as a date ("on the, ah, the twelfth? Twelfth of Feb"). Look-alikes: ordinals that count
things ("for the second time", "on the fourth floor", "we sat the second exam", "you may first check")."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text

FOUND, LEFT = "found", "left"

CASES = [
    ("Which we did, I sent them to the vendor on the second of May.", "second of May", FOUND),
    ("Six comma book the follow up walk for the sixteenth comma that's Wednesday the sixteenth of October comma same time",
     "Wednesday the sixteenth of October", FOUND),
    ("Six comma book the follow up walk for the sixteenth comma that's Wednesday", "sixteenth", FOUND),
    ("New lot from the plant, first one came in on the, ah, the twelfth? Twelfth of Feb.", "twelfth", FOUND),
    ("New lot from the plant, first one came in on the, ah, the twelfth? Twelfth of Feb.", "Twelfth of Feb", FOUND),
    ("Pull the interface logs from Friday the twelfth onwards.", "Friday the twelfth", FOUND),
    ("the go-live is March the twenty-third twenty twenty-four, not before", "March the twenty-third twenty twenty-four", FOUND),
    ("description colon on the third of february comma during release of the batch", "the third of february", FOUND),
    ("decision is go cutover starts friday\neighth i'll send the minutes", "friday\neighth", FOUND),
    ("He's on leave till the, uh, twenty-fourth. Then he can sign.", "twenty-fourth", FOUND),
    ("she is on annual leave from the twelfth so the investigation has to close before", "twelfth", FOUND),
    ("Can we do Tues 9th at ten?", "Tues 9th", FOUND),
    # look-alikes: ordinals that count things, a verb before an ordinal
    ("We ran it for the second time and it passed.", "second", LEFT),
    ("The server room is on the fourth floor, by the lifts.", "fourth", LEFT),
    ("We sat the second exam in the afternoon.", "second", LEFT),
    ("Before you start you may first check the seal.", "first", LEFT),
    ("It came third of the five suppliers we scored.", "third", LEFT),
    ("on the fourth and fifth floors the air handling was checked", "fourth", LEFT),
]


@pytest.mark.parametrize("text,mention,want", CASES)
def test_spoken_dates(text: str, mention: str, want: str) -> None:
    start = text.index(mention)
    end = start + len(mention)
    result = anonymise_text(text)
    spans = [(f.start, f.end) for f in result.findings if f.category == "date"]
    covered = [any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum()]
    assert (FOUND if all(covered) else LEFT if not any(covered) else "partly") == want


def test_a_day_said_without_its_month_is_a_placeholder() -> None:
    result = anonymise_text("Pull the logs from Friday the twelfth onwards, and send me the second of May copy.")
    assert "twelfth" not in result.text and "Friday" not in result.text
    assert "May" in result.text and "second" not in result.text
