"""A day said or written as an ordinal is a date: with its month ("the twenty-third of May", "Eleventh of Mar"), after a
weekday ("Thurs 27th", "Saturday the second", "Friday sixteenth") or both; kept as the month (or the weekday, when no
month is said). An ordinal alone, a share ("a third of March's output"), a day its month lacks ("the thirty-first of
June") and ordinals of other things ("the 2nd shift") stay. Read by the written dates' recogniser and the one reader of
ordinal days (``spoken_date``) together, as the engine runs them."""
from __future__ import annotations

import pytest

from anonymiser.text.document import Document
from anonymiser.text.engine import anonymise_text
from anonymiser.text.recognisers import date, spoken_date


def _dates(text: str) -> list[tuple[str, str, str]]:
    doc = Document(text)
    spans = sorted({(s.start, s.end, s.attr("month"), s.attr("year"))
                    for r in (date.RECOGNISER, spoken_date.RECOGNISER) for s in r.find(doc)})
    return [(text[start:end], month, year) for start, end, month, year in spans]


@pytest.mark.parametrize(("text", "date", "month", "year"), [
    ("we said the twenty-third of May for the walkdown", "the twenty-third of May", "May", ""),
    ("moved to the Eleventh of Mar, I think", "the Eleventh of Mar", "March", ""),
    ("so that's thursday the fourth of march then", "thursday the fourth of march", "March", ""),
    ("dictated on the ninth of october twenty twenty five", "the ninth of october twenty twenty five", "October", "2025"),
    ("on the thirty first of december we", "the thirty first of december", "December", ""),
    ("captions: the sixth of\nnovember, yeah", "the sixth of\nnovember", "November", ""),
    ("Signed on the 27th day of March 2026 by", "the 27th day of March 2026", "March", "2026"),
    ("the audit on the 21st of August went well", "the 21st of August", "August", ""),
])
def test_an_ordinal_day_with_its_month_is_a_date(text: str, date: str, month: str, year: str) -> None:
    assert _dates(text) == [(date, month, year)]


@pytest.mark.parametrize(("text", "date"), [
    ("can you do Thurs 27th after lunch?", "Thurs 27th"),
    ("retest proposed Tuesday 13th, 10:00", "Tuesday 13th"),
    ("it was trained Saturday the 2nd by the lead", "Saturday the 2nd"),
    ("call me back Friday the seventeenth please", "Friday the seventeenth"),
    ("go-live moved to Friday sixteenth", "Friday sixteenth"),
    ("the walkdown is Weds 4th, bring boots", "Weds 4th"),
    ("Audit moved to Wed the 4th, 09:00", "Wed the 4th"),
])
def test_an_ordinal_day_after_its_weekday_is_a_date_kept_as_the_weekday(text: str, date: str) -> None:
    assert [d for d, _, _ in _dates(text)] == [date]
    weekday = date.split()[0]
    assert anonymise_text(text).text == text.replace(date, weekday)


@pytest.mark.parametrize("text", [
    "a third of March's output was scrapped",
    "one fifth of June's batches",
    "the 2nd shift and the 3rd time this week",
    "on the 15th we met",                    # a day alone: no month, no weekday
    "the sixteenth of the month",
    "we sat sixteenth of twenty",            # a verb cut like a weekday
    "closed on the thirty-first of June",   # June has no thirty-first
    "priced per fifth of May output",        # a share
    "the handbook, 2nd edition",
])
def test_other_ordinals_stay(text: str) -> None:
    assert _dates(text) == []


def test_two_nights_with_a_slash_are_one_date() -> None:
    assert _dates("hotel booked for 21/22 Sept") == [("21/22 Sept", "September", "")]
