"""A day and a month without their year, as minutes, action logs, rotas, timesheets and notes in a margin write them:
"due 16/08", "Tue 27/2", "21/03 06:48", "- QXV 29/8", "| 02/12 | on call". Read by ``recognisers.date``.

A day and a month of numbers look like many things that are no date, so each is weighed where it stands:

- a service's hours ("24/7", "24/5"), a score ("4/5", "8/10", "10/10"), a common fraction ("1/2", "3/4") or a pair
  of equal numbers ("3/3 passed") is a date only after a word for when ("on", "by", "until", "w/c", a weekday) or
  before a time of day, or written with a nought ("05/10");
- after a word that counts or numbers things ("Page 1/2", "Sheet 2/5", "Step 3/4") it is no date when its first
  number is not the larger; after a word that names a reference, a place or a measure ("Level 1/2", "Line 6/7",
  "minute 7/3", "Section 11/2", "Ratio 5/2", "Cat. 2/3") it is none;
- before a word a count or a ratio takes ("4/4 passed", "2/2 rejects", "24/7 cover", "2/3 of the trays", "9/12
  months", "3/7 batches");
- one number of one digit beside one with a nought ("6/03": a model's or a release's number);
- after a code of letters and digits ("H02K 7/11": a patent's class) or a number ("1 1/2");
- at the start of lines that share its first number with other seconds ("7/1 |", "7/2 |", "7/3 |": a minute's items
  numbered after the meeting, not the days of one month).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

# Found from its slash (a pattern led by a digit would be tried at every digit); the day and month read around it.
_SLASH = re.compile(r"/(?<=\d/)(?=\d)")
_AROUND = re.compile(r"(?<![\w/.:\-+=#])(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\w/]|[.,]\d|-\d|[ \t]?%)")
_DAYS_IN = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_WHEN_BEFORE = re.compile(
    r"(?i:\b(?:on|by|from|until|till|til|since|before|after|dated|due|w/c|wc|w/e|week[ \t]+commencing|"
    r"mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"[.:,]?[ \t]+)$")
_TIME_AFTER = re.compile(r"[ \t]+(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d\b(?![.,]\d)|1?\d[ \t]?(?i:am|pm)\b)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.\-]*?)\.?:?[ \t]$")
_WORD_AFTER = re.compile(r"[ \t]*([A-Za-z][\w\-]*)")
_CODE_BEFORE = re.compile(r"(?<![\w-])(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]+[ \t]$")
_NUMBER_BEFORE = re.compile(r"\d[ \t]$")
_LINE_START_BEFORE = re.compile(r"(?:^|(?<=\n))[ \t|]*\Z")  # (searched with an end position)
# Words that count ("Page 1/2", "Step 3 of 4")
_COUNTERS = frozenset("""page pages pg pp p sheet sht step steps stage stages phase retry retries attempt attempts row rows
col column slide slides frame frames question q test tests item items part parts""".split())
# Words that name a reference, a place, a rating or a measure
_NOT_BEFORE = frozenset("""level levels lvl line lines cat category class claim claims minute min ref refs no nos number
version ver v rev revision issue score scored scoring rated rating grade ratio nights night days shifts section sect sec
clause para paragraph table tab figure fig appendix annex chapter ch bay room rm zone lane aisle position pos dose doses
size sizes vol volume action actions""".split())
_NOT_AFTER = frozenset("""pass passed passes complete completed good bad reject rejects rejected containers parameters
within operators mg ml g kg mcg basis support pattern line lines call-out callout desk contract warehouse hotline cover
coverage service grade ok queued upgrade score points correct ticks of split months weeks days hours hrs years yrs mins
minutes seconds secs times people staff batches samples lots units tests checks marks vials trays sites""".split())
_FRACTIONS = frozenset(("1/2", "1/3", "2/3", "1/4", "3/4", "1/8", "3/8", "5/8", "7/8"))


def short_dates(text: str) -> Iterator[tuple[int, int, int]]:
    """``(start, end, month)`` of each day and month without a year that reads as a date."""
    found = []
    done = 0
    for slash in _SLASH.finditer(text):
        if slash.start() < done:
            continue
        m = _AROUND.search(text, max(0, slash.start() - 2), slash.start() + 8)
        if m is None or m.start() > slash.start() or m.end() <= slash.start():
            continue
        done = m.end()
        day, month = int(m.group("day")), int(m.group("month"))
        if 1 <= month <= 12 and 1 <= day <= _DAYS_IN[month - 1]:
            found.append(m)
    if not found:
        return
    seconds: dict[str, set[str]] = defaultdict(set)  # (what follows each first number at the start of a line)
    for m in found:
        if _at_line_start(text, m.start()):
            seconds[m.group("day").lstrip("0")].add(m.group("month").lstrip("0"))
    for m in found:
        if _a_date(text, m) and not (_at_line_start(text, m.start()) and len(seconds[m.group("day").lstrip("0")]) > 1):
            yield m.start(), m.end(), int(m.group("month"))


def _at_line_start(text: str, start: int) -> bool:
    return _LINE_START_BEFORE.search(text, max(0, start - 40), start) is not None


def _a_date(text: str, m: re.Match[str]) -> bool:
    day, month = int(m.group("day")), int(m.group("month"))
    before = text[max(0, m.start() - 30):m.start()].rpartition("\n")[2]
    after = text[m.end():m.end() + 24].partition("\n")[0]
    with_nought = m.group("day").startswith("0") or m.group("month").startswith("0")
    if with_nought and min(len(m.group("day")), len(m.group("month"))) < 2:
        return False  # ("QRX 6/03", "rev 1/03": a model's or a release's number, no date)
    when = _WHEN_BEFORE.search(before) is not None or _TIME_AFTER.match(after) is not None
    if not when and not with_nought and (
            (day == 24 and month in (5, 6, 7)) or (month in (5, 10) and day <= month) or day == month
            or f"{day}/{month}" in _FRACTIONS):
        return False
    if (word := _WORD_BEFORE.search(before)) is not None:
        word_before = word.group(1).lower()
        if word_before in _NOT_BEFORE or (word_before in _COUNTERS and day <= month):
            return False
    if (word := _WORD_AFTER.match(after)) is not None and word.group(1).lower() in _NOT_AFTER:
        return False
    if _NUMBER_BEFORE.search(before):
        return False
    return when or _CODE_BEFORE.search(before) is None
