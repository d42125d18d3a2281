"""Telephone numbers written as they are written abroad, in shapes the phone recogniser's candidate misses:
a German area code before a slash and an extension after a hyphen ("06151 / 39 27-0"), an international
number spaced widely ("+49 (0) 160 - 97 31 22 08", longer than the candidate window), and Poland's
international freephone ("00 800 121 4471", seven digits after "800" where a UIFN has eight).

Every one must be a valid number to ``phonenumbers``; a column of figures is none of these shapes (a slash
after an area code beginning "0", a "+" before a country code). Read by ``recognisers.phone``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

# "06151 / 39 27-0", "0221 / 4711-0", "089/12 34 56": an area code, a slash, the number, the extension (the
# switchboard's "-0"). In Germany, Austria and Switzerland; the extension or a word for a telephone before it
# says it is a number ("Tel. 030 / 901820"), not a pair of figures. (Led by its first character, "+" or "0",
# the look-behind after it, so ``re`` skips ahead to one.)
_SLASHED = re.compile(
    r"[+0](?<![\w/.+-].)(?:(?<=\+)(?P<cc>4[19]|43)[ \t]*(?:\(0\)[ \t]*)?[1-9]|(?<=0)[1-9])\d{1,4}[ \t]*/[ \t]*\d{1,8}(?:[ \t]\d{1,4}){0,4}"
    r"(?P<ext>-\d{1,5})?(?![\w/-]|[.,]\d)")
_REGIONS = ("DE", "AT", "CH")
_PHONE_WORD = re.compile(r"(?i:\b(?:tel|telefon|telephone|phone|fon|fax|mobil|mobile|handy|zentrale|durchwahl|rufnummer)\b)"
                         r"[^\n\d]{0,12}$")
# "+49 (0) 160 - 97 31 22 08": a "+", a country code, groups spaced with hyphens between them. (Speed, the same matches
# as "(?<![\w+])\+…": led by its "+", which ``re`` skips ahead to, the character before looked behind at; led by a
# look-behind, the pattern was tried at every position. Likewise "00" for "(?<![\w+])00…" below.)
_WIDE_INTERNATIONAL = re.compile(
    r"\+(?<![\w+]\+)\d{1,3}[ \t]*(?:\(0\)[ \t]*)?\d{1,5}(?:[ \t]*/[ \t]*\d{1,5})?(?:(?:[ \t]+|[ \t]*-[ \t]*)\d{1,5}){1,6}"
    r"(?![\w/]|[.,]\d)")
_GROUP_END = re.compile(r"\d(?=[ \t-]|$)")
_SHORTEST_WIDE = 21  # (shorter ones are the phone recogniser's own candidates)
# "00 800 121 4471": Poland's international freephone, read as the Polish number it is dialled as.
_FREEPHONE_PL = re.compile(r"00(?<![\w+]00)[ \t]?800(?:[ \t]?\d){7}(?![\w]|[ \t]?\d)")


def numbers_abroad(text: str, lower: str) -> Iterator[tuple[int, int, phonenumbers.PhoneNumber]]:
    """Where each number of these shapes starts and ends, and the number."""
    if "/" in text:
        yield from _slashed(text, lower)
    if "+" in text:
        yield from _wide(text)
    if "800" in text:
        for free in _FREEPHONE_PL.finditer(text):
            number = _valid(free.group()[2:].strip(), "PL")
            if number is not None:
                yield free.start(), free.end(), number


def _slashed(text: str, lower: str) -> Iterator[tuple[int, int, phonenumbers.PhoneNumber]]:
    for slashed in _SLASHED.finditer(text):
        if not slashed.group("ext") and not slashed.group("cc") \
                and not _PHONE_WORD.search(lower, max(0, slashed.start() - 30), slashed.start()):
            continue
        candidate = slashed.group().replace("/", " ")
        for region in _REGIONS:
            if (number := _valid(candidate, region)) is not None:
                yield slashed.start(), slashed.end(), number
                break


def _wide(text: str) -> Iterator[tuple[int, int, phonenumbers.PhoneNumber]]:
    """The longest run of groups from the "+" that is a valid number (a column of figures may follow it)."""
    for wide in _WIDE_INTERNATIONAL.finditer(text):
        if len(wide.group()) < _SHORTEST_WIDE:
            continue
        ends = [end.end() for end in _GROUP_END.finditer(wide.group())]
        possible: tuple[int, phonenumbers.PhoneNumber] | None = None
        for end in reversed(ends):
            if end < _SHORTEST_WIDE:
                break
            if (number := _valid(wide.group()[:end].replace("/", " "), "GB")) is not None:
                yield wide.start(), wide.start() + end, number
                possible = None
                break
            if possible is None and (number := _possible(wide.group()[:end].replace("/", " "))) is not None:
                possible = end, number
        if possible is not None:
            # "+44 (0) 77 00 90 01 23": a UK number in pairs, of a range no plan holds yet (a drama's, a new one's)
            yield wide.start(), wide.start() + possible[0], possible[1]


def _possible(candidate: str) -> phonenumbers.PhoneNumber | None:
    """A UK number of a possible length (+44 only: a number abroad must be valid)."""
    try:
        number = phonenumbers.parse(candidate, "GB")
    except phonenumbers.NumberParseException:
        return None
    return number if number.country_code == 44 and phonenumbers.is_possible_number(number) else None


def _valid(candidate: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None
