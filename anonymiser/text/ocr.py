"""Scanned text read as it was printed: a digit misread for a letter, a word split by a stray space.

Optical character recognition of faxes, carbon copies and scanned forms reads "O" as "0" and "l" or "I"
as "1" ("0yenedun", "ADEBAY0", "Armstr0ng"), and breaks a word at a stray space ("Wrel ski",
"Ll oyd"). A name so written is no name to the rules. ``read_as_printed`` gives the text as it was
most likely printed, of the same length so that every offset holds: a digit becomes the letter it was
misread for, and a word split by one space is joined, the space moved after it ("Wrel ski" →
"Wrelski "). It also gives the stretches it changed, so that a caller keeps only what they touch.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import NamedTuple

from anonymiser.text.data import english_words, words
from anonymiser.text.recognisers.person_cues import LO, TITLE_BEFORE, UP

# A "0" or "1" beside a letter: where a misread word may be (most are codes: "B01", "v1").
_DIGIT_BY_LETTER = re.compile(r"[01](?:(?<=[A-Za-z][01])|(?=[A-Za-z]))")
_LETTERS_01 = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01")
_TWO_DIGITS = re.compile(r"[01]{2}")
# An initial misread ("0. ADEBAY0"): a lone "0" with a full stop before a capitalised word.
_INITIAL = re.compile(r"0\.[ \t]?[A-Z]")
# An initial "I" read as a lower-case "l" ("l. Quarrell"): a lone "l" with a full stop before a capitalised word (not a
# litre's abbreviation after a number, "5 l. Water").
_L_INITIAL = re.compile(r"l(?<![\w.]l)\.[ \t]?[A-Z][a-z]")
# A surname's closing "cz" read with a "2" for its "z" ("Szymanowic2", "Lewandowic2"; the "z" and the "2" look alike in
# print): a capitalised word of lower-case letters ending so.
_AMOUNT_BEFORE = re.compile(r"(?<![\w/.,-])\d+(?:[.,]\d+)?[ \t]?\Z")
_CZ_END = re.compile(r"c2(?<=[a-z]c2)(?![\w'\u2019-])")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]{3,}\Z")
# An Irish surname's "O'" misread ("0'Garvagh", "0’RIORDAIN"): a lone "0" with an apostrophe before a capital and a
# letter, standing alone (not "10'", a length in feet, nor "x0'A").
_O_APOSTROPHE = re.compile(r"0(?<![\w'\u2019]0)['\u2019][A-Z][A-Za-z]")
# An initial, a capitalised word, a stray space and the lower-case rest of the word ("K. Wrel ski",
# "T. Zakrze wski", "S. Ll oyd"). (Found from the full stop: a pattern led by a capital is tried everywhere.
# Speed: not after a lower-case letter or a digit, which is no initial: the end of a sentence, most stops.)
_SPLIT = re.compile(r"\.(?<![a-z0-9]\.) (?P<head>[A-Z][a-z]{1,11}) (?P<tail>[a-z]{2,8})\b")
# A capital "I" read as a lower-case "l" leading a name: "ln-Hye", "lsolde", "lvan" (no English word starts with "l" and
# a consonant other than "l" or "y"; a unit or code after it is too short or has no vowel: "lbs", "lx", "lm").
_L_FOR_I = re.compile(r"l(?<![\w'\u2019.@/\\-]l)(?=[b-df-hj-km-np-tv-xz][a-z]*(?:-?[A-Z][a-z]+)?(?![\w'\u2019@/\\.-]|\.\w))")
_L_WORD = re.compile(r"l[a-z]*(?:-?[A-Z][a-z]+)?")
# A capital "I" read as "l" before an "l" and a vowel, leading a name after a capitalised word or an initial: "Rajesh
# llangovan", "R llangovan" (no English word but "llama" and its kin starts so; those stay).
_LL_FOR_IL = re.compile(r"l(?<![\w'\u2019.@/\\-]l)(?=l[aeiouy][a-z]{2,}(?![\w'\u2019@/\\-]))")
_NAME_BEFORE_L = re.compile(rf"(?:(?<![\w.])[A-Z]\.?|(?<![\w'\u2019-])[{UP}][{LO}]+)[ \t]+\Z")
# (a name's shape around it: a capital inside it, "ln-Hye", "lnHye"; a title before it, "Dr. lsolde"; or a
# capitalised word after it, "lsolde Prynne"; not a command or a code: "ldifde -f"). (Led by the "l", what is before
# it looked behind at after it, so that ``re`` skips ahead to it.)
_CAPITALISED_AFTER = re.compile(rf"[ \t]+[{UP}][{LO}]")
# A lower-case "l" read as a capital "I" inside a capitalised word, beside an "l" or after an "i": "WiIliam",
# "MiIler", "PhiIippa" (no word is so written; an identifier in camel case starts a part with its "I": "LinkedIn",
# "NodeId", "WhatIf"; one that leads with a lower-case letter is left: "isInitial").
_I_FOR_L = re.compile(r"I(?:(?<=[il]I)(?=[a-z])|(?<=[a-z]I)(?=l))")
# A capital "I" read as a lower-case "l" inside a word in capitals: "LABORATORlES", "RECElVED", "QUALlTY" (no word in
# capitals is so written; the caller's rules say which are names).
_L_IN_CAPITALS = re.compile(r"l(?<=[A-Z]l)(?=[A-Z]{2})")
# An "m" read as "rn" in a capitalised word: "Grahar n" — "Graharn", "Jarnes", "Sarnantha" (the caller says which
# words, with their "rn" read as an "m", are names).
_RN_FOR_M = re.compile(r"rn(?<=[A-Za-z]rn)")
# A name split by a stray space or across a line break, with or without a hyphen, after a title, after another word
# of the name, or at a line's or a cell's start ("Mrs Varr ick", "Isolde Kest\n ell", "| Isol de Marwick"): a short
# capitalised head, the split and a lower-case tail. (Led by the head's capital, looked behind at after it, so that
# ``re`` skips ahead to capitals; what is before the head is read by ``_split_word``. Speed: each run of letters
# taken whole and not given back, since no space, hyphen or line break is a letter and every letter is a word's.)
# (a tail of one letter only where the whole is a name of this text: "A. Dalget ty"; a head after a hyphen, the second part
# of a double-barrelled name, "Nwaoha-Ab imbade", only where the whole part is a name of this text)
_NAME_SPLIT = re.compile(rf"[{UP}](?<![\w'\u2019].)(?<![\W\d_]-.)(?P<head_rest>[{LO}]{{1,11}}+)(?P<gap> |-?\n[ \t]*)"
                         rf"(?P<tail>[{LO}]{{1,10}}+)(?![\w'\u2019-])")
# (an initial with its full stop or without, as a register's signature column writes it: "| R Quend rell |")
_BEFORE_HEAD = re.compile(rf"(?:^|[|\t:]|(?<![\w.])(?:Mr|Mrs|Ms|Mx|Dr|Miss|Prof)\.?|(?<![\w'\u2019.-])[{UP}][{LO}]+|(?<![\w.])[A-Z]\.?)[ \t]*$",
                          re.MULTILINE)
# A given name after a split surname and its comma, surname first: "Varr ick, Isolde".
_GIVEN_AFTER = re.compile(rf",[ \t]?(?P<given>[{UP}][{LO}]+)(?![\w'\u2019-])")
# A capitalised word after a split given name: its surname ("Ro bin Esterby", "Ta rik Nkwelle-Tarr").
_SURNAME_AFTER = re.compile(rf"[ \t]{{1,2}}[{UP}][{LO}]")
# A word in capitals split by a stray space, as a register's printed names are scanned ("ROS ALIND QUENDRELL"), or at a
# line's end ("QUENDR\nELL"): joined only where the whole is a name of this text. (Led by a capital after no letter,
# which ``re`` skips ahead to.)
_CAPITALS_SPLIT = re.compile(r"[A-Z](?<![\w'\u2019-][A-Z])[A-Z]{1,12}+(?: |\n)[A-Z]{2,12}+(?![\w'\u2019-])")


class Reading(NamedTuple):
    """The text as printed (same length) and the stretches of it that differ from the text as scanned."""

    text: str
    changed: tuple[tuple[int, int], ...]


def read_as_printed(text: str, joins: Callable[[str, str], bool],
                    joins_after: Callable[[str, str, str], bool] | None = None,
                    reads_as_name: Callable[[str, str], bool] | None = None,
                    may_join: Callable[[str, str], bool] | None = None,
                    known_whole: Callable[[str], bool] | None = None,
                    joins_given: Callable[[str, str], bool] | None = None) -> Reading:
    """``text`` with its misread digits read as letters, and the split words after an initial that
    ``joins(head, tail)`` accepts joined (the caller knows which names the text holds); where a name may be split
    elsewhere (after a title or a word of a name, at a line's or a cell's start, across a line break), those that
    ``joins`` or ``joins_after(head, tail, word before)`` accepts; a lower-case "l" read as "I" inside a capitalised
    word read back, and the "rn" of a word read as "m" where ``reads_as_name(word, word read so)`` says it is a name
    (the word then one letter shorter, a space after it). ``may_join(head, tail)``, when given, is false only for a
    split that neither ``joins`` nor ``joins_after`` accepts, whatever word stands before it: such a split is passed
    over without reading what stands before it (most are a capitalised word and a word: "The report"). A word in
    capitals split by a space is joined where ``known_whole(word)`` says the whole is a name of the text; a name split
    before a capitalised word (a surname) wherever it stands where ``joins_given(head, tail)`` says it is a given
    name."""
    chars: list[str] = []
    changed = _Changes(len(text))
    after = 0
    for hit in _DIGIT_BY_LETTER.finditer(text):
        if hit.start() < after:
            continue
        start, end = _word_around(text, hit.start())
        after = end
        if _misread(text, start, end):
            chars = chars or list(text)
            for i in range(start, end):
                if text[i] in "01":
                    chars[i] = _letter(text, i)
            changed.add(start, end)
    for hit in _L_FOR_I.finditer(text):
        word = _L_WORD.match(text, hit.start()).group()  # type: ignore[union-attr]
        if len(word) >= 4 and any(c in "aeiouy" for c in word[2:].lower()) and (
                not word[1:].islower() or TITLE_BEFORE.search(text, max(0, hit.start() - 8), hit.start())
                or _CAPITALISED_AFTER.match(text, hit.start() + len(word))):
            chars = chars or list(text)
            chars[hit.start()] = "I"
            changed.add(hit.start(), hit.start() + len(word))
    for hit in _LL_FOR_IL.finditer(text):
        word = _L_WORD.match(text, hit.start()).group()  # type: ignore[union-attr]
        if word not in english_words() and _NAME_BEFORE_L.search(text, max(0, hit.start() - 24), hit.start()) \
                and not changed.touch(hit.start(), hit.start() + len(word)):
            chars = chars or list(text)
            chars[hit.start()] = "I"
            changed.add(hit.start(), hit.start() + len(word))
    for hit in _I_FOR_L.finditer(text):
        start, end = _word_around(text, hit.start())
        if text[start].isupper() and not changed.touch(start, end):
            chars = chars or list(text)
            for i in range(start + 1, end):
                if _I_FOR_L.match(text, i):
                    chars[i] = "l"
            changed.add(start, end)
    for hit in _L_IN_CAPITALS.finditer(text):
        start, end = _word_around(text, hit.start())
        word = text[start:end]
        if len(word) >= 4 and word.count("l") == 1 and word.replace("l", "").isupper() and word.isalpha() \
                and not changed.touch(start, end):
            chars = chars or list(text)
            chars[hit.start()] = "I"
            changed.add(start, end)
    if reads_as_name is not None:
        for hit in _RN_FOR_M.finditer(text):
            start, end = _word_around(text, hit.start())
            word = text[start:end]
            printed = word.replace("rn", "m", 1)
            if word.isalpha() and reads_as_name(word, printed) \
                    and not changed.touch(start, end):
                chars = chars or list(text)
                chars[start:end] = printed + " "
                changed.add(start, end)
    for hit in _O_APOSTROPHE.finditer(text):
        start, end = hit.start(), _word_end(text, hit.end())
        if not changed.touch(start, end):
            chars = chars or list(text)
            chars[start] = "O"
            changed.add(start, end)
    for hit in _L_INITIAL.finditer(text):
        if _AMOUNT_BEFORE.search(text, max(0, hit.start() - 12), hit.start()):
            continue  # (a litre's: "5 l. Water")
        chars = chars or list(text)
        chars[hit.start()] = "I"
        changed.add(hit.start(), hit.start() + 1)
    for hit in _CZ_END.finditer(text):
        if (word := _CAPITALISED_BEFORE.search(text, max(0, hit.start() - 30), hit.start() + 1)) is None:
            continue
        if not changed.touch(word.start(), hit.end()):
            chars = chars or list(text)
            chars[hit.start() + 1] = "z"
            changed.add(word.start(), hit.end())
    for hit in _INITIAL.finditer(text):
        if hit.start() == 0 or text[hit.start() - 1] in " \t\n(:":
            chars = chars or list(text)
            chars[hit.start()] = "O"
            changed.add(hit.start(), hit.start() + 1)
    for hit in _SPLIT.finditer(text):
        initial = hit.start() - 1
        if initial < 0 or not text[initial].isupper() or (initial and (text[initial - 1].isalnum() or text[initial - 1] == ".")):
            continue
        if (end := hit.end()) < len(text) and text[end] in "'\u2019-":
            continue
        head, tail = hit.group("head"), hit.group("tail")
        if joins(head, tail):
            chars = chars or list(text)
            start = hit.start("head")
            chars[start:end] = head + tail + " "
            changed.add(start, end)
    for split in _NAME_SPLIT.finditer(text):
        start, end = split.span()
        head, tail = text[start:split.end("head_rest")], split.group("tail")
        gap = split.group("gap")
        if joins_given is not None and gap == " " and _SURNAME_AFTER.match(text, end) \
                and not changed.touch(start, end) and joins_given(head, tail):
            # (a given name split before a surname, wherever it stands: "23/07 Ro bin Esterby", "7  Ta rik Ennisford")
            chars = chars or list(text)
            chars[start:end] = head + tail + " "
            changed.add(start, end)
            continue
        if may_join is not None and not may_join(head, tail):
            continue
        if joins_after is not None and gap == " " and (given := _GIVEN_AFTER.match(text, end)) \
                and not changed.touch(start, end) and joins_after(head, tail, given.group("given")):
            # (a surname split before its given name, as a register writes it surname first: "| Ellerb ank, Isidore")
            chars = chars or list(text)
            chars[start:end] = head + tail + " "
            changed.add(start, end)
            continue
        if start and text[start - 1] == "-":
            if changed.touch(start, end) or not joins(head, tail):
                continue  # (the second part of a double-barrelled name: joined only where the whole part is known)
            before = ""
        elif (before := _split_before(text, split, changed)) is None:
            continue
        if joins(head, tail) or joins_after is not None and joins_after(head, tail, before):
            chars = chars or list(text)
            filler = " " * len(gap)
            chars[start:end] = head + tail + (filler[:-1] + "\n" if "\n" in gap else filler)
            changed.add(start, end)
    if known_whole is not None:
        # (read with the digits read as letters so far: "QUENDR0\nELL"; a word so read may be part of the split, so
        # its stretch is merged with the split's below, not a reason to pass it over)
        read = "".join(chars) if chars else text
        at = 0
        while (split := _CAPITALS_SPLIT.search(read, at)) is not None:
            start, end = split.span()
            gap = start + split.group().find(" " if " " in split.group() else "\n")
            whole = read[start:gap] + read[gap + 1:end]
            if known_whole(whole):
                chars = chars or list(text)
                chars[start:end] = whole + read[gap]
                changed.add(start, end)
                at = end
            else:
                at = gap + 1  # (its second word may start the split: "MS ORLA ITH")
    if not changed.stretches:
        return Reading(text, ())
    return Reading("".join(chars), _merged(changed.stretches))


def _merged(stretches: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The stretches sorted, those that overlap merged (a word read with its digits as letters inside a split joined)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(stretches):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def _word_around(text: str, at: int) -> tuple[int, int]:
    """The run of letters, "0" and "1" around ``at``."""
    start = end = at
    while start and text[start - 1] in _LETTERS_01:
        start -= 1
    while end < len(text) and text[end] in _LETTERS_01:
        end += 1
    return start, end


def _misread(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` is one misread, not a code: four characters or more standing
    alone (no part of a code, path, address or file name), at most a third of them digits, no two digits
    together ("SOP010", "QC01" are codes), no number after it ("operator1")."""
    word = text[start:end]
    digits = word.count("0") + word.count("1")
    hyphened = start > 2 and text[start - 1] == "-" and _after_a_name(text, start - 1, word)
    if len(word) < (3 if hyphened else 4) or 3 * digits > len(word) or _TWO_DIGITS.search(word) or _numbered(word):
        return False
    if start and (text[start - 1].isalnum() or text[start - 1] in "_.@/-") and not hyphened:
        return False
    following = text[end:end + 2]
    return not following or not (following[0].isalnum() or following[0] in "_@/-"
                                 or (following[0] == "." and following[1:].isalnum()))


# The first part of a double-barrelled name before its hyphen: a capitalised word ("Nwaoha-", "OKONTA-").
_NAME_BEFORE_HYPHEN = re.compile(rf"(?<![\w'\u2019.@/-])[{UP}](?:[{LO}]+|[{UP}]+)\Z")


_AS_LOWER = str.maketrans("01", "ol")
_AS_UPPER = str.maketrans("01", "OI")


def _after_a_name(text: str, hyphen: int, word: str) -> bool:
    """Whether a misread word after a hyphen is the second part of a double-barrelled name ("Nwaoha-0bimbade",
    "Gwyn-Ca1der", "OKONTA-0BI"; not a code's part, "QC-0ut", "SOP-0l2"): after a capitalised word of two letters or
    more, in its case (lower case after its first letter, or capitals throughout, then four letters or more)."""
    before = _NAME_BEFORE_HYPHEN.search(text, max(0, hyphen - 30), hyphen)
    if before is None or hyphen - before.start() < 2 or not (word[0] in "01" or word[0].isupper()):
        return False
    if before.group()[1:].islower():  # ("Nwaoha-0bi", "Gwyn-Ca1der": its letters after the first in lower case)
        rest = word[1:].translate(_AS_LOWER)
        return rest.isalpha() and rest.islower()
    rest = word[1:].translate(_AS_UPPER)
    return rest.isalpha() and rest.isupper() and len(word) >= 4


def _word_end(text: str, at: int) -> int:
    """The end of the run of letters from ``at``."""
    end = at
    while end < len(text) and text[end].isalpha():
        end += 1
    return end


def _numbered(word: str) -> bool:
    """A word with a number after it, not a letter misread: "operator1", "SMBv1", "ZTP1" (a misread "O" ends a
    word in capitals only: "ADEBAY0")."""
    return word[-1] == "1" or (word[-1] == "0" and not word[-2].isupper())


def _letter(text: str, at: int) -> str:
    """The letter a "0" or "1" at ``at`` stands for: a capital among capitals or leading a word, else lower
    case ("0yenedun" → "O", "Armstr0ng" → "o", "R0SS" → "O", "Goo1e" → "l", "1AN" → "I")."""
    before = text[at - 1] if at and text[at - 1].isalpha() else ""
    after = text[at + 1] if at + 1 < len(text) and text[at + 1].isalpha() else ""
    upper = (before or after).isupper() if not (before and after) else before.isupper() and after.isupper()
    if not before:  # leading a word: a capital
        upper = True
    if text[at] == "0":
        return "O" if upper else "o"
    return "I" if upper else "l"


class _Changes:
    """The stretches changed so far, in the order changed, and a mask of them: whether a stretch overlaps one is read
    from the mask, not from every stretch (an input of thousands of misread words would take the square of them)."""

    def __init__(self, length: int) -> None:
        self.stretches: list[tuple[int, int]] = []
        self._mask = bytearray(length)

    def add(self, start: int, end: int) -> None:
        self.stretches.append((start, end))
        self._mask[start:end] = b"\x01" * (end - start)

    def touch(self, start: int, end: int) -> bool:
        return 1 in self._mask[start:end]


def _split_before(text: str, split: re.Match[str], changed: _Changes) -> str | None:
    """The word before a name split (or ""), where a name may be split: after a title, another capitalised word,
    an initial, or at a line's or a cell's start (not after a sentence's full stop: "It ran. The ski lift"); None
    elsewhere, or where the stretch was changed already."""
    before = _BEFORE_HEAD.search(text, max(0, split.start() - 16), split.start())
    if before is None or changed.touch(split.start(), split.end()):
        return None
    return before.group().strip(" \t|:")


# Numbers a scanner misread: a letter "O", "o", "l" or "I" among a number's digits ("31Ol28", "£31,6O5", "1O MAY 2O23",
# "7,215.OO", "l7/O5"), or a code's number ("XK-07l3", "ZP-O8836", "SOP-QA-O47"). A number is a run of digits and
# look-alike letters, in groups joined by ".", ",", ":" or "/", standing alone or as a code's part after a hyphen (no
# letter or digit glued to it). (Led by a class and its start looked behind at: ``re`` tries only those characters;
# each group taken whole and not given back, so nothing backtracks; and never from a later group of the same run,
# "1.1.1…1x", which would read the run again from each.) (Speed: only a number with a look-alike in it, its first character
# or one after its digits and separators, looked ahead at over the number's own groups only: most numbers are digits
# alone, and each taken would be read for none; no other number can start inside one so passed over, so those taken
# are the same.)
_NUMBER_READ = re.compile(r"[0-9OolI](?<![A-Za-z0-9][0-9OolI])(?<![0-9OolI][.,:/][0-9OolI])"
                          r"(?:(?<=[OolI])|(?=(?:[0-9]|[.,:/](?=[0-9OolI]))*+[OolI]))"
                          r"[0-9OolI]*+(?:[.,:/][0-9OolI]++)*+(?![A-Za-z0-9])")
# (inside a code glued to its letters, only look-alikes between two digits: "K31O8l6", not "VT7O", "H2O", "10ml")
_GLUED_DIGITS = re.compile(r"[OolI](?<=[0-9][OolI])[OolI]*+(?=[0-9])")
_AS_DIGITS = str.maketrans("OolI", "0011")
# A UK postcode's inward code with an "O" for its digit "0" ("KW15 OPD", "HS3 OWB"): after an outward code (its letters,
# a digit, a letter or digit), the letters the inward code may end in.
_INWARD_CODE = re.compile(r"O(?:(?<=[^\w-][A-Z]\d O)|(?<=[^\w-][A-Z]{2}\d O)|(?<=[^\w-][A-Z]\d[A-Z\d] O)"
                          r"|(?<=[^\w-][A-Z]{2}\d[A-Z\d] O))[ABD-HJLNP-UW-Z]{2}(?![\w-])")
# A UK vehicle registration with a letter for a digit of its age ("KX7O HBT", "VN2I ZQR"): two letters, two of digits,
# "O" and "I" (one a digit), a space and three letters.
_PLATE = re.compile(r"[A-HJ-PR-Y](?<![\w-][A-HJ-PR-Y])[A-HJ-PR-Y](?=[0-9OI]{2} [A-HJ-PR-Z]{3}(?![\w-]))(?=.?[0-9])")


def read_digits(text: str) -> Reading:
    """``text`` with the letters a scanner read for digits in its numbers read as digits (same length, same offsets),
    and the stretches changed: a number's groups ("1O MAY 2O23" → "10 MAY 2023", "£7,215.OO" → "£7,215.00",
    "QR-0O6" → "QR-006") where it holds at least as many digits as look-alike letters (a word holds none: "Oil", "lO"
    stay), look-alikes between two digits inside a code ("K31O8l6" → "K310816") and a vehicle registration's age
    ("KX7O HBT" → "KX70 HBT")."""
    chars: list[str] = []
    changed = _Changes(len(text))
    for hit in _NUMBER_READ.finditer(text):
        number = hit.group()
        # (counted by ``str.count``, not character by character: most numbers are digits alone and hold none)
        look_alikes = number.count("O") + number.count("o") + number.count("l") + number.count("I")
        if not look_alikes or sum(c.isdigit() for c in number) < look_alikes:
            continue
        start, end = hit.span()
        if start and text[start - 1] in "@_\\" or (start > 1 and text[start - 1] in "./" and text[start - 2].isalpha()):
            continue  # (an address's, a path's or a file's part: "host.1O", "c:\\l0")
        chars = chars or list(text)
        chars[start:end] = number.translate(_AS_DIGITS)
        changed.add(start, end)
    for hit in _PLATE.finditer(text):
        start, end = hit.end(), hit.end() + 2
        if text[start:end].isdigit() or changed.touch(start, end):
            continue
        chars = chars or list(text)
        chars[start:end] = text[start:end].translate(_AS_DIGITS)
        changed.add(start, end)
    for hit in _INWARD_CODE.finditer(text):
        if hit.group().lower() in english_words() or hit.group() in words("known_acronyms.txt"):
            continue  # (a line's "L7 OEE", a switch's "X1 OFF")
        chars = chars or list(text)
        chars[hit.start()] = "0"
        changed.add(hit.start(), hit.end())
    for hit in _GLUED_DIGITS.finditer(text):
        start, end = hit.span()
        if changed.touch(start, end):
            continue
        chars = chars or list(text)
        chars[start:end] = hit.group().translate(_AS_DIGITS)
        changed.add(start, end)
    if not changed.stretches:
        return Reading(text, ())
    return Reading("".join(chars), tuple(sorted(changed.stretches)))


def changed_lines(reading: Reading) -> str:
    """The reading with only its changed lines, and the line on either side of each, left in: the rest
    blanked with spaces (line breaks kept, so every offset holds). The rules then scan a few lines."""
    text = reading.text
    kept: list[tuple[int, int]] = []
    for start, end in reading.changed:
        before = text.rfind("\n", 0, start)  # (none on the first line: "rfind(…, 0, -1)" would search to the end)
        line_start = text.rfind("\n", 0, before) + 1 if before > 0 else 0
        line_end = text.find("\n", text.find("\n", end) + 1)
        line_end = len(text) if line_end < 0 or text.find("\n", end) < 0 else line_end
        if kept and line_start <= kept[-1][1]:
            kept[-1] = (kept[-1][0], max(kept[-1][1], line_end))
        else:
            kept.append((line_start, line_end))
    parts: list[str] = []
    at = 0
    for start, end in kept:
        parts.append(_blank(text[at:start]))
        parts.append(text[start:end])
        at = end
    parts.append(_blank(text[at:]))
    return "".join(parts)


def _blank(text: str) -> str:
    return "\n".join(" " * len(line) for line in text.split("\n"))


def over_changes(start: int, end: int, changed: Sequence[tuple[int, int]]) -> tuple[int, int, tuple[int, int]] | None:
    """``start:end`` widened over the changed stretches it touches, and the first of them; None when it
    touches none. (``changed`` is sorted and its stretches do not overlap: those touched are found by bisection,
    not by reading every one, which an input of thousands of misread words would make quadratic.)"""
    i = bisect_left(changed, (end,))  # (the stretches from ``i`` on start at or after ``end``)
    first = i
    while first and changed[first - 1][1] > start:
        first -= 1
    touched = [c for c in changed[first:i] if c[0] < end and start < c[1]]
    if not touched:
        return None
    return min(start, touched[0][0]), max(end, touched[-1][1]), touched[0]
