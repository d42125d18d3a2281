"""Codes read out, as speech recognition, voicemail transcripts and call notes write them down: a letter or two
(or their phonetic words) and the digits in words, "W O four four eight two six", "Q five five one nine oh",
"bravo two four oh one seven", "INC zero zero seven three three one six"; or the digits in words after a word that says
what they number, "lot two five oh four two", "ticket four four one nine two".

A run is four digits or more (up to twelve), two of them said in words; a year said ("twenty twenty four") is none.
Numbers read out as telephone numbers are ``spoken_contact``'s.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.recognisers import anchor_scan
from anonymiser.text.recognisers.not_names import not_initials
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.spoken_numbers import DIGIT, REPEAT, TEEN, TENS, digits, phone_start, year_like

NAME = "spoken_code"
_DIGIT_WORD = rf"(?:{REPEAT}[ \t-]+{DIGIT}|{DIGIT})"
_TOKEN = rf"(?:{_DIGIT_WORD}|{TENS}(?:[ \t-]+(?!oh\b|o\b|zero\b|nought\b){DIGIT})?|{TEEN}|\d{{1,5}})"
_SEPARATOR = r"(?:[ \t]*,?[ \t]+|[ \t]+(?:dash|hyphen|slash|stroke)[ \t]+|-)"
# (tried in the lower-cased text only where a word for a digit and a space, a comma or a hyphen start, found by the
# one automaton pass over the text: led by alternatives, the run was tried at every position)
_RUN = re.compile(rf"\b{_TOKEN}(?:{_SEPARATOR}{_TOKEN}){{1,11}}(?![\w])")
_ANCHOR = anchor_scan.registered(re.compile(r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|"
                                            r"triple|treble|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ ,-]"))
_WORD_DIGITS = re.compile(rf"\b{_DIGIT_WORD}\b")
# Before the run, the code's letters said one by one (capitals or the phonetic alphabet), or its prefix in capitals.
_PHONETIC = ("alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|lima|mike|november|"
             "oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|whisky|x-ray|xray|yankee|zulu")
_LETTERS_BEFORE = re.compile(rf"(?<![\w'])(?:(?:[A-Z]|(?i:{_PHONETIC}))(?:[ \t]+|[ \t]*-[ \t]*)){{1,3}}$|"
                             r"(?<![\w'])[A-Z]{2,5}[ \t]+$")
# Or a word for a record: the run alone is the code.
_RECORD_BEFORE = re.compile(r"(?<![\w'])(?i:lot|batch|deviation|dev|ticket|incident|order|case|job|capa|change|sample|kit|"
                            r"asset|serial|reference|ref|work[ \t]+order|purchase[ \t]+order|po|tag)"
                            r"(?:[ \t]+(?i:number|no\.?|ref))?[ \t]*,?[ \t]*$")
# The pronoun and the article before a number said, and capitals of speech and notes, no code's letters: "OK four four
# one nine two", "NB seven seven one two three".
_NOT_LETTERS = frozenset("I A OK NB PS FYI ASAP TBC TBD AM PM ETA BTW ER UM HM OH".split())
# Capitals and two to six groups of digits, a letter after them perhaps: "QK 31 604 C", "YW 72 18 44" (led by the first
# capital, which ``re`` skips ahead to, the character before it looked behind at).
_GROUPED = re.compile(r"(?P<letters>[A-Z](?<![\w-][A-Z])[A-Z]{0,3})(?:[ ]\d{1,4}){2,6}(?:[ ][A-Z](?![\w-]))?(?![\w-]|[ ]\d)")
# A word for a record just before the code: "Lot is", "lot", "batch number", "the ticket was, I think,", "ticket,
# something like", "the ticket number from Monday was" (not a word earlier in the sentence: "the batch met EN 285 2015 requirements").
_RECORD_IN_SENTENCE = re.compile(r"(?<![\w'])(?i:lot|batch|ticket|incident|case|job|order|deviation|capa|reference|ref|"
                                 r"serial|sample|asset|tag)(?:[ \t]+(?i:number|no\.?|ref|code|id))?"
                                 r"(?:[ \t]+(?i:from|of|for|on)[ \t]+[A-Za-z]+)?"
                                 r"(?:[ \t]*,?[ \t]*(?i:is|was|reads|i[ \t]+think|something[ \t]+like|like)\b)*"
                                 r"[ \t]*[,:]?[ \t]*$")
# The letters of standards, specifications, sizes and measures: "EN 285 2015", "BS 5839 1", "AQL 1 0", "M 8 20", "PH 7 2".
_STANDARDS = frozenset("EN BS ISO AQL M PH IEC ASTM DIN ANSI IEEE USP EP BP JP CFR GMP".split())
_MIN_DIGITS = 4
_MAX_DIGITS = 12
_MIN_WORDS = 2
_REACH = 40


class SpokenCodeRecogniser:
    name = NAME

    def find(self, doc: Document) -> Iterator[Span]:
        text, lower = doc.text, doc.lower
        after = 0
        for at in anchor_scan.starts(_ANCHOR, doc, lower):
            if at < after or (run := _RUN.match(lower, at)) is None:
                continue
            after = run.end()
            said = run.group()
            number = digits(said)
            if not _MIN_DIGITS <= len(number) <= _MAX_DIGITS or year_like(said):
                continue
            words = len(_WORD_DIGITS.findall(said))
            before = text[max(0, run.start() - _REACH):run.start()]
            letters = _LETTERS_BEFORE.search(before)
            if letters and letters.group().split()[0] not in _NOT_LETTERS and words >= _MIN_WORDS \
                    and not (phone_start(number) and len(number) >= 10):
                start = run.start() - len(before) + letters.start()
                yield self._span(text, start, run.end(), "A code read out, its letters and digits")
            elif _RECORD_BEFORE.search(before) and words >= _MIN_WORDS and not (phone_start(number) and len(number) >= 10):
                yield self._span(text, run.start(), run.end(), "A record's number read out")

        yield from self._grouped(text)

    def _grouped(self, text: str) -> Iterator[Span]:
        """A code speech recognition wrote as its letters and its digits in groups, after a word for the record it numbers:
        "Lot is QK 31 604 C", "batch XP 31 7 7 2, er, XP317720", "the ticket was something like YW 72 18 44"."""
        for m in _GROUPED.finditer(text):
            letters = m.group("letters")
            if letters in _NOT_LETTERS or letters in _STANDARDS or letters in not_initials() \
                    or not _RECORD_IN_SENTENCE.search(text, max(0, m.start() - _REACH - 20), m.start()):
                continue
            yield self._span(text, m.start(), m.end(), "A code read out, its letters and its digits in groups")

    def _span(self, text: str, start: int, end: int, reason: str) -> Span:
        return Span(start, end, "identifier", NAME, 0.75, "Code", entity_key(text[start:end]), reason)


RECOGNISER = SpokenCodeRecogniser()
