"""People's numbers as HR and GMP records write them: a staff, payroll, badge, clock or operator number after the word
for whose number it is ("emp 71390", "your badge (0062815)", "Clock no. 812", "works number 4091", "agency worker no.
5521", "payroll 0057114"), the line broken between them or not; a UK National Insurance number with its last letter
("NI number: QQ 12 34 56 C"); a health or science professional's registration ("NMC PIN 12A3456E", "GPhC reg. 2071234",
"HCPC PH12345"); and a number in brackets just after a person's name ("Osgood Vantreck (40955)", "Vantreck, O
[41003]"), as a roster, a signature log or a letter's copy list puts it there.

A bare number after the word needs four digits or more and no year ("staff 2024 survey"); three will do after the
word's "no.", "number", "ID" or "#". Words that are everyday ones too ("works", "clock", "pay", "user", "op") need that
"no." or "ID": "it works 1000 times" is no number. A number in brackets after a name has four digits or more and is no
year ("Osgood Vantreck (2019)").
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import ReadsFindings
from anonymiser.text.spans import Span, coverage, entity_key
from anonymiser.text.wordtrie import trie_pattern

NAME = "staff_number"

_EVERYDAY = "works clock pay user op hr swipe access card pass".split()
# (the words found first in the lower-cased text, a trie led by their first letters, each match then read from there)
_ANCHOR = re.compile(trie_pattern("emp staff payroll personnel badge operator agency worker works clock pay user op hr "
                                  "swipe access pass".split(), not_after=r"[\w-]"))
_LABEL = re.compile(
    r"(?P<label>(?i:emp(?:l|loyee'?s?)?|staff|payroll|personnel|badge|operator|"
    r"agency[ \t]+worker|worker|works|clock(?:[ \t]+card)?|pay|user|op|hr|swipe[ \t]+card|access[ \t]+card|pass))"
    r"(?![\w-])(?P<word>[ \t]*+(?:(?i:no|nr|num|number|id|ref|code)(?![\w-])\.?|#))?[ \t]*+[:#]?[ \t]*+(?:\n[ \t]*+)?"
    r"[(\[]?[ \t]*+(?P<id>(?:[A-Z]{1,4}[-/]?)?\d{3,10})(?![\w/-]|[.,]\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
# What says the number is an amount, not anyone's: "staff 1200 people", "pay 2500 GBP".
_UNIT_AFTER = re.compile(r"[ \t]*(?:%|(?i:people|staff|employees|hours|hrs|days|weeks|years|gbp|eur|usd|pounds|per)\b)")
# A UK National Insurance number: two letters, three pairs of digits and a letter from A to D, spaced or not.
_NINO = re.compile(r"(?<![\w-])(?i:ni|nino|national[ \t]+insurance)(?:[ \t]++(?i:no|number))?\.?[ \t]*+:?[ \t]*+"
                   r"(?P<id>[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D])(?![\w-])")
# A professional's registration with its body: "NMC PIN 12A3456E", "GMC number 7123456", "GPhC reg. 2071234", "HCPC PH12345".
_REGISTRATION = re.compile(
    r"(?<![\w-])(?:NMC|GMC|GPhC|HCPC|PSNI|GDC|GOC|NISCC|SSSC)(?:[ \t]+(?i:pin|reg(?:istration)?|registered|"
    r"membership))?(?:[ \t]*+(?i:no|number|#)\.?)?[ \t]*+:?[ \t]*+(?P<id>(?=[A-Z]{0,3}\d)[A-Z0-9]{5,10})(?![\w/-])")
# A number in brackets just after a person's name: "Osgood Vantreck (40955)", "Vantreck, O [41003]", "(#40955)".
_BRACKETED = re.compile(r"[ \t]*+[(\[][ \t]*+(?:#|(?i:no\.?|emp\.?|staff)[ \t]*+)?(?P<id>(?:[A-Z]{1,3}-?)?\d{4,10})[ \t]*+[)\]]")


class StaffNumberRecogniser(ReadsFindings):
    name = NAME

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        text = doc.text
        for hit in _ANCHOR.finditer(doc.lower):
            if (match := _LABEL.match(text, hit.start())) and _a_number(text, match):
                yield _span(match, "A person's number after the word for whose it is")
        if "ni" in doc.lower or "national" in doc.lower:
            for match in _NINO.finditer(text):
                yield _span(match, "A National Insurance number")
        for match in _REGISTRATION.finditer(text):
            if sum(c.isdigit() for c in match.group("id")) >= 4:
                yield _span(match, "A professional's registration number")
        people = [s for s in found if s.category in ("person", "name")]
        if people and ("(" in text or "[" in text):
            covered = coverage(len(text), ((found, 1),))
            for person in people:
                if (m := _BRACKETED.match(text, person.end)) and not covered[m.start("id")] \
                        and not _YEAR.fullmatch(m.group("id")):
                    yield _span(m, "A number in brackets after a person's name")


def _a_number(text: str, match: re.Match[str]) -> bool:
    label = " ".join(match.group("label").lower().split())
    number = match.group("id")
    digits = sum(c.isdigit() for c in number)
    if _UNIT_AFTER.match(text, match.end()):
        return False
    if match.group("word"):
        return digits >= 3
    if label.split()[0] in _EVERYDAY and label != "clock card":
        return False
    return digits >= 4 and not _YEAR.fullmatch(number)


def _span(match: re.Match[str], reason: str) -> Span:
    return Span(match.start("id"), match.end("id"), "identifier", NAME, 0.8, "Reference", entity_key(match.group("id")),
                reason)


RECOGNISER = StaffNumberRecogniser()
