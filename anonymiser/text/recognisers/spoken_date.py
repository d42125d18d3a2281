"""Dates as they are said, and as transcripts, captions, dictation and voicemail write them down: "the fourth of June",
"Thursday the ninth of May", "Eighth of Nov", "April the nineteenth", "the thirtieth of June twenty twenty-five",
"Tuesday the fifth", "put it in for the fourteenth, comma" and "on the, er, the ninth? Ninth of Nov".

The one reader of ordinal days, said or written ("Thurs 27th", "Saturday the 2nd", "the ninth of october twenty twenty
five"). A day said as an ordinal (in words, or "14th"), with a month after "of" or before it, or after a weekday; or
alone after "on the", "for the", "from the", "until the" and the like at a clause's end (not "first", "second" or
"third" alone, which count things as often: "for the second time", "on the first attempt"; nor a day in digits alone,
"on the 30th", the written dates' own), or said again as a date just after. A share is no day ("a third of March's
output", "one fifth of June"), nor a day its month does not have. Kept as month and year, like any date; a day with only
its weekday keeps the weekday; a day said alone is a placeholder.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.recognisers.date import MONTHS
from anonymiser.text.spans import Span
from anonymiser.text.wordtrie import trie_pattern

NAME = "spoken_date"

_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = ("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
          "nineteenth").split()
_ORDINAL_WORDS = [*_UNITS, *_TEENS, "twentieth", "thirtieth",
                  *(f"twenty{gap}{unit}" for gap in ("-", " ", "") for unit in _UNITS),
                  *(f"thirty{gap}first" for gap in ("-", " ", ""))]
_NOT_AFTER = r"[\w-]"
_DAY_OF = {word: day for day, word in enumerate([*_UNITS, *_TEENS], 1)}
_DAY_OF.update(twentieth=20, thirtieth=30)
# (as a trie, each word's first letter guarded against a letter or a hyphen before it: ``re`` skips ahead to those
# letters instead of trying the alternation at every position)
_ORDINAL = (rf"(?:{trie_pattern(_ORDINAL_WORDS, not_after=_NOT_AFTER)}(?![\w-])"
            r"|\d(?<![\w-]\d)(?:(?<=[0-3])\d)?(?:st|nd|rd|th)(?![\w-]))")
_WORD_ORDINAL = rf"(?:{trie_pattern(_ORDINAL_WORDS, not_after=_NOT_AFTER)}(?![\w-]))"
_MONTH = (r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december"
          r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![\w-])\.?)(?![\w-])")
_WEEKDAYS = ["monday", "mon", "tuesday", "tues", "tue", "wednesday", "weds", "wed", "thursday", "thurs", "thur", "thu",
             "friday", "fri", "saturday", "sat", "sunday", "sun"]
# Weekdays cut short that are also verbs ("we sat", "to wed", "sun-dried"): weekdays only with their capital and a day.
VERB_WEEKDAYS = frozenset({"sat", "wed", "sun"})
_WEEKDAY = rf"(?P<weekday>{trie_pattern(_WEEKDAYS, not_after=_NOT_AFTER)})"
_YEAR_WORDS = (r"(?:(?:19|20)\d\d(?![\w-])|twenty[ -](?:twenty|nineteen)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?"
               r"(?![\w-])|two[ ]thousand(?:[ ]and)?[ ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
               r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[ -](?:one|two|three|four|five|six|"
               r"seven|eight|nine))?)(?![\w-]))")
_YEAR = rf"(?:,?[ \t]+(?P<year>{_YEAR_WORDS}))?"
# Between the words of a date said: a space, or a caption's line break ("go-live is monday\nseventh").
_GAP = r"[ \t]*\n?[ \t]*(?<=[ \t\n])"
# A speaker's hesitation after "the": "until the, er, twenty-second".
_THE = rf"the(?:[ \t]*,?[ \t]+(?:uh|um|er|erm|ah)[ \t]*,?)?{_GAP}"
# The lower-cased text is read; a date with its month: "(Thursday )(the )ninth of May (twenty twenty-five)"...
_DAY_OF_MONTH = re.compile(rf"(?P<day>{_ORDINAL}){_GAP}of{_GAP}{_MONTH}{_YEAR}")
# ... a month before its day: "April the nineteenth", "November ninth" (the month's capital checked in the text:
# "you may first check" is no date)...
_MONTH_DAY = re.compile(rf"{_MONTH}[ \t]+(?P<the>the[ \t]+)?(?P<day>{_WORD_ORDINAL}){_YEAR}")
# ... a weekday and the day: "Tuesday the fifth", "Tuesday the 5th", "monday seventh", "Thursday 14th", "Thurs 3rd".
_WEEKDAY_DAY = re.compile(rf"{_WEEKDAY}\.?,?{_GAP}(?:{_THE})?(?P<day>{_ORDINAL})")
_WEEKDAY_BEFORE = re.compile(rf"{_WEEKDAY}\.?,?[ \t]+(?:the[ \t]+)?$")
_THE_BEFORE = re.compile(r"(?<![\w-])the[ \t]+$")
# A day alone after a word that dates something, at a clause's end (a dictated "comma" or "full stop" too, a dash, or a
# word that opens another clause): "put the audit in for the fourteenth comma", "from the ninth onwards", "away from the
# ninth so the report has to go before", "on the nineteenth – no, wait".
_DATING_WORDS = ["on", "for", "from", "by", "until", "till", "til", "since", "before", "after", "due", "of", "over"]
_DAY_ALONE = re.compile(rf"{trie_pattern(_DATING_WORDS, not_after=_NOT_AFTER)}[ \t]+{_THE}"
                        rf"(?P<day>{_WORD_ORDINAL})(?=[ \t]*(?:[.,;:?!)\n\u2013\u2014]|$|comma\b|full[ \t]+stop\b|onwards?\b|"
                        r"[ \t]-[ \t]|(?:then|so|but|because|when|if|which|i|we|you|he|she|they|um|uh|er|erm|sorry)\b))")
# A day said alone, then again as a date: "on the, er, the ninth? Ninth of Nov".
_DAY_THEN_DATE = re.compile(rf"t(?<![\w-]t)he[ \t]+(?P<day>{_ORDINAL})[ \t]*[?.,!][ \t]*(?:[a-z]+[ \t,]+)??(?P<again>{_ORDINAL})"
                            rf"[ \t]+of[ \t]+{_MONTH}")
_COUNTING = frozenset({"first", "second", "third"})
_MONTH_NUMBER = {name.lower(): i for i, name in enumerate(MONTHS, 1)}
_MONTH_NUMBER.update({name[:3].lower(): i for i, name in enumerate(MONTHS, 1)})
_MONTH_NUMBER["sept"] = 9


class SpokenDateRecogniser:
    name = NAME

    def find(self, doc: Document) -> Iterator[Span]:
        lower, text = doc.lower, doc.text
        if not _ANY_ORDINAL.search(lower):
            return
        for m in _DAY_OF_MONTH.finditer(lower):
            start, weekday = m.start(), ""
            if _FRACTION_BEFORE.search(lower, max(0, start - 12), start) or not _in_month(m):
                continue  # ("about a third of March output", "a fifth of May production": a fraction, no date)
            if before := _WEEKDAY_BEFORE.search(lower, max(0, start - 16), start):
                start, weekday = before.start(), text[before.start("weekday"):before.end("weekday")]
            elif the := _THE_BEFORE.search(lower, max(0, start - 8), start):
                start = the.start()  # ("on the third of February": the day said with its article)
            yield self._span(text, start, m.end(), m, "A date said: its day as an ordinal, then its month", weekday)
        for m in _MONTH_DAY.finditer(lower):
            if m.group("month") == "may" and m.group("the") and not m.group("year") \
                    and not _CLAUSE_END.match(lower, m.end()):
                continue  # ("May the fourth be with you": a wish, not a date)
            if text[m.start()].isupper() and _in_month(m):
                yield self._span(text, m.start(), m.end(), m, "A date said: its month, then its day as an ordinal")
        for m in _WEEKDAY_DAY.finditer(lower):
            weekday = m.group("weekday")
            if not weekday.endswith("day") and text[m.start()].islower() and not m.group("day")[0].isdigit():
                continue  # ("we sat the second exam": a weekday cut short is one only with its capital or a day in digits)
            if weekday in VERB_WEEKDAYS and (text[m.start()].islower()
                                             or "the" in m.group() and not m.group("day")[0].isdigit()):
                continue  # ("the team sat 3rd in the league", "Sat the fifth exam": a verb; "Wed the 4th" a day)
            if _OF_MONTH.match(lower, m.end()):
                continue  # (read above with its month: "Thursday the fourth of March")
            yield self._span(text, m.start(), m.end(), m, "A date said: a weekday and its day as an ordinal",
                             text[m.start("weekday"):m.end("weekday")])
        for m in _DAY_ALONE.finditer(lower):
            # (a day alone only near a month or a weekday, on a line of speech, or just after a speaker's "er": "the pump
            # is on the fifth." in a report, "over the fourth, fifth and sixth runs" count things)
            if m.group("day") not in _COUNTING and not _LIST_AFTER.match(lower, m.end()) \
                    and (_DATED_NEAR.search(lower, max(0, m.start() - 120), m.end() + 120)
                         or _HESITATION.search(lower, max(0, m.start() - 120), m.end())
                         or doc.speech.contains(m.start("day"))):
                yield self._span(text, m.start("day"), m.end(), m, "A day of the month said alone")
        for m in _DAY_THEN_DATE.finditer(lower):
            if _day(m.group("day")) == _day(m.group("again")):
                yield self._span(text, m.start("day"), m.end("day"), m, "A day said, then said again as a date")

    def _span(self, text: str, start: int, end: int, m: re.Match[str], reason: str, weekday: str = "") -> Span:
        groups = m.groupdict()
        month = _MONTH_NUMBER.get((groups.get("month") or "").rstrip("."))
        year = _year(groups.get("year") or "")
        attrs = (("month", MONTHS[month - 1] if month else ""), ("year", year), ("weekday", weekday))
        return Span(start, end, "date", NAME, 0.85, "Date", text[start:end].casefold(), reason, attrs)


_ANY_ORDINAL = re.compile(_ORDINAL)
_FRACTION_BEFORE = re.compile(r"(?<![\w-])(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|every|each|per)[ \t]+$")
_OF_MONTH = re.compile(rf"{_GAP}of{_GAP}{_MONTH}")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:?!)\n]|$)")
_LIST_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?:(?:and|or|to)[ \t]+)?{_WORD_ORDINAL}")
_DATED_NEAR = re.compile(r"(?<![\w-])(?:january|february|march|april|june|july|august|september|october|november|december"
                         r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\w-])")
_HESITATION = re.compile(r",[ \t]*(?:uh|um|er|erm|ah)\b")
_DAYS_IN = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _in_month(m: re.Match[str]) -> bool:
    """Whether the day said is one its month has ("the thirty-first of June" is no date)."""
    return _day(m.group("day")) <= _DAYS_IN[_MONTH_NUMBER[m.group("month").rstrip(".")] - 1]


def _day(said: str) -> int:
    said = said.replace("-", " ")
    if said[:1].isdigit():
        return int(said.rstrip("stndrh"))
    for tens, value in (("twenty", 20), ("thirty", 30)):
        if said.startswith(tens) and said != tens + "ieth":
            rest = said[len(tens):].strip()
            return value + _DAY_OF.get(rest, 0)
    return _DAY_OF.get(said, 0)


_SMALL = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}


def _year(said: str) -> str:
    """The year said, as digits ("twenty twenty-four" → "2024", "two thousand and nine" → "2009"), or ""."""
    if not said or said[:1].isdigit():
        return said
    words = said.replace("-", " ").split()
    if words[0] == "two":  # "two thousand (and) nine", "two thousand and twenty one"
        rest = [w for w in words[2:] if w != "and"]
        value = 2000 + (20 if rest and rest[0] == "twenty" else 0) + sum(_SMALL.get(w, 0) for w in rest if w != "twenty")
        return str(value)
    century = {"twenty": 20, "nineteen": 19}.get(words[1], 0) if len(words) > 1 else 0
    if words[0] == "twenty" and century == 20:
        return str(2020 + (_SMALL.get(words[2], 0) if len(words) > 2 else 0))
    if words[0] == "twenty" and century == 19:
        return "2019"
    return ""


RECOGNISER = SpokenDateRecogniser()
