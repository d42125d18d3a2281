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
from anonymiser.text.link_schemes import PHONE_SCHEMES, scheme_before
from anonymiser.text.phones_abroad import numbers_abroad
from anonymiser.text.spans import Span

# "(?<![\w/.-])(?:\+|00)?\(?\d" + _REST, rewritten to start with its first character ("+", "(" or a
# digit) so ``re`` skips ahead to one instead of trying the look-behind at every position; the
# branches after it are the original's choices in the original order, by what that character was.
# (an extension glued to the number may follow it: "01632 960418x4471", "960418ext.22", "960418;ext=22"; a link's
# scheme with its "//" may stand before it, "facetime://+441632960418", where a path's "/" may not)
_REST = r"[\d \t().-]{7,18}\d(?!(?![xX]\d|(?i:ext)\.?\d)[\w/-]|\.\d)"
_CANDIDATE = re.compile(rf"[+(\d](?:(?<![\w/.-].)|(?<=[a-z]://.))(?:(?<=\+)\(?\d{_REST}|(?<=0)0\(?\d{_REST}|(?<=\()\d{_REST}|(?<=\d){_REST})")
# Where a number may start inside a candidate that held no number: a "+" or a leading "0" after a separator (a
# full stop too, but not a decimal point: "230,700.00  14.06.2024" holds no number).
_INNER_START = re.compile(r"(?<=[ \t(])[+0]|(?<=\D\.)[+0]")
# (and a dial string's conference code after pauses: "+44 20 3443 8817,,618224903#", and a passcode after more,
# "...,,81234567890#,,,,*482913#", as a one-tap link dials them; its commas escaped in a
# calendar file: "+44 20 7946 0188\\,\\,512734809#"; not another number after one comma, "07700 900311,07700 900312",
# nor digits read on after one: "..., 618 224 903")
# (an extension in another language too: Polish "wewn." or "wew.", German "Durchwahl", French "poste", Italian "interno")
# (and after a slash or a comma, as a form's "Phone / ext:" field holds both: "028 9018 0433 / x319")
# (in brackets too, "(x214)", and more than one, "ext 214/215")
# (and Brazil's "Ramal", China's "转" and "分机", Japan's and Taiwan's "内線"/"內線")
# (its word, also in full, and a colon, as a form writes them: "01632 960418 Ext.: 22", "Extension: 2204"; "x: 22" is
# no extension)
_EXTENSION = re.compile(r"(?:[ \t]*[/,(][ \t]*(?=ext|x[ ]?\d)|;(?=ext=)|\s*)(?:extension|extn\.?|ext\.?|x|wewn?\.?|durchwahl|poste|interno|int\.|ramal|"
                        r"\u8f6c|\u5206\u673a|\u5185\u7dda|\u5167\u7dda)\s*(?:(?:(?<=[^\W\d_]{2})|(?<=\.))[ \t]*[:=][ \t]*)?-?\d{1,5}"
                        r"(?:/\d{1,5})*"
                        r"|(?:(?:\\?,){2,3}|\\?,(?!0[1-9]))\d{3,12}(?:#(?:(?:\\?,){1,6}\*?\d{3,12}#)?|(?![ \t]*\d))",
                        re.IGNORECASE)
# A GS1 application identifier before its value: two digits in brackets, a digit straight after ("(17)270131");
# no area code is two digits.
_GS1_AI = re.compile(r"\(\d\d\)\d")
# A group of one or two digits after a number, one space from it: "07700 922 481 60".
_COLUMN_GAP = re.compile(r"\t|   ")
# Two spaces between a number and what follows it, where the whole is no number: "01632 960418  07700 900311".
_TWO_SPACES = re.compile(r"  ")
_STRAY_GROUP = re.compile(r"(?<=\d) \d{1,2}\Z")
# A label of one letter before a number, as a letterhead or a drawing's title block prints it: "T 01632 960 310".
_LETTER_LABEL = re.compile(r"(?:^|(?<=[\s.|(]))[TFM][ \t]$")
# The same with a mark after it, as a card prints it: "M: 98765 43210", "T. 6123 4567" (the label kept out of the span).
_LETTER_LABEL_MARKED = re.compile(r"(?:^|(?<=[\s|(]))[TFM][.:][ \t]*$")
# The end of a number written and corrected straight after: "07700 900 612 sorry 900 621", "..., I mean 621".
_CORRECTION = re.compile(r"[ \t,.(\u2013\u2014-]+(?:sorry|i[ \t]+mean|correction|make[ \t]+that|or[ \t]+rather|no[ \t,]+wait|"
                         r"should[ \t]+(?:be|read|have[ \t]+been)|scratch[ \t]+that|typo)[ \t,:\u2013\u2014-]+"
                         r"(?:(?:it's|that's|its)[ \t]+)?(?P<tail>\d{2,6}(?:[ \t]\d{2,4}){0,2})(?![\w.,/-]?\d)", re.IGNORECASE)


_GLUED_EXTENSION = re.compile(r"[xX]\d|(?i:ext)\.?\d")
# A number written in groups as a phone is, before an extension glued to it: an international one ("+44(0)1632
# 960418x22"), or a UK area code of three to five digits, then six to eight ("01632 960418x4471", "020 7946 0321x22";
# not "01 2345 6789x10"), ten or eleven digits in all.
_GROUPED_AS_A_PHONE = re.compile(r"\+[\d()]*[ -]|\(?0[1-9]\d{1,3}(?:\)[ -]?|[ -])(?:\d{6,8}|\d{3,4}[ -]\d{3,4})\Z")
# A label of a code before it: "Lot 0123 456789x10" is a lot and a count, however its digits are grouped.
_CODE_LABEL_BEFORE = re.compile(r"\b(?:lot|batch|sample|serial)(?:[ \t]*(?:no\.?|number|#))?[ \t.:#-]*$")
# A label's letter glued to a number's "+": "T+44 1632 960418", "Mob+353 87 123 4567" (the letter, looked behind at).
_GLUED_PLUS = re.compile(r"\+(?<=[A-Za-z]\+)(?=\(?\d)")
# The scheme a link writes before a number ("tel:+441632960418", "callto:", "sms:"), part of the number's link
# (``link_schemes``). Only in lower case: "Tel:01632 960418" on a card is a label, kept before the number's placeholder.
_SCHEME_HINT = re.compile("(?:" + "|".join(sorted(PHONE_SCHEMES)) + "):")


class PhoneRecogniser:
    name = "phone"

    def find(self, doc: Document) -> Iterator[Span]:
        if not _SCHEME_HINT.search(doc.text):
            yield from self._numbers(doc)
            return
        for span in self._numbers(doc):
            scheme = scheme_before(doc.text, span.start, PHONE_SCHEMES, lower_case_only=True)
            yield span.moved(scheme, span.end) if scheme is not None else span

    def _numbers(self, doc: Document) -> Iterator[Span]:
        readings = _Readings()
        found = list(self._find(doc, doc.text, readings))
        yield from found
        if "\n" in doc.text:
            yield from _split_across_lines(doc, found, readings)
        if "/" in doc.text:
            yield from _slashed(doc, readings)
            yield from _two_by_a_slash(doc, readings)
        if "/" in doc.text or " or " in doc.text:
            yield from _with_alternatives(doc, readings)
        if "\u2013" in doc.text:
            yield from self._en_dashed(doc, readings)
        if "(0)" in doc.text:
            yield from _plus_left_out(doc)
        if "(" in doc.text:
            yield from _japanese_exchange_in_brackets(doc)
        if "+" in doc.text and _GLUED_PLUS.search(doc.text):
            yield from self._glued_to_a_label(doc, readings)
        for start, end, number in numbers_abroad(doc.text, doc.lower):
            yield Span(start, end, "contact", self.name, _VALID, "Phone",
                       phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), "Telephone number")
        if not _MISREAD.search(doc.text):
            return
        # a scanned page: "TEL 0l539 72O 664" read with an l for 1 and an O for 0 (read again near such a group only)
        misread = _misread_groups(doc.text)
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
            for span in self._find(doc, text, readings, low, high):
                k = bisect_left(starts, span.start)
                if k < len(starts) and starts[k] < span.end:
                    yield span

    def _en_dashed(self, doc: Document, readings: _Readings) -> Iterator[Span]:
        """Numbers with an en dash between their groups, as a word processor writes a typed hyphen ("0161–496–0733",
        "01632 – 960 518"): read with hyphens for the dashes (the same length), near each dash between digits."""
        dashes = [dash.start() for dash in _EN_DASH_IN_NUMBER.finditer(doc.text)]
        if not dashes:
            return
        text = doc.text.replace("\u2013", "-")
        low = high = -1
        for dash in dashes:
            if dash - _NEAR > high:
                if high >= 0:
                    yield from self._with_a_dash(doc, text, readings, low, high)
                low = max(0, dash - _NEAR)
            high = dash + _NEAR
        yield from self._with_a_dash(doc, text, readings, low, high)

    def _glued_to_a_label(self, doc: Document, readings: _Readings) -> Iterator[Span]:
        """Numbers whose "+" a signature glues to its label: "T+44 1632 960418", "Tel+44 (0)1632 960418" (read again
        with the label's last letter as a space, the same length: the text's offsets hold)."""
        pluses = [glued.start() for glued in _GLUED_PLUS.finditer(doc.text)]
        read = list(doc.text)
        for plus in pluses:
            read[plus - 1] = " "
        text = "".join(read)
        for plus in pluses:
            for span in self._find(doc, text, readings, plus, min(len(text), plus + _NEAR + 8)):
                if span.start == plus:
                    yield span

    def _with_a_dash(self, doc: Document, text: str, readings: _Readings, low: int, high: int) -> Iterator[Span]:
        for span in self._find(doc, text, readings, low, high):
            if "\u2013" in doc.text[span.start:span.end]:
                yield span

    def _find(self, doc: Document, text: str, readings: _Readings, start: int = 0, end: int | None = None) -> Iterator[Span]:
        stop = len(text) if end is None else end
        after = start
        while match := _CANDIDATE.search(text, after, stop):
            after = match.end()
            at, candidate = match.start(), match.group()
            if ")" in candidate and _GS1_AI.search(text, max(0, at - 1), match.end()):
                continue  # "(17)270131 (10)": a pack's element string, its identifiers in brackets, no number
            found = readings.number(doc, at, candidate)
            if (gap := _COLUMN_GAP.search(candidate) or (found is None and _TWO_SPACES.search(candidate))) \
                    and (head := readings.number(doc, at, candidate[:gap.start()].rstrip())) is not None:
                # "01632 960 593     13 Mar. 2024": a number and the next column's figures, a gap between them (read
                # again from the gap: "01632 960418<tab>07700 900311", a table's next column may hold another number)
                candidate, found = candidate[:gap.start()].rstrip(), head
            if found is None and (bracket := candidate.rfind(" (")) > 0:
                candidate = candidate[:bracket]  # "01236 814 500 (24 h)"
                found = readings.number(doc, at, candidate)
            if (found is None or found < _VALID) and match.group().startswith("(") \
                    and (close := match.group().find(") ")) > 0 \
                    and (inside := readings.number(doc, at, match.group()[:close + 1])) is not None:
                # "(01506 960 486) 30 min before": a number in brackets, and what follows them is not part of it
                candidate, found = match.group()[:close + 1], inside
            if found is None and candidate.startswith(("0", "+")) and (stray := _STRAY_GROUP.search(candidate)) \
                    and stray.start() >= 9 \
                    and readings.number(doc, at, candidate[:stray.start()]) is not None:
                # "that's 07700 922 481 60... sorry": a number, said or typed with a stray group after it (the whole
                # is redacted, the number's key kept)
                key = readings.key(candidate[:stray.start()])
                yield Span(at, at + len(candidate), "contact", self.name, 0.8, "Phone", key, "Telephone number")
                continue
            if found is None and (inner := _INNER_START.search(text, match.start() + 1, match.end())):
                # "till 7. 07700 900861": a number read with what stood before it, read again from its own start
                at, candidate = inner.start(), text[inner.start():match.end()]
                found = readings.number(doc, at, candidate)
            if found is None:
                continue
            end = at + len(candidate)
            if _GLUED_EXTENSION.match(text, end) and found < _VALID and not _after_a_phone_word(doc, at) \
                    and not (_grouped_as_a_phone(candidate) and not _CODE_LABEL_BEFORE.search(doc.lower, max(0, at - 16), at)):
                continue  # ("sample 0123456789x10": a code and a count; a number with its extension glued is written
                # in groups, and after no label of a code, or valid, or after a word for a phone)
            ext = _EXTENSION.match(text, end)
            if ext:
                end = ext.end()
            if _LETTER_LABEL.search(text, max(0, at - 3), at):
                at -= 2
            key = readings.key(candidate)
            yield Span(at, end, "contact", self.name, found, "Phone", key, "Telephone number")
            after = min(after, end)  # (a candidate cut short: what followed it is read again, it may be another number)
            if fix := _corrected(text, end, key):
                yield fix


def _grouped_as_a_phone(candidate: str) -> bool:
    """Whether a candidate is grouped as a phone number is (``_GROUPED_AS_A_PHONE``), a UK one of 10 or 11 digits."""
    grouped = _GROUPED_AS_A_PHONE.match(candidate)
    return grouped is not None and (candidate.startswith("+") or 10 <= _digits(candidate) <= 11)


# A number broken across two lines by a narrow column or a wrapped mail: "Call me on 07700 900\n837", "Phone: 01632\n960 418".
# (led by its line's break, which ``re`` skips ahead to; the start of the number looked for before it)
_LINE_BREAK_IN_NUMBER = re.compile(r"\d[ \t]*\n[ \t]*\d[\d \t-]{1,10}\d(?![\w/-]|\.\d)|\d[ \t]*\n[ \t]*\d{3,4}(?![\w/-]|\.\d)")
_NUMBER_BEFORE_BREAK = re.compile(r"(?<![\w/.-])(?:\+|0)[\d \t().-]{2,14}\d\Z")


def _split_across_lines(doc: Document, found: list[Span], readings: _Readings) -> Iterator[Span]:
    """A number written half on one line and half on the next, read as the first pass reads one line's (not where
    the first half is a number found already): each half is the number (one placeholder)."""
    text = doc.text
    for tail in _LINE_BREAK_IN_NUMBER.finditer(text):
        head = _NUMBER_BEFORE_BREAK.search(text, max(0, tail.start() - 18), tail.start() + 1)
        if head is None or any(s.start < tail.end() and head.start() < s.end for s in found):
            continue
        second = text.index("\n", tail.start())
        rest = second + 1
        while text[rest] in " \t":
            rest += 1
        candidate = text[head.start():second].rstrip() + " " + text[rest:tail.end()]
        if (sure := readings.number(doc, head.start(), candidate)) is None:
            continue
        key = readings.key(candidate)
        yield Span(head.start(), len(text[:second].rstrip()), "contact", PhoneRecogniser.name, sure, "Phone", key,
                   "Telephone number, across a line break")
        yield Span(rest, tail.end(), "contact", PhoneRecogniser.name, sure, "Phone", key,
                   "Telephone number, across a line break")


# A Japanese number with its exchange in brackets, as Japanese letterheads print it: "03(1234)5678", "TEL.06(6123)4567"
# (a word or a full stop may stand straight before it; a digit may not).
_JAPANESE_BRACKETS = re.compile(r"0(?<![\d(]0)\d{1,4}\(\d{1,4}\)\d{4}(?![\d)])")


def _japanese_exchange_in_brackets(doc: Document) -> Iterator[Span]:
    for match in _JAPANESE_BRACKETS.finditer(doc.text):
        number = _parsed(match.group(), "JP")
        if number is not None and phonenumbers.is_valid_number(number):
            yield Span(match.start(), match.end(), "contact", PhoneRecogniser.name, 0.9, "Phone",
                       phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), "Telephone number")


# A number with a slash after its area code, as a form or a German letterhead writes it: "0113/496 0742",
# "07700/900318", "0621/555-1234", "+49 621/555-1234".
_SLASHED = re.compile(r"[+(0](?<![\w/.-].)(?:(?<=\+)\d{1,3}[ ]?(?:\(0\)[ ]?)?\d{2,4}|(?<=\()0\d{2,4}\)|(?<=0)\d{2,4})"
                      r"/[ ]?\d{3,4}[ -]?\d{2,4}(?![\w/-]|\.\d)")


def _slashed(doc: Document, readings: _Readings) -> Iterator[Span]:
    """Numbers with a slash after the area code: read with a space for the slash, valid ones wherever they are
    and others after a word for a telephone ("01/02/2024 10/11" holds too few digits to be read at all)."""
    for match in _SLASHED.finditer(doc.text):
        candidate = match.group().replace("/", " ")
        sure = readings.number(doc, match.start(), candidate)
        if sure is None or (sure < _VALID and not _after_a_phone_word(doc, match.start())):
            continue
        yield Span(match.start(), match.end(), "contact", PhoneRecogniser.name, sure, "Phone",
                   readings.key(candidate), "Telephone number")


# An en dash between two digits (one space either side at most).
_EN_DASH_IN_NUMBER = re.compile(r"\u2013(?:(?<=\d\u2013)|(?<=\d \u2013))(?=[ ]?\d)")
# A UK number written with "(0)" and its country code but not the "+" before it: "44 (0)1632 960 518".
_PLUS_LEFT_OUT = re.compile(r"44(?<![\w+]44)[ \t]?\(0\)[ \t]?[1-9][\d \t-]{7,13}\d(?![\w/-]|\.\d)")


# ("00 44 (0) 1632 960 518": the international prefix written for the "+")
_EXIT_CODE_BEFORE = re.compile(r"(?<![\w+])00[ \t]?\Z")


def _plus_left_out(doc: Document) -> Iterator[Span]:
    for match in _PLUS_LEFT_OUT.finditer(doc.text):
        try:
            number = phonenumbers.parse("+" + match.group(), None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            sure = _VALID if phonenumbers.is_valid_number(number) else 0.75
            prefix = _EXIT_CODE_BEFORE.search(doc.text, max(0, match.start() - 4), match.start())
            yield Span(prefix.start() if prefix else match.start(), match.end(), "contact", PhoneRecogniser.name, sure, "Phone",
                       phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), "Telephone number")


# A number with the other lines of its switchboard after a slash, as a letterhead writes them: "020 7946 0321/2",
# "0161 496 0410/0411" (the alternative the number's own last digits, changed).
# (the slash spaced too, "01632 960418 / 960419", or the word "or", "020 7946 0321 or 0322", the alternative then no
# number of its own, not "/ 07700 900311", and spaced as the number's end may be: "01632 960418 or 960 419")
_ALTERNATIVES = re.compile(r"[+0](?<![\w/.-].)[\d \t().-]{8,18}\d"
                           r"(?:/\d{1,6}|[ ](?:/|or)[ ]\d{2,6}(?:[ ]\d{2,4})?(?![ \t]?\d|[ ][a-z]))+(?![\w/]|[.-]\d)")
# One alternative after its number: its separator and its digits.
_ALTERNATIVE = re.compile(r"(?P<sep>/|[ ]/[ ]|[ ]or[ ])(?P<digits>\d(?:[\d ]*\d)?)")
_NUMBER_GROUPS = re.compile(r"[ \t().-]+")
# Numbers a sentence gives after "or" or a slash that are no other line of the number: the emergency and
# non-emergency ones ("Ring 01632 960418 or 999.", "or 111, or 112").
_SERVICE_NUMBERS = frozenset({"999", "111", "112", "101", "911"})


def _with_alternatives(doc: Document, readings: _Readings) -> Iterator[Span]:
    """Numbers with their alternatives after a slash or "or": the number and its alternatives, one span (its key the
    number's), where the number is a valid one, or a possible one after a word for a telephone ("Batch 0123456789/2"
    is none), and each alternative fits the number's end."""
    for match in _ALTERNATIVES.finditer(doc.text):
        whole = match.group()
        first = _ALTERNATIVE.search(whole)
        candidate = whole[:first.start()]
        if _COLUMN_GAP.search(candidate):
            continue  # ("01632 960733    17/03": a number, and a date in the next column)
        sure = readings.number(doc, match.start(), candidate)
        if sure is None or not all(_fits_the_end(candidate, alternative.group("sep"), alternative.group("digits"))
                                   for alternative in _ALTERNATIVE.finditer(whole, first.start())):
            continue
        if sure < _VALID and not (_after_a_phone_word(doc, match.start())
                                  or _LETTER_LABEL.search(doc.text, max(0, match.start() - 3), match.start())):
            continue
        yield Span(match.start(), match.end(), "contact", PhoneRecogniser.name, sure, "Phone", readings.key(candidate),
                   "Telephone number and its alternatives")


def _fits_the_end(candidate: str, sep: str, written: str) -> bool:
    """Whether an alternative is another line of the number: glued to a slash, no longer than its last group
    ("0321/2"); spaced or after "or", as many digits as its last group or its last two ("0321 or 0322", "960 418 /
    419", "960418 or 960 419"), at least four after "or" ("or 12" is a count), and no public service's number."""
    digits = written.replace(" ", "")
    groups = _NUMBER_GROUPS.split(candidate.strip())
    if sep == "/":
        return len(digits) <= len(groups[-1])
    if digits in _SERVICE_NUMBERS or (sep == " or " and len(digits) < 4):
        return False
    return len(digits) == len(groups[-1]) or (len(groups) > 2 and len(digits) == len(groups[-1]) + len(groups[-2]))


# Two whole numbers joined by a slash with no space: "07700900311/07700900312", "+44 1632 960418/+44 7700 900311".
_WRITTEN_AS_A_NUMBER = re.compile(r"^\+|[ ()-]")
_TWO_BY_A_SLASH = re.compile(r"[+0](?<![\w/.-].)(?P<first>[\d ().-]{8,16}\d)/(?P<second>[+0][\d ().-]{8,16}\d)(?![\w/-]|\.\d)")


def _two_by_a_slash(doc: Document, readings: _Readings) -> Iterator[Span]:
    """Both numbers, each one on its own (no alternative to the first's last digits: that is ``_with_alternatives``)."""
    for match in _TWO_BY_A_SLASH.finditer(doc.text):
        first, second = doc.text[match.start():match.end("first")], match.group("second")
        sure_first = readings.number(doc, match.start(), first)
        sure_second = readings.number(doc, match.start("second"), second)
        if sure_first is None or sure_second is None:
            continue
        if not all(_WRITTEN_AS_A_NUMBER.search(half) for half in (first, second)) \
                and not _after_a_phone_word(doc, match.start()):
            continue  # ("SAP 0012345678/0012345679": two codes; unspaced, two numbers only after a word for them)
        yield Span(match.start(), match.end("first"), "contact", PhoneRecogniser.name, sure_first, "Phone",
                   readings.key(first), "Telephone number")
        yield Span(match.start("second"), match.end(), "contact", PhoneRecogniser.name, sure_second, "Phone",
                   readings.key(second), "Telephone number")


def _corrected(text: str, end: int, key: str) -> Span | None:
    """The digits a writer gives again to correct a number's end ("07700 900 612 sorry 900 621"): the number
    with its last digits replaced, when they are fewer than the number's own."""
    fix = _CORRECTION.match(text, end)
    if fix is None:
        return None
    tail = re.sub(r"\D", "", fix.group("tail"))
    if not 3 <= len(tail) < len(key) - 4:
        return None
    return Span(fix.start("tail"), fix.end("tail"), "contact", PhoneRecogniser.name, 0.8, "Phone",
                key[:-len(tail)] + tail, "Telephone number, corrected")


class _Readings:
    """What each candidate string holds, parsed once per document.

    Everything but a mistyped number's context (``_written_as_a_phone`` reads the words before it) depends on
    the string alone, and ``phonenumbers`` costs most of the time: a paste of one number and brackets repeated
    ("01236 814 500 (24 (24 ...") or a scan's misread numbers repeated on every page would parse the same few
    strings once per copy.
    """

    def __init__(self) -> None:
        self._read: dict[str, _Reading | None] = {}
        self._far: dict[str, phonenumbers.PhoneNumber | None] = {}

    def number(self, doc: Document, start: int, candidate: str) -> float | None:
        """How sure it is that the candidate written at ``start`` is a telephone number; ``None`` if it is none.
        (A word for a telephone or a letterhead's letter label, "T 0151 2345678", says one written at home is.)"""
        if candidate in self._read:
            reading = self._read[candidate]
        else:
            reading = self._read[candidate] = _Reading.of(candidate)
        if reading is None or (not reading.confidence and reading.written == _NEVER):
            return self._far_abroad(doc, start, candidate)
        if reading.confidence:
            return reading.confidence
        if reading.written == _ALWAYS or (reading.written == _AFTER_A_WORD and (
                _after_a_phone_word(doc, start) or _LETTER_LABEL.search(doc.text, max(0, start - 3), start))):
            # a number mistyped or of a plan phonenumbers does not know is still a number (if phonenumbers can read it)
            return 0.7 if reading.parsed(candidate) else None
        if reading.written == _RIGHT_AFTER_A_WORD and (_right_after_a_phone_word(doc, start)
                                                       or _LETTER_LABEL.search(doc.text, max(0, start - 3), start)
                                                       or _LETTER_LABEL_MARKED.search(doc.text, max(0, start - 4), start)):
            return 0.7  # a number written at home abroad, straight after its word: "Mobil: 0151 23456789"
        return None

    def _far_abroad(self, doc: Document, start: int, candidate: str) -> float | None:
        """A number written at home in a country further away ("手机：138 0013 8000", "Tfno.: 912 345 678",
        "Tlf: 12 34 56 78"), straight after its word or a letterhead's letter: valid in one of those plans."""
        if not (_right_after_a_phone_word(doc, start) or _LETTER_LABEL.search(doc.text, max(0, start - 3), start)
                or _LETTER_LABEL_MARKED.search(doc.text, max(0, start - 4), start)):
            return None  # (what a number written at home abroad needs, as ``number`` asks it of those read once)
        if candidate not in self._far:
            self._far[candidate] = _national_far_abroad(candidate)
        number = self._far[candidate]
        if number is None:
            return None
        self._read[candidate] = reading = _Reading(number, 0.0, _RIGHT_AFTER_A_WORD)
        reading.key = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return 0.7

    def key(self, candidate: str) -> str:
        """The found candidate's number in E.164, the key of its placeholder."""
        reading = self._read[candidate]
        assert reading is not None and reading.number is not None  # (found: ``number`` gave a confidence)
        if reading.key is None:
            reading.key = phonenumbers.format_number(reading.number, phonenumbers.PhoneNumberFormat.E164)
        return reading.key


# Whether a candidate that is no valid or possible number is written as one (``_written_as_a_phone``).
_NEVER, _ALWAYS, _AFTER_A_WORD, _RIGHT_AFTER_A_WORD = 0, 1, 2, 3


class _Reading:
    """One candidate string's number and how sure that is wherever it is written."""

    __slots__ = ("number", "confidence", "written", "key")

    def __init__(self, number: phonenumbers.PhoneNumber | None, confidence: float, written: int) -> None:
        self.number, self.confidence, self.written = number, confidence, written  # (``number``: see ``parsed``)
        self.key: str | None = None

    @staticmethod
    def of(candidate: str) -> _Reading | None:
        """``None`` when the candidate holds no number at all."""
        digits = _digits(candidate)
        if digits < 9 or _looks_like_date_or_range(candidate):
            return None
        if _too_long_for_a_uk_number(candidate):
            # (phonenumbers would find it neither valid nor possible: parsed only where it is written as a phone)
            written = _written_as_a_phone(candidate, digits)
            if written != _NEVER:
                return _Reading(None, 0.0, written)
            abroad = _national_abroad(candidate)
            return _Reading(abroad, 0.0, _RIGHT_AFTER_A_WORD) if abroad is not None else None
        try:
            number = phonenumbers.parse(candidate, "GB")
        except phonenumbers.NumberParseException:
            return None
        confidence = _confidence(candidate, number)
        if confidence == 0.0 and _IRISH_NON_GEOGRAPHIC.match(candidate):
            # "1800 555 214": an Irish freephone or shared-cost number, written without "+353" as Ireland writes it
            number = phonenumbers.parse(candidate, "IE")
            confidence = 0.9 if phonenumbers.is_valid_number(number) else 0.0
        if confidence == 0.0 and (_NORTH_AMERICAN.fullmatch(candidate) or _NORTH_AMERICAN_WITH_ONE.fullmatch(candidate)):
            # "(484) 555-0173", "1-800-555-0148": a number of the US or Canada, written as they write it, without its "+"
            number = phonenumbers.parse(candidate, "US")
            confidence = 0.9 if phonenumbers.is_valid_number(number) else 0.0
        if confidence == 0.0 and _DIALLED_FROM_NORTH_AMERICA.match(candidate):
            # "011 44 20 7946 0958": a number abroad dialled from the US or Canada, "011" for "+"
            abroad = _parsed("+" + candidate[3:].lstrip(), None)
            if abroad is not None and phonenumbers.is_valid_number(abroad):
                number, confidence = abroad, 0.9
        written = _written_as_a_phone(candidate, digits) if confidence == 0.0 else _NEVER
        if written == _NEVER and confidence == 0.0 and (abroad := _national_abroad(candidate)) is not None:
            # "212.555.0148", "0151 23456789", "91 234 56 78": a number as the US or a neighbour in Europe writes
            # it at home, valid there: one where a word for a telephone comes before it
            number, written = abroad, _RIGHT_AFTER_A_WORD
        return _Reading(number, confidence, written)

    def parsed(self, candidate: str) -> bool:
        """Whether the candidate is a number to phonenumbers at all (one too long for a UK number is parsed only here)."""
        if self.number is None:
            try:
                self.number = phonenumbers.parse(candidate, "GB")
            except phonenumbers.NumberParseException:
                self.written = _NEVER
                return False
        return True


def _too_long_for_a_uk_number(candidate: str) -> bool:
    """Whether ``phonenumbers.parse(candidate, "GB")`` can give no valid and no possible number, without parsing it.

    Written in ASCII digits and separators without a "+", its digits starting with no international prefix ("00"),
    no country code ("44"), no long national prefix ("180020") and no North American one for abroad ("011"), a candidate is read as a UK number of all its
    digits but a leading "0"; with more than the UK's plans allow (Guernsey's, Jersey's and the Isle of Man's too,
    all +44) it is neither valid nor possible, and with twelve digits or more it is no North American number either.
    Parsing costs most of the recogniser's time, and a run of long numbers in brackets ("(24 01236 814 500 (24")
    offers three such candidates for each number. (The figures are ``phonenumbers``' metadata: a test holds them.)
    """
    if not _DIGITS_AND_SEPARATORS.fullmatch(candidate):
        return False
    digits = candidate.translate(_NO_SEPARATORS)
    return len(digits) - 1 > _LONGEST_UK_NUMBER and not digits.startswith(("00", "44", "180020", "011"))


_DIGITS_AND_SEPARATORS = re.compile(r"[0-9 \t().-]+")
_NO_SEPARATORS = str.maketrans("", "", " \t().-")
_LONGEST_UK_NUMBER = 10  # (digits of a national number, without its prefix "0")


def _parsed(candidate: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None


def _national_abroad(candidate: str) -> phonenumbers.PhoneNumber | None:
    """The candidate read as a number written at home in North America or a neighbour in Europe (the first plan
    it is valid in), for a candidate no UK plan holds and written in groups as a number is ("0151 23456789",
    "212.555.0148"; a run of digits alone, "123456789", is too often a code); ``None`` if it is valid in none."""
    if not 9 <= _digits(candidate) <= 12 or candidate.isdigit():
        return None
    return _first_valid(candidate, _PLANS_ABROAD)


def _national_far_abroad(candidate: str) -> phonenumbers.PhoneNumber | None:
    """The candidate read as a number written at home further away (the first plan it is valid in), written in
    groups as a number is, eight to twelve digits; ``None`` if it is valid in none. Asked only after a word for a
    telephone (a figure of eight digits is valid in some plan of the world more often than not)."""
    if not 8 <= _digits(candidate) <= 12 or candidate.isdigit() or _looks_like_date_or_range(candidate):
        return None
    return _first_valid(candidate, _PLANS_FAR_ABROAD)


def _first_valid(candidate: str, plans: tuple[str, ...]) -> phonenumbers.PhoneNumber | None:
    """The candidate as read in the first of ``plans`` it is a valid number of, or ``None``."""
    for region in plans:
        number = _parsed(candidate, region)
        if number is not None and phonenumbers.is_valid_number(number):
            return number
    return None


# (in the order of the signature blocks that come most: Asia, Scandinavia, Poland, Iberia, Latin America, Australasia,
# Africa and the Gulf)
_PLANS_FAR_ABROAD = ("CN", "JP", "KR", "IN", "HK", "SG", "TW", "NO", "DK", "SE", "FI", "PL", "PT", "ES", "IT", "BR", "MX",
                     "AU", "NZ", "ZA", "NG", "KE", "AE", "SA", "TR", "GR")

# (the US first: "212 555 0148" is valid there and in no European plan tried after it)
_PLANS_ABROAD = ("US", "IE", "DE", "FR", "NL", "BE", "ES", "IT", "CH", "AT")

# Ireland's freephone and shared-cost ranges, spaced as written there: "1800 555 214", "1850 94 7712".
_IRISH_NON_GEOGRAPHIC = re.compile(r"18[059]0[ \t]\d")
# An area code in brackets, then three digits and four: "(484) 555-0173", "(416) 555 2398".
_NORTH_AMERICAN = re.compile(r"\([2-9]\d{2}\)[ \t]?[2-9]\d{2}[ .-]\d{4}")
# The same with the country's "1" before it, as toll-free numbers are written: "1-800-555-0148", "1 (800) 555-0148",
# "1.800.555.0148" (its separators alike).
_NORTH_AMERICAN_WITH_ONE = re.compile(r"1(?:(?P<sep>[ .-])[2-9]\d{2}(?P=sep)|[ ]?\([2-9]\d{2}\)[ ]?)[2-9]\d{2}[ .-]\d{4}")
_DIALLED_FROM_NORTH_AMERICA = re.compile(r"011[ \t]?[1-9]")


_VALID = 0.95


def _confidence(candidate: str, number: phonenumbers.PhoneNumber) -> float:
    """Valid numbers are certain; merely possible ones count when written like a phone number."""
    if phonenumbers.is_valid_number(number):
        return _VALID
    if phonenumbers.is_possible_number(number) and candidate.lstrip("(").startswith(("0", "+")):
        return 0.75
    return 0.0


def _written_as_a_phone(candidate: str, digits: int) -> int:
    """An international number ("+44 (0)1603 496 0187", one digit too many) or a UK one spaced as a phone
    number is ("01903 555 4410") is one wherever it is written; another UK one is when a word for a telephone
    comes before it ("by phone on 01632 96001"): 10 to 15 digits."""
    if not 10 <= digits <= 15:
        return _NEVER
    if candidate.startswith("+") or _UK_SHAPED.fullmatch(candidate):
        return _ALWAYS
    return _AFTER_A_WORD if candidate.lstrip("(").startswith("0") else _NEVER


def _digits(candidate: str) -> int:
    """How many characters of the candidate are digits (``str.isdigit``): counted in C when only ASCII ones can be."""
    if candidate.isascii():
        return sum(map(candidate.count, "0123456789"))
    return sum(ch.isdigit() for ch in candidate)


def _right_after_a_phone_word(doc: Document, start: int) -> bool:
    """A word for a telephone straight before ``start``, only a mark or a word in brackets between them ("Tel.:",
    "Mobil (DE):"; not "Portable scanner SN ..."): what a number written at home abroad needs."""
    return bool(_PHONE_WORD_RIGHT_BEFORE.search(doc.lower, max(0, start - 24), start))


def _after_a_phone_word(doc: Document, start: int) -> bool:
    """A word for a telephone shortly before ``start`` on its line ("by phone on", "Tel.:")."""
    return bool(_PHONE_WORD.search(doc.lower, max(0, start - 24), start))


# A letter read for a digit inside a group of digits: "0l539", "72O", "4I6" (never a word: "I1" is no group).
_MISREAD = re.compile(r"[\dOlI](?:(?<=\d)[OlI]|(?<=[OlI])\d)")  # ("\d[OlI]|[OlI]\d", led by a class: ``re`` skips ahead)
_MISREAD_TOKEN = re.compile(r"(?<![\w])(?=[\dOlI]*\d)[\dOlI]{3,6}(?![\w])")  # ("9OO": one digit is enough)
_AS_DIGITS = str.maketrans("OlI", "011")


def _misread_groups(text: str) -> list[tuple[int, int]]:
    """Where the groups with a misread digit are, in order: each ``_MISREAD_TOKEN`` that a ``_MISREAD`` pair starts in.

    A group is a whole word of up to six characters, so the one a pair starts in starts where the run of digits and
    look-alike letters before the pair starts: one match there (a run longer than five before it holds no group),
    not a search of the stretch around each pair.
    """
    groups: list[tuple[int, int]] = []
    for hit in _MISREAD.finditer(text):
        at = hit.start()
        if groups and at < groups[-1][1]:
            continue  # (a second misread pair in a group already taken: "0l5O9")
        low = max(0, at - 6)
        start = _RUN_TO_END.search(text, low, at).start()
        group = _MISREAD_TOKEN.match(text, start)
        if group and at < group.end() and group.group().translate(_AS_DIGITS) != group.group():
            groups.append(group.span())
    return groups


_RUN_TO_END = re.compile(r"[\dOlI]*\Z")  # (searched with an end position: the run of digits and look-alikes before it)
_NEAR = 24  # (a number is read again this far around a misread group: no number is longer)

# A UK number as people space it, a digit too many or of a range no plan holds: "01903 555 4410".
_UK_SHAPED = re.compile(r"\(?0[1-9]\d{2,4}\)?[ \t]\d{3}[ \t]\d{3,4}")


# (and the words abroad, and a line's kind on a card or a signature: "Mobil", "Tél.", "Cell:", "Direct:", "Office:")
_PHONE_WORD = re.compile(r"\b(?:phone|tel|telephone|mobile|mob|call|ring|fax|whatsapp|text|cell|cellphone|office|direct|"
                         r"desk|switchboard|landline|helpline|hotline|ph|t[ée]l[ée]phone|t[ée]l|telefon|telefoon|tel[ée]fono|"
                         r"mobil|mobiel|handy|portable|m[óo]vil|cellulare|tlf|fon|"
                         # (and abroad further: Spain's "Tfno.", Poland's "kom.", Brazil's "Cel."/"Fone", Finland's "Puh.",
                         # Iceland's "Sími", Switzerland's "Natel", Turkey's "Cep", the "GSM" and "H.P" of several, the words of
                         # China, Taiwan, Japan and Korea)
                         r"tfno|telf|kom|cel|celular|fone|telefone|puh|s[íi]mi|natel|cep|gsm|h\.p|hp)\b[^\n]{0,12}$"
                         # (no word boundary round words written without spaces between them: "联系手机：")
                         r"|(?:手机|手機|电话|電話|携帯|传真|傳真|휴대폰|핸드폰|전화|팩스)[^\n]{0,12}$")


# (a word for which line it is may follow the word, as letters abroad write it: "Tel. directo", "Tél. direct", "Tel.
# Büro", "Telefon direkt", "tel. bezpośredni")
_LINE_KIND = r"(?:[ \t.:/#-]*(?:direct[oae]?|diretto|direkt|bezpo[śs]redni|fijo|fixe|b[üu]ro|oficina|bureau|ufficio))?"
_PHONE_WORD_RIGHT_BEFORE = re.compile(_PHONE_WORD.pattern.replace(
    r"[^\n]{0,12}$", _LINE_KIND + r"[ \t.:/#-]*(?:\([^()\n]{1,10}\)[ \t.:/#-]*)?$"))


def _looks_like_date_or_range(candidate: str) -> bool:
    return bool(_RANGE.fullmatch(candidate)) and not _AREA_CODE_HYPHEN_NUMBER.fullmatch(candidate) \
        or bool(_YEARS_OR_DATE.search(candidate))


_RANGE = re.compile(r"[\d.]+\s*-\s*[\d.]+")  # ("1.5 - 2.5", "100-250")
# (but an area code and a number joined by a hyphen are no range: "01632-960789", "0161-4960000")
_AREA_CODE_HYPHEN_NUMBER = re.compile(r"0[1-9]\d{0,4}-\d{6,8}")
# "2019-2024", or an ISO date ("1.3  2024-09-03" is a version and a date in a change history)
# (and a date written with full stops or slashes, "02.11.2026 08:15", or a decimal fraction, "0.123 456 789")
_YEARS_OR_DATE = re.compile(r"\b(?:19|20)\d\d\s*-\s*(?:19|20)\d\d\b|\b(?:19|20)\d\d-[01]\d-[0-3]\d\b"
                            r"|\b[0-3]?\d([./])[01]?\d\1(?:19|20)\d\d\b|\A\(?0\.\d")


RECOGNISER = PhoneRecogniser()
