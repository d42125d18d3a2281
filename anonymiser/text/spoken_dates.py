"""A day said or written as an ordinal, as transcripts, dictation, e-mails and notes give it: with its month ("the
twenty-third of May", "Eleventh of Mar", "the ninth of october twenty twenty five"), after a weekday ("Wednesday the
sixteenth", "Thurs 27th", "Saturday the 2nd") or both ("tuesday the fourth of march"). Read by ``recognisers.date``.

An ordinal alone ("the twenty-fifth", "on the 19th") is left: as often a second time, a floor or an edition as a day,
and a day without its month. A share is no day ("a third of March's output", "one fifth of June").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.spoken_numbers import DIGIT, TEEN, TENS, digits

_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINALS = {word: n for n, word in enumerate(_UNIT_ORDINALS, 1)}
_ORDINALS.update({word: n for n, word in enumerate((
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth"), 10)})
_ORDINALS["thirtieth"] = 30
_ORDINALS.update({f"{tens} {unit}": value + n for tens, value in (("twenty", 20), ("thirty", 30))
                  for n, unit in enumerate(_UNIT_ORDINALS, 1) if value + n <= 31})
_ORDINAL = (r"(?:(?:twenty|thirty)[ \t-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|"
            r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
            r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
_WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu|thur|thurs|fri|sat|"
            r"sun)")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_SPOKEN_YEAR = rf"(?:twenty|nineteen)[ \t]+(?:{TENS}(?:[ \t-]+{DIGIT})?|{TEEN}|oh[ \t]+{DIGIT})"
# Led by an ordinal's letters or a weekday's; a month after "of" may stand on the next line (a caption's break).
_SAID = re.compile(
    rf"\b(?:(?P<weekday>{_WEEKDAY})\.?,?[ \t]+(?:the[ \t]+)?)?"
    rf"(?:the[ \t]+)?(?:(?P<ordinal>{_ORDINAL})|(?P<day>[12]?\d|3[01])(?:st|nd|rd|th))\b"
    rf"(?:[ \t]+of[ \t]*\n?[ \t]*(?P<month>{_MONTH})\b(?:,?[ \t]+(?P<year>(?:19|20)\d\d)\b|[ \t]+(?P<said>{_SPOKEN_YEAR}))?)?",
    re.IGNORECASE)
# Weekdays cut short that are also verbs ("we sat", "to wed", "sun-dried"): weekdays only with their capital and a day.
VERB_WEEKDAYS = frozenset({"sat", "wed", "sun"})
_SHARE_BEFORE = re.compile(r"(?i:\b(?:a|an|one|two|three|every|each|per)[ \t]+)$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def ordinal_dates(text: str) -> Iterator[tuple[int, int, int | None, str, str]]:
    """``(start, end, month, year, weekday)`` of each ordinal day with a month or after a weekday (month ``None``
    when only the weekday is written, year and weekday empty when not)."""
    for m in _SAID.finditer(text):
        weekday, month = m.group("weekday"), m.group("month")
        if month is not None and m.group("day"):
            continue  # ("Friday the 23rd of May": the date patterns' own)
        if month is None and (weekday is None or (m.group("day") is None and not _has_the(m))):
            continue  # (an ordinal alone; "Sunday 25th" and "Sunday the twenty-fifth", not "Sunday twenty-fifth")
        if month is None and weekday.lower() in VERB_WEEKDAYS and (weekday[0].islower() or _has_the(m)):
            continue  # ("we sat the second exam", "Sat the fifth exam": a verb, not Saturday's short form)
        if m.group("ordinal") and m.group("day") is None and weekday is None \
                and _SHARE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        day = int(m.group("day")) if m.group("day") else \
            _ORDINALS[re.sub(r"^(twenty|thirty)[ \t-]*", r"\1 ", m.group("ordinal").lower())]
        number = _MONTHS.index(month[:3].lower()) + 1 if month else None
        if number is not None and day > (29 if number == 2 else 30 if number in (4, 6, 9, 11) else 31):
            continue
        year = m.group("year") or (digits(m.group("said")) if m.group("said") else "")
        yield m.start(), m.end(), number, year, weekday or ""


def _has_the(m: re.Match[str]) -> bool:
    return re.search(r"(?i:\bthe[ \t]+)$", m.string[m.start():m.start("ordinal") if m.group("ordinal") else m.start("day")]) \
        is not None
