"""Telephone numbers, UK and international, validated with ``phonenumbers``.

A cheap regular expression proposes candidates; ``phonenumbers`` decides (its own matcher scans the
whole text in Python and would cost most of the run's time).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

import phonenumbers

from anonymiser.text.document import Document
from anonymiser.text.spans import Span

# "(?<![\w/.-])(?:\+|00)?\(?\d" + _REST, rewritten to start with its first character ("+", "(" or a
# digit) so ``re`` skips ahead to one instead of trying the look-behind at every position; the
# branches after it are the original's choices in the original order, by what that character was.
_REST = r"[\d \t().-]{7,18}\d(?![\w/-]|\.\d)"
_CANDIDATE = re.compile(rf"[+(\d](?<![\w/.-].)(?:(?<=\+)\(?\d{_REST}|(?<=0)0\(?\d{_REST}|(?<=\()\d{_REST}|(?<=\d){_REST})")
# Where a number may start inside a candidate that held no number: a "+" or a leading "0" after a separator.
_INNER_START = re.compile(r"(?<=[ \t.(])[+0]")
# (and a dial string's conference code after pauses: "+44 20 3443 8817,,618224903#")
# (an extension in another language too: Polish "wewn." or "wew.", German "Durchwahl", French "poste", Italian "interno")
_EXTENSION = re.compile(r"\s*(?:ext\.?|x|wewn?\.?|durchwahl|poste|interno|int\.)\s*-?\d{1,5}|,{1,3}\d{3,12}#?", re.IGNORECASE)


class PhoneRecogniser:
    name = "phone"

    def find(self, doc: Document) -> Iterator[Span]:
        yield from self._find(doc, doc.text)
        if not _MISREAD.search(doc.text):
            return
        # a scanned page: "TEL 0l539 72O 664" read with an l for 1 and an O for 0 (read again near such a group only)
        misread = sorted({m.span() for hit in _MISREAD.finditer(doc.text)
                          for m in _MISREAD_TOKEN.finditer(doc.text, max(0, hit.start() - 6), hit.end() + 6)
                          if m.start() <= hit.start() < m.end() and m.group().translate(_AS_DIGITS) != m.group()})
        if not misread:
            return
        read = list(doc.text)
        for start, end in misread:
            read[start:end] = doc.text[start:end].translate(_AS_DIGITS)
        text = "".join(read)
        windows: list[list[int]] = []  # (around each group, merged where they meet: each stretch read once)
        for start, end in misread:
            if windows and start - _NEAR <= windows[-1][1]:
                windows[-1][1] = end + _NEAR
            else:
                windows.append([max(0, start - _NEAR), end + _NEAR])
        starts = [start for start, _ in misread]
        for low, high in windows:
            for span in self._find(doc, text, low, high):
                k = bisect_left(starts, span.start)
                if k < len(starts) and starts[k] < span.end:
                    yield span

    def _find(self, doc: Document, text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
        for match in _CANDIDATE.finditer(text, start, len(text) if end is None else end):
            at, found = match.start(), self._number(doc, match.start(), match.group())
            if found is None and (bracket := match.group().rfind(" (")) > 0:
                found = self._number(doc, at, match.group()[:bracket])  # "01236 814 500 (24 h)"
            if (found is None or found[1] < _VALID) and match.group().startswith("(") \
                    and (close := match.group().find(") ")) > 0:
                # "(01506 960 486) 30 min before": a number in brackets, and what follows them is not part of it
                found = self._number(doc, at, match.group()[:close + 1]) or found
            if found is None and (inner := _INNER_START.search(text, match.start() + 1, match.end())):
                # "till 7. 07700 900861": a number read with what stood before it, read again from its own start
                at = inner.start()
                found = self._number(doc, at, text[at:match.end()])
            if found is None:
                continue
            number, confidence, length = found
            end = at + length
            ext = _EXTENSION.match(text, end)
            if ext:
                end = ext.end()
            key = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            yield Span(at, end, "contact", self.name, confidence, "Phone", key, "Telephone number")

    @staticmethod
    def _number(doc: Document, start: int, candidate: str) -> tuple[phonenumbers.PhoneNumber, float, int] | None:
        """The number a candidate holds, how sure that is, and the candidate's length; ``None`` if none."""
        if sum(ch.isdigit() for ch in candidate) < 9 or _looks_like_date_or_range(candidate):
            return None
        try:
            number = phonenumbers.parse(candidate, "GB")
        except phonenumbers.NumberParseException:
            return None
        confidence = _confidence(candidate, number)
        if confidence == 0.0 and _IRISH_NON_GEOGRAPHIC.match(candidate):
            # "1800 555 214": an Irish freephone or shared-cost number, written without "+353" as Ireland writes it
            number = phonenumbers.parse(candidate, "IE")
            confidence = 0.9 if phonenumbers.is_valid_number(number) else 0.0
        if confidence == 0.0 and _NORTH_AMERICAN.fullmatch(candidate):
            # "(484) 555-0173": a number of the US or Canada, written as they write it, without its "+1"
            number = phonenumbers.parse(candidate, "US")
            confidence = 0.9 if phonenumbers.is_valid_number(number) else 0.0
        if confidence == 0.0 and _written_as_a_phone(doc, start, candidate):
            confidence = 0.7  # a number mistyped or of a plan phonenumbers does not know is still a number
        return (number, confidence, len(candidate)) if confidence else None


# Ireland's freephone and shared-cost ranges, spaced as written there: "1800 555 214", "1850 94 7712".
_IRISH_NON_GEOGRAPHIC = re.compile(r"18[059]0[ \t]\d")
# An area code in brackets, then three digits and four: "(484) 555-0173", "(416) 555 2398".
_NORTH_AMERICAN = re.compile(r"\([2-9]\d{2}\)[ \t]?[2-9]\d{2}[ .-]\d{4}")


_VALID = 0.95


def _confidence(candidate: str, number: phonenumbers.PhoneNumber) -> float:
    """Valid numbers are certain; merely possible ones count when written like a phone number."""
    if phonenumbers.is_valid_number(number):
        return _VALID
    if phonenumbers.is_possible_number(number) and candidate.lstrip("(").startswith(("0", "+")):
        return 0.75
    return 0.0


def _written_as_a_phone(doc: Document, start: int, candidate: str) -> bool:
    """An international number ("+44 (0)1603 496 0187", one digit too many), a UK one spaced as a phone
    number is ("01903 555 4410") or one after a word for a telephone ("by phone on 01632 96001"): 10 to 15
    digits."""
    digits = sum(ch.isdigit() for ch in candidate)
    if not 10 <= digits <= 15:
        return False
    if candidate.startswith("+") or _UK_SHAPED.fullmatch(candidate):
        return True
    return candidate.lstrip("(").startswith("0") and bool(_PHONE_WORD.search(doc.lower, max(0, start - 24), start))


# A letter read for a digit inside a group of digits: "0l539", "72O", "4I6" (never a word: "I1" is no group).
_MISREAD = re.compile(r"[\dOlI](?:(?<=\d)[OlI]|(?<=[OlI])\d)")  # ("\d[OlI]|[OlI]\d", led by a class: ``re`` skips ahead)
_MISREAD_TOKEN = re.compile(r"(?<![\w])(?=[\dOlI]*\d[\dOlI]*\d)[\dOlI]{3,6}(?![\w])")
_AS_DIGITS = str.maketrans("OlI", "011")
_NEAR = 24  # (a number is read again this far around a misread group: no number is longer)

# A UK number as people space it, a digit too many or of a range no plan holds: "01903 555 4410".
_UK_SHAPED = re.compile(r"\(?0[1-9]\d{2,4}\)?[ \t]\d{3}[ \t]\d{3,4}")


_PHONE_WORD = re.compile(r"\b(?:phone|tel|telephone|mobile|mob|call|ring|fax|whatsapp|text)\b[^\n]{0,12}$")


def _looks_like_date_or_range(candidate: str) -> bool:
    return bool(re.fullmatch(r"[\d.]+\s*-\s*[\d.]+", candidate)) or bool(_YEARS_OR_DATE.search(candidate))


# "2019-2024", or an ISO date ("1.3  2024-09-03" is a version and a date in a change history)
_YEARS_OR_DATE = re.compile(r"\b(?:19|20)\d\d\s*-\s*(?:19|20)\d\d\b|\b(?:19|20)\d\d-[01]\d-[0-3]\d\b")


RECOGNISER = PhoneRecogniser()
