"""Contacts and numbers written as they were spoken, as speech recognition and call notes write them:
"a dot nnamdi at castlegate healthcare dot co dot uk", "oh one two one, four nine six, oh eight seven
three", "ring me on forty four two three", "four five double oh two one".

An address is found from its spoken ending ("dot com", "dot co dot uk") backwards. A run of number
words is a number when it spells six digits or more, or three or more after a word for calling. It is
a telephone number after such a word, after "plus", or when it starts with "oh"/"zero" and has 10 to 13
digits; otherwise an identifier (a tracking, order or ticket number read out).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.languages import ENGLISH_SMALL_WORDS
from anonymiser.text.recognisers import anchor_scan
from anonymiser.text.spans import Span, entity_key

_WORD = r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?"
_S = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # (a caption's line may break anywhere)
_JOIN = rf"{_S}(?:dot|underscore|dash|hyphen|point){_S}"
_TLD_WORDS = r"(?:com|org|net|uk|eu|ie|de|fr|nl|io|info|u[ \t]+k|d[ \t]+e|i[ \t]+e|e[ \t]+u)"  # (or spelled: "u k")
_SPOKEN_TLD = re.compile(
    rf"{_S}dot{_S}(?:(?:co|org|ac|nhs|gov|ltd|plc){_S}dot{_S}(?:uk|u[ \t]+k)|{_TLD_WORDS})(?![a-z])")
# Before the ending: the local part (spelled letters, then words joined by "dot"/"underscore"), "at" (or
# "at sign"), and up to four words of domain ("castlegate healthcare", "cryo dash tech").
_BEFORE_TLD = re.compile(
    rf"(?<![a-z0-9])(?:[a-z][ \t]+)*{_WORD}(?:{_JOIN}(?:[a-z][ \t]+)*{_WORD})*{_S}at(?:[ \t]+(?:sign|symbol))?{_S}"
    rf"{_WORD}(?:(?:{_S}|{_JOIN}){_WORD}){{0,3}}$")
# The word before a spoken address's local part, which a mailbox's name of two words begins ("lims support at
# ..."), unless it is a small word or one said before an address ("e mail", "send", "contact", "is").
_LOCAL_WORD_BEFORE = re.compile(r"(?<![a-z0-9])([a-z]{2,12})[ \t]+$")
_SAID_BEFORE_ADDRESS = frozenset("""mail email send sent contact write wrote reach address is it's thats that's me him her them
    us via cc copy forward forwarded reply respond ping drop message mailbox inbox account""".split())
# "v t underscore service", "tiverly underscore ro": a log-in read out.
_SPOKEN_HANDLE = re.compile(rf"(?<![a-z0-9])(?:[a-z][ \t]+)*{_WORD}(?:{_S}underscore{_S}{_WORD})+(?![a-z0-9])")

_DIGIT = r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|o)(?![a-z])"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TOKEN = rf"(?:(?:double|triple)[ \t]+{_DIGIT}|{_TENS}(?:[ \t-]+(?!oh\b|o\b|zero\b|nought\b){_DIGIT})?|{_TEEN}|{_DIGIT}|hundred|\d{{1,5}})"
# (a run goes on across a caption's line break between words only: "2019\nTwenty years" is a year and a heading)
_WORD_BREAK = r"(?<![0-9])[ \t]*\n[ \t]*(?=[a-z])"
_NUMBER_RUN = re.compile(
    rf"(?<![\w-])(?:plus[ \t]+)?{_TOKEN}(?:(?:,?[ \t]+|{_WORD_BREAK}|[ \t]*-[ \t]*|,){_TOKEN})+(?![\w-])")
_TOKEN_PART = re.compile(rf"(double|triple)[ \t]+{_DIGIT}|({_TENS})(?:[ \t-]+({_DIGIT}))?|{_TEEN}|\d+|hundred|{_DIGIT}")
_CALLING = re.compile(
    r"(?:\b(?:phone|tel|telephone|mobile|line|ring|call|extension|ext|direct|dial|text|whatsapp)\b"
    r"(?:[ \t]+(?:me|us|him|her|them|is|on|at|it's|its|number|no))*[ \t,:]*)$")
_SPOKEN_WORD = re.compile(r"[a-z]")  # a run of digits alone ("12 15 18 20 22 25") is a table's numbers
_CHEAP = anchor_scan.registered(re.compile(r"\b(?:oh|zero|nought|double|triple|one|two|three|four|five|six|seven|eight|nine)\b"))


class SpokenContactRecogniser:
    name = "spoken_contact"

    def find(self, doc: Document) -> Iterator[Span]:
        if " dot " in doc.lower:
            yield from self._addresses(doc)
        if next(anchor_scan.finditer(_CHEAP, doc, doc.lower), None):  # (``_CHEAP.search``)
            yield from self._numbers(doc)
        if "underscore" in doc.lower:
            for handle in _SPOKEN_HANDLE.finditer(doc.lower):
                yield Span(handle.start(), handle.end(), "contact", self.name, 0.8, "Handle",
                           entity_key(doc.text[handle.start():handle.end()]), "Log-in read out")

    def _addresses(self, doc: Document) -> Iterator[Span]:
        for tld in _SPOKEN_TLD.finditer(doc.lower):
            line_start = doc.lower.rfind("\n", 0, tld.start())
            line_start = doc.lower.rfind("\n", 0, max(line_start, 0)) + 1  # (this line and the one before)
            before = _BEFORE_TLD.search(doc.lower, max(line_start, tld.start() - 120), tld.start())
            if before:
                start = before.start()
                if (word := _LOCAL_WORD_BEFORE.search(doc.lower, max(line_start, start - 16), start)) \
                        and word.group(1) not in ENGLISH_SMALL_WORDS and word.group(1) not in _SAID_BEFORE_ADDRESS:
                    start = word.start(1)  # "lims support at ashcombe pharma dot co dot uk": a mailbox of two words
                mention = doc.text[start:tld.end()]
                yield Span(start, tld.end(), "contact", self.name, 0.85, "Email", entity_key(mention),
                           "E-mail address read out")

    def _numbers(self, doc: Document) -> Iterator[Span]:
        codes: list[tuple[int, int]] = []
        for run in _NUMBER_RUN.finditer(doc.lower):
            if not (codes and codes[-1][0] <= run.start() < codes[-1][1]) and (code := _code_around(doc.lower, run)):
                codes.append(code)
                mention = doc.text[code[0]:code[1]]
                yield Span(code[0], code[1], "identifier", self.name, 0.8, "Code",
                           _CODE_KEY.sub("", _spelled_digits(mention.lower())), "Code read out")
            digits = _digits(run.group())
            if not digits or _year_like(run.group()) or not _SPOKEN_WORD.search(run.group()):
                continue
            calling = _CALLING.search(doc.lower, max(0, run.start() - 40), run.start())
            if len(digits) < (3 if calling else 6):
                continue
            phone = calling is not None or run.group().startswith("plus") or digits.startswith("0") and 10 <= len(digits) <= 13
            # ("extension two two six four" is taken with its word, as "ext. 4471" is)
            start = calling.start() if calling is not None and calling.group().startswith("ext") else run.start()
            yield Span(start, run.end(), "contact" if phone else "identifier", self.name, 0.8,
                       "Phone" if phone else "Number", digits, "Number read out")


# "b m p dash p k dash zero four one seven", "d e v two four dash oh three one one", "M, B, dash, one nine": a
# code read out, letters spelled one by one, its dashes said, its digits as number words.
_LETTER = r"[a-z](?![a-z'])"
_MARK = r"(?:dash|hyphen|slash)"
_CODE_PART = rf"(?:{_TOKEN}|{_MARK}|{_LETTER})"
_CODE = re.compile(rf"(?<![\w'-]){_CODE_PART}(?:(?:,?[ \t]+|{_WORD_BREAK}){_CODE_PART})+(?![\w'-])")
_CODE_TOKENS = re.compile(rf"{_MARK}|(?:double|triple)[ \t]+{_DIGIT}|{_TENS}|{_TEEN}|hundred|\d+|{_DIGIT}|{_LETTER}")
_CODE_KEY = re.compile(r"[^a-z0-9]")
_NEAR_CODE = 80


def _code_around(lower: str, run: re.Match[str]) -> tuple[int, int] | None:
    """The code read out that a run of number words is part of: two spelled letters or more, or one and a
    dash, and two digits or more; a leading "a" or "i" before a number is an English word ("a one off")."""
    for code in _CODE.finditer(lower, max(0, run.start() - _NEAR_CODE), run.end() + _NEAR_CODE):
        if code.start() > run.start() or code.end() < run.end():
            continue
        tokens = list(_CODE_TOKENS.finditer(lower, code.start(), code.end()))
        while tokens and (tokens[0].group() in _MARKS or tokens[0].group() in "ai" and len(tokens) > 1
                          and not re.fullmatch(_LETTER, tokens[1].group())):
            tokens.pop(0)
        while tokens and tokens[-1].group() in _MARKS:
            tokens.pop()
        if not tokens:
            return None
        words = [t.group() for t in tokens]
        letters = sum(len(w) == 1 and w.isalpha() and w != "o" for w in words)
        marks = sum(w in _MARKS for w in words)
        start, end = tokens[0].start(), tokens[-1].end()
        if (letters >= 2 or letters and marks) and len(_digits(lower[start:end])) >= 2:
            return start, end
        return None
    return None


_MARKS = frozenset({"dash", "hyphen", "slash"})


def _spelled_digits(code: str) -> str:
    """A code's letters and digits: "b m p dash zero four" → "bmp04" (its key: read out twice, one placeholder)."""
    return "".join(_digits(t.group()) if not re.fullmatch(_LETTER, t.group()) or t.group() == "o" else t.group()
                   for t in _CODE_TOKENS.finditer(code) if t.group() not in _MARKS)


_UNITS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_UNITS.update(oh="0", o="0", nought="0")
_TEN_VALUES = {w: str(i) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_TEEN_VALUES = {w: str(i) for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 10)}


def _digits(run: str) -> str:
    """The digits a run of number words spells: "four five double oh two one" → "450021"."""
    out: list[str] = []
    for part in _TOKEN_PART.finditer(run):
        word = part.group()
        if part.group(1):
            out.append(_UNITS[word.split()[-1]] * (2 if part.group(1) == "double" else 3))
        elif part.group(2):
            out.append(_TEN_VALUES[part.group(2)] + (_UNITS[part.group(3)] if part.group(3) else "0"))
        elif word in _TEEN_VALUES:
            out.append(_TEEN_VALUES[word])
        elif word == "hundred":
            out.append("00")
        elif word.isdigit():
            out.append(word)
        else:
            out.append(_UNITS[word])
    return "".join(out)


_YEAR = re.compile(rf"(?:twenty|nineteen)[ \t]+(?:{_TENS}(?:[ \t]+{_DIGIT})?|{_TEEN}|oh[ \t]+{_DIGIT})")


def _year_like(run: str) -> bool:
    """"twenty twenty four", "nineteen ninety nine": a year, not a number to redact as a contact."""
    return bool(_YEAR.fullmatch(run.replace("-", " ").strip()))


RECOGNISER = SpokenContactRecogniser()
