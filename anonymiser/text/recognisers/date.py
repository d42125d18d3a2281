"""Exact dates (14 March 2023, 14/03/2023, 13/11/26, 2023-03-14, March 14th, 2023, 14-Mar-24, 09 JUL 2024), dates as
letters abroad write them (13. Februar 2025, 13 de febrero de 2025, 2025年6月18日), and dates a scanner misread with
letters for digits (O8/07/24, 13/1l/26); kept as month and year."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.short_dates import short_dates
from anonymiser.text.spans import Span

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# "[0-3]?\d" written to start with a digit, so ``re`` can skip to the next digit instead of
# trying the pattern at every position (same matches, tried in the same order).
_DAY = r"(?P<day>\d(?:(?<=[0-3])\d)?)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_SHORT_YEAR = r"(?P<short>\d\d)"
# A weekday written out or cut short before the date: "Monday ", "Wed, ", "SUNDAY ".
_WEEKDAY = re.compile(r"\b(?:Mon|Tues?|Wed|Wednes|Thu|Thurs?|Fri|Sat|Satur|Sun)(?:day)?,?[ \t]+$", re.IGNORECASE)
# The first day of a range or pair before the date: "11–13 October", "17 and 18 November".
# (alone: not the end of another date, "2024-11-16 to 30 Nov", nor a month's day, "Feb 5 – Jun 21")
# ("21/22 Sept": two nights, a slash between)
_FIRST_DAY = re.compile(r"(?<![\w/.\-\u2013])[0-3]?\d(?:st|nd|rd|th)?(?:[ \t]*[-\u2013][ \t]*|/|[ \t]+(?:and|to|&)[ \t]+)$")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}[ \t]+$")
# Months as letters and forms from partners abroad write them, by number: German, French, Spanish, Italian, Dutch,
# Portuguese, Polish (in the genitive a date takes), Swedish, Danish and Norwegian; the English ones the patterns above
# read are left out ("April", "August", "September", "November").
_MONTHS_ABROAD = {word: number for number, names in enumerate((
    "januar janvier enero gennaio januari janeiro stycznia",
    "februar février fevrier febrero febbraio februari fevereiro lutego",
    "märz maerz mars marzo maart março marca",
    "avril abril aprile kwietnia",
    "mai mayo maggio mei maio maja maj",
    "juni juin junio giugno junho czerwca",
    "juli juillet julio luglio julho lipca",
    "août aout agosto augustus augusti sierpnia",
    "septembre septiembre setiembre settembre setembro września wrzesnia",
    "oktober octobre octubre ottobre outubro października pazdziernika",
    "novembre noviembre novembro listopada",
    "dezember décembre decembre diciembre dicembre dezembro grudnia desember",
), start=1) for word in names.split()}
# "13. Februar 2025", "1er mars 2025", "13 de febrero de 2025", "13 lutego 2025": a day, a month abroad and a year (a
# month's word alone, "mars", "mai", is too often something else to take without them). The word is any word here,
# and a month abroad only if ``_MONTHS_ABROAD`` holds it (a scan for their alternation would be tried everywhere).
_DATE_ABROAD = re.compile(rf"{_DAY}(?:\.|er|º|ª)?[ \t]+(?:de[ \t]+)?"
                          rf"(?P<abroad>[^\W\d_]{{3,12}})"
                          rf"[ \t]+(?:de[ \t]+)?{_YEAR}\b")
# "2025年6月18日" (Chinese, Japanese), "2025년 6월 18일" (Korean): year, month and day, each with its sign.
_DATE_EAST_ASIA = re.compile(r"(?P<year>(?:19|20)\d\d)[ \t]*[年년][ \t]*(?P<mnum>1[0-2]|0?[1-9])[ \t]*[月월][ \t]*"
                             r"(?P<day>[0-3]?\d)[ \t]*[日일]")
_PATTERNS = (
    re.compile(rf"{_DAY}(?:[ \t]+of)?[ \t]+{_MONTH}(?:,?[ \t]+{_YEAR})?\b"),
    # ("May 14 walkthrough" is none without its year, as "Mar 3 batches"; "Oct 29, 2024 by" is one)
    re.compile(rf"{_MONTH}[ \t]+{_DAY}(?:,?[ \t]+{_YEAR}\b|\b(?![ \t]*(?:%|percent|[a-zA-Z])))"),
    re.compile(rf"{_DAY}[/.](?P<mnum>[01]?\d)[/.]{_YEAR}\b"),
    # "2023-03-14", "2025/06/21", "2026.01.27", "2024:02:13" (a file's metadata), "2024-03-14T09:12:33Z" (the time after
    # it read by ``_TIME_AFTER``); not one of a longer run of numbers ("2024.01.15.3")
    re.compile(rf"{_YEAR}(?P<sep>[-/.:])(?P<mnum>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?:\b|(?=T\d\d))"),
    # "13/11/26", "28.05.24": a year of two digits (the form of a batch record or a logbook); with dots only when
    # day and month have two digits each, and never one of a longer run of numbers ("1.10.12.24", "12/03/24/7")
    re.compile(rf"{_DAY}(?P<sep>[/.])(?P<mnum>[01]?\d)(?P=sep){_SHORT_YEAR}\b(?![/.]\d)"),
    # "13 / 11 / 2026": the parts spaced out (a form filled in by hand)
    re.compile(rf"{_DAY}[ \t]+/[ \t]*(?P<mnum>[01]?\d)[ \t]*/[ \t]*(?:{_YEAR}|{_SHORT_YEAR})\b"),
    # "14-Mar-24", "05/Jun/2024", "12-JUN-2024": a month's name between dashes or slashes, in any case
    re.compile(rf"{_DAY}(?P<sep>[-/])(?P<month>[A-Za-z]{{3,9}})(?P=sep)(?:{_YEAR}|{_SHORT_YEAR})\b"),
    # "09 JUL 2024", "03 MAY", "07JUN24": a month's name in capitals (a record's stamp)
    re.compile(rf"{_DAY}(?P<gap>[ \t]?)(?P<month>[A-Z]{{3,9}})(?:(?P=gap)(?:{_YEAR}|{_SHORT_YEAR}))?\b"),
    _DATE_ABROAD,
    _DATE_EAST_ASIA,
    # "the 27th day of March 2026" (a deed's form)
    re.compile(rf"{_DAY}[ \t]+day[ \t]+of[ \t]+{_MONTH}(?:,?[ \t]+{_YEAR})?\b"),
    # "19-06-2026" (hyphens between, a year of four digits: "04-10-75" is a bank's sort code)
    re.compile(rf"{_DAY}-(?P<mnum>[01]?\d)-{_YEAR}\b(?![-/]\d)"),
    # "25-Sep", "23-NOV 10:41" (a plan's milestone, a log's stamp): a month's name after a hyphen, no year (not a
    # code's part: "LOT-12-MAR", "12-Mar-X")
    re.compile(rf"{_DAY}-(?P<month>[A-Z][A-Za-z]{{2,8}})\b(?![-/.]\w)"),
    # "20240613 06:55:41.302", "20240718T083000" (a log's or a calendar file's stamp): eight digits alone are too often
    # a lot or a reference to take without the time after them
    re.compile(rf"{_YEAR}(?P<mnum>[01]\d)(?P<day>[0-3]\d)(?=T\d{{4}}|[ \t]\d\d:\d\d)"),
)
# The time of day after a date, one moment with it ("2023-06-19 10:27:44 +0100", "2024-03-14T09:12:33.117Z",
# "Feb 27 10:41AM", "Thu, 20 Mar 2025 12:07", "09/Oct/2024:07:44:13 +0100", "20240718T083000", "Sat Jun 29 08:14:52 BST
# 2024" with the year after it): taken with the date, which keeps only its month and year.
_TIME_AFTER = re.compile(r"(?:T|[ \t]|,[ \t]|:(?<=\d:))(?:[0-2]?\d:[0-5]\d(?::[0-5]\d(?:[.,]\d{1,6})?)?(?:[ \t]?[AaPp][Mm]\b)?"
                         r"|(?<=T)[0-2]\d[0-5]\d(?:[0-5]\d)?(?!\d))"
                         r"(?:Z\b|[ \t]?[+-][01]\d:?[0-5]\d\b|[ \t]+(?:UTC|GMT|BST|CET|CEST|EET|EEST|EST|EDT|PST|PDT)\b)?")
_YEAR_AFTER = re.compile(r"[ \t]+((?:19|20)\d\d)\b")
_DAY_MONTH_HYPHENED = _PATTERNS[-2]
# A date of digits and slashes as a scanner reads handwriting or a faint stamp, an "O" or "o" for a zero, an "l" or
# "I" for a one ("O8/07/24", "13/1l/26"), with at least three digits read right; read as printed, then as a date.
# (Found from its slash: a pattern led by a class of digits and letters would be tried at every word.)
_MISREAD_DATE = re.compile(r"/(?<=[\dOolI]/)")
_MISREAD_AROUND = re.compile(r"(?<![\w/.])[\dOolI]{1,2}/[\dOolI]{1,2}/[\dOolI]{2,4}(?![\w/])")
_AS_DIGITS = str.maketrans("OolI", "0011")
_NUMERIC_DATES = (_PATTERNS[2], _PATTERNS[4])
# What every match of some patterns holds, searched for before the pattern is (most texts hold none, and the patterns,
# led by a digit, are tried at every digit): "13/11/26", "13 / 11 / 2026", "14-Mar-24" from the separator after the
# day on (the character before it a digit or the end of "st", "nd", "rd", "th"). (Speed: led by the separator.)
GATES = {
    _PATTERNS[4]: re.compile(r"[/.][01]?\d[/.]\d\d"),
    _PATTERNS[5]: re.compile(r"/(?<=[ \t]/)[ \t]*[01]?\d[ \t]*/"),
    _PATTERNS[6]: re.compile(r"[-/](?<=[0-9hdt][-/])[A-Za-z]{3,9}[-/]"),
    _DATE_EAST_ASIA: re.compile(r"[年년]"),
    _DAY_MONTH_HYPHENED: re.compile(r"-(?<=[0-9hdt]-)[A-Z][A-Za-z]{2}"),
    # ("19-06-2026", "the 27th day of March": their hyphens and numbers, their words; each is rare, and its pattern,
    # led by a digit, is tried at every digit)
    _PATTERNS[10]: re.compile(r"day[ \t]+of"),
    _PATTERNS[11]: re.compile(r"-[01]?\d-(?:19|20)\d\d"),
}
# What every date taken from a pattern holds, though not every match of it, searched for before the pattern is: "09 JUL
# 2024" a month's name, or its first three letters, in capitals (a match with another word in capitals, "3 PCS", is
# dropped: ``_month_number``).
TAKEN_GATES = {
    _PATTERNS[7]: re.compile(r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"),
}
# Month names and their short forms, as the patterns of any case read them.
_MONTH_WORDS = {word: i + 1 for i, name in enumerate(MONTHS) for word in (name.lower(), name[:3].lower())}
_MONTH_WORDS["sept"] = 9


NAME = "date"


class DateRecogniser:
    name = NAME

    def find(self, doc: Document) -> Iterator[Span]:
        yield from _read(doc.text)
        misread = list(_misread(doc.text))
        yield from misread
        taken = {(span.start, span.end) for span in misread}
        yield from (span for span in _misread_words(doc.text) if (span.start, span.end) not in taken)
        if "/" in doc.text:
            yield from _short(doc.text)


def _read(text: str, low: int = 0, high: int | None = None, confidence: float = 0.9,
          reason: str = "Exact date") -> Iterator[Span]:
    """The dates ``_PATTERNS`` read in ``text`` (from ``low`` to ``high``)."""
    high = len(text) if high is None else high
    for regex in _PATTERNS:
        if (gate := GATES.get(regex, TAKEN_GATES.get(regex))) is not None and gate.search(text, low, high) is None:
            continue
        for m in regex.finditer(text, low, high):
            if m.start() and (text[m.start() - 1].isalnum() or _after_a_number(text, m.start())) \
                    and not (regex is _PATTERNS[0] and text[m.start() - 1] == "/"):
                continue  # (but "21/22 Sept", two nights)
            month = _month_number(m)
            if month is None or not 1 <= int(m.group("day")) <= 31 or _a_version(m):
                continue
            if regex is _DAY_MONTH_HYPHENED and m.start() and text[m.start() - 1] in "-/":
                continue
            end, year = m.end(), _year(m)
            if time := _TIME_AFTER.match(text, end):
                end = time.end()
                if not year and (after := _YEAR_AFTER.match(text, end)):
                    end, year = after.end(), after.group(1)
            elif regex is _PATTERNS[-1]:
                continue
            attrs = (("month", MONTHS[month - 1]), ("year", year))
            start = m.start()
            # (only before a day and a month's name: "Version 3 - 18/12/2024" is no range)
            first = _FIRST_DAY.search(text, max(0, start - 12), start) if regex is _PATTERNS[0] else None
            if first and not _MONTH_BEFORE.search(text, max(0, first.start() - 12), first.start()):
                start = first.start()
            if m.group().startswith(m.group("day")) and m.group().startswith(("st", "nd", "rd", "th"), len(m.group("day"))) \
                    and (the := _THE_BEFORE.search(text, max(0, start - 4), start)):
                start = the.start()  # ("on the 24th of July": "on July", not "on the July")
            if weekday := _WEEKDAY.search(text, max(0, start - 12), start):
                start = weekday.start()
            yield Span(start, end, "date", NAME, confidence, "Date", m.group().casefold(), reason, attrs)


def _short(text: str) -> Iterator[Span]:
    for start, end, month in short_dates(text):
        if weekday := _WEEKDAY.search(text, max(0, start - 12), start):
            start = weekday.start()
        yield Span(start, end, "date", NAME, 0.8, "Date", text[start:end].casefold(),
                   "Exact date, its year left out", (("month", MONTHS[month - 1]), ("year", "")))


# A word of digits with a letter a scanner read for one of them, an "O" or "o" for a nought, an "l" or "I" for a one:
# "1O JUN 2026", "2l March 2025", "O7 SEP", "Nov 2O25", "l2 / 08 / 2025", "O4/12" (found from a digit beside such a letter;
# the word around it read from there: a class of digits and letters leading a pattern would be tried at every word).
_MISREAD_PAIR = re.compile(r"[\dOolI](?:(?<=\d)[OolI]|(?<=[OolI])\d)")
_MISREAD_WORD = re.compile(r"(?<![\w])[\dOolI]{2,4}(?![\w])")
_RUN_BEFORE = re.compile(r"[\dOolI]*\Z")  # (searched with an end position: the digits and look-alikes before it)
_MISREAD_NEAR = 24  # (a date is read again this far around such a word: no date is longer)


def _misread_words(text: str) -> Iterator[Span]:
    """The dates ``_read`` and ``short_dates`` find once each word with a misread digit is read as printed, that hold
    such a word."""
    words: list[tuple[int, int]] = []
    for pair in _MISREAD_PAIR.finditer(text):
        if words and pair.start() < words[-1][1]:
            continue
        run = _RUN_BEFORE.search(text, max(0, pair.start() - 3), pair.start())
        word = _MISREAD_WORD.match(text, run.start() if run else pair.start())
        if word is not None and pair.end() <= word.end():
            words.append(word.span())
    if not words:
        return
    read = list(text)
    for start, end in words:
        read[start:end] = text[start:end].translate(_AS_DIGITS)
    printed = "".join(read)
    windows: list[list[int]] = []
    for start, end in words:
        if windows and start - _MISREAD_NEAR <= windows[-1][1]:
            windows[-1][1] = end + _MISREAD_NEAR
        else:
            windows.append([max(0, start - _MISREAD_NEAR), min(len(text), end + _MISREAD_NEAR)])
    starts = [start for start, _ in words]
    found = [span for low, high in windows
             for span in _read(printed, low, high, 0.8, "Exact date, letters misread for digits")]
    if "/" in printed:
        found += [span for span in _short(printed) if _MISREAD_WORD.search(text, span.start, span.end)]
    for span in found:
        k = bisect_left(starts, span.start)
        if k < len(starts) and starts[k] < span.end:
            yield span


def _misread(text: str) -> Iterator[Span]:
    """Dates of digits and slashes with a letter misread for a digit (``_MISREAD_AROUND``)."""
    done = 0
    for slash in _MISREAD_DATE.finditer(text):
        if slash.start() < done:
            continue
        found = _MISREAD_AROUND.search(text, max(0, slash.start() - 2), slash.start() + 8)
        if found is None or found.start() > slash.start():
            continue
        done = found.end()
        written = found.group()
        if not any(c in "OolI" for c in written) or sum(c.isdigit() for c in written) < 3:
            continue  # (a date of digits only is the patterns' above)
        printed = written.translate(_AS_DIGITS)
        for regex in _NUMERIC_DATES:
            if (m := regex.fullmatch(printed)) and (month := _month_number(m)) and 1 <= int(m.group("day")) <= 31:
                yield Span(found.start(), found.end(), "date", NAME, 0.8, "Date", printed,
                           "Exact date, letters misread for digits", (("month", MONTHS[month - 1]), ("year", _year(m))))
                break


def _month_number(m: re.Match[str]) -> int | None:
    groups = m.groupdict()
    if groups.get("mnum"):
        number = int(groups["mnum"])
        return number if 1 <= number <= 12 else None
    if groups.get("abroad"):
        return _MONTHS_ABROAD.get(groups["abroad"].lower())
    return _MONTH_WORDS.get(groups["month"].rstrip(".").lower())


def _year(m: re.Match[str]) -> str:
    """The year written, "24" read as 2024 and "98" as 1998 (empty when none is written)."""
    groups = m.groupdict()
    if short := groups.get("short"):
        return ("20" if int(short) < 70 else "19") + short
    return groups.get("year") or ""


def _a_version(m: re.Match[str]) -> bool:
    """Whether two-digit numbers between dots are more likely a version than a date ("3.1.24", not "28.05.24"), or a
    year's numbers between dots, slashes or colons one part of a longer run ("2024.01.15.3")."""
    sep = m.groupdict().get("sep")
    if sep == "." and m.group().startswith(m.group("day")) and (len(m.group("day")) < 2 or len(m.group("mnum")) < 2):
        return True
    return sep in (".", "/", ":") and m.group().startswith(m.groupdict().get("year") or "-") \
        and re.match(r"[/.:]\d", m.string[m.end():m.end() + 2]) is not None


def _after_a_number(text: str, start: int) -> bool:
    """Whether a number and a dot or slash stand just before: the match is the tail of a longer run ("1.10.12.24")."""
    return start >= 2 and text[start - 1] in "./" and text[start - 2].isdigit()


RECOGNISER = DateRecogniser()
