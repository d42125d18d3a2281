"""Exact dates (14 March 2023, 14/03/2023, 2023-03-14, March 14th, 2023); kept as month and year."""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.spans import Span

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# "[0-3]?\d" written to start with a digit, so ``re`` can skip to the next digit instead of
# trying the pattern at every position (same matches, tried in the same order).
_DAY = r"(?P<day>\d(?:(?<=[0-3])\d)?)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+$")
_PATTERNS = (
    re.compile(rf"{_DAY}(?:[ \t]+of)?[ \t]+{_MONTH}(?:,?[ \t]+{_YEAR})?\b"),
    re.compile(rf"{_MONTH}[ \t]+{_DAY}(?:,?[ \t]+{_YEAR})?\b(?![ \t]*(?:%|percent|[a-zA-Z]))"),
    re.compile(rf"{_DAY}[/.](?P<mnum>[01]?\d)[/.]{_YEAR}\b"),
    re.compile(rf"{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
)


class DateRecogniser:
    name = "date"

    def find(self, doc: Document) -> Iterator[Span]:
        for regex in _PATTERNS:
            for m in regex.finditer(doc.text):
                if m.start() and doc.text[m.start() - 1].isalnum():
                    continue
                month = _month_number(m)
                if month is None or not 1 <= int(m.group("day")) <= 31:
                    continue
                attrs = (("month", MONTHS[month - 1]), ("year", m.group("year") or ""))
                weekday = _WEEKDAY.search(doc.text, max(0, m.start() - 12), m.start())
                start = weekday.start() if weekday else m.start()
                yield Span(start, m.end(), "date", self.name, 0.9, "Date", m.group().casefold(),
                           "Exact date", attrs)


def _month_number(m: re.Match[str]) -> int | None:
    groups = m.groupdict()
    if groups.get("mnum"):
        number = int(groups["mnum"])
        return number if 1 <= number <= 12 else None
    prefix = groups["month"][:3].lower()
    return next(i + 1 for i, name in enumerate(MONTHS) if name[:3].lower() == prefix)


RECOGNISER = DateRecogniser()
