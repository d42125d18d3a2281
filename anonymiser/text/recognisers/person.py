"""People: with a title (Dr, Prof), after a known given name, in attributions and with a job title.

The span is the name only: honorifics and job titles stay in the text ("Dr [Person A], Head of
Automation").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonymiser.text.data import lines
from anonymiser.text.document import Document
from anonymiser.text.spans import Span, entity_key

_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LO = "a-zß-öø-ÿĀ-ž"
_CAP = rf"(?:[{_UP}][{_LO}]+(?:[-'][{_UP}]?[{_LO}]+)?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O'[A-Z][a-z]+)"
_PARTICLE = r"(?:(?:van|von|de|der|den|da|di|du|le|la|bin|al|el)[ \t]+)"
_FULL = rf"(?:{_CAP}(?:{_GAP}[A-Z]\.)?(?:{_GAP}{_PARTICLE}{{0,2}}{_CAP}){{1,2}})"
_TITLE = r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady)\.?"
_ROLE = (r"(?:Head|Director|Manager|Engineer|Lead|VP|Vice[ \t]President|Chief|Senior|Principal|CEO|CTO|COO|CFO|CIO|"
         r"Scientist|Specialist|Officer|Analyst|Technician|Supervisor|Operator|Consultant|Professor|Founder|"
         r"Co-founder|QA|QC|IT|R&D|Regulatory|Engineering|Technical|Commercial|Supply|Research|President|Chair|Partner|Architect|Coordinator|Controller|Qualified[ \t]Person|QP|Global|Site|Plant|Group|"
         r"Associate|Team|Project|Programme|Operations|Automation|Quality|Digital|Validation|Production|Process|our|the|a|an)")
_VERB = r"(?i:said|says|explained|explains|added|adds|commented|comments|noted|notes|told|recalled|recalls|remembers|according[ \t]to|asked|led[ \t]by|interview[ \t]with|thanks[ \t]to|championed[ \t]by|sponsored[ \t]by)"

PATTERNS: tuple[tuple[re.Pattern[str], float, str], ...] = (
    (re.compile(rf"\b{_TITLE}{_GAP}(?P<name>(?:[A-Z]\.{_GAP}?)*{_CAP}(?:{_GAP}{_PARTICLE}{{0,2}}{_CAP}){{0,2}})"), 0.95, "Name after a title"),
    (re.compile(rf"\b{_VERB}{_GAP}(?P<name>{_FULL})"), 0.9, "Name in an attribution"),
    (re.compile(rf"(?P<name>{_FULL}),?{_GAP}(?:{_VERB}|who[ \t]leads|who[ \t]heads|who[ \t]led)\b"), 0.85, "Name in an attribution"),
    (re.compile(rf"(?P<name>{_FULL})(?:,|[ \t]+\(|[ \t]+[-\u2013\u2014][ \t]+){_GAP}?{_ROLE}\b"), 0.85, "Name with a job title"),
    (re.compile(rf"(?<![\w.])(?P<name>[A-Z]\.(?:[ \t]?[A-Z]\.)?[ \t]?{_CAP})\b"), 0.7, "Initial and surname"),
)
_LEADING_TITLE = re.compile(rf"{_TITLE}{_GAP}")
_GIVEN_THEN_SURNAME = re.compile(rf"\b(?P<given>[{_UP}][{_LO}]+)(?P<rest>(?:{_GAP}[A-Z]\.)?(?:{_GAP}{_PARTICLE}{{0,2}}{_CAP}){{1,2}})")

_NOT_NAME_WORDS = frozenset(
    "the a an our their this that these at in on of for with from by to and as after before when while since "
    "head director manager engineer lead chief senior principal vice president quality automation digital operations "
    "production process validation engineering manufacturing project programme site plant group team data systems "
    "system line lines batch batches phase stage board committee unit units department services service solutions "
    "technology technologies control controls execution management review business case study studies report annual "
    "january february march april may june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday north south east west england scotland wales ireland united kingdom uk us eu "
    "pharma pharmaceuticals biologics therapeutics labs laboratories ltd plc inc limited gmbh sciences health "
    "healthcare medicines university college institute centre center catapult national royal new old first second "
    "last next year years month week day days we i it they he she you who what why how where there here then "
    "however also both all each every one two three several many most some any no not said says".split()
)


@cache
def given_names() -> frozenset[str]:
    return frozenset(lines("first_names.txt"))


class PersonRecogniser:
    name = "person"

    def find(self, doc: Document) -> Iterator[Span]:
        for regex, confidence, reason in PATTERNS:
            for match in regex.finditer(doc.text):
                span = self._span(doc, match, confidence, reason)
                if span:
                    yield span
        names = given_names()
        for match in _GIVEN_THEN_SURNAME.finditer(doc.text):
            if match.group("given") in names:
                span = self._span(doc, match, 0.85, "Known given name and surname", group=0)
                if span:
                    yield span

    def _span(self, doc: Document, match: re.Match[str], confidence: float, reason: str,
              group: str | int = "name") -> Span | None:
        start, end = match.span(group)
        title = _LEADING_TITLE.match(doc.text, start, end)
        if title:
            start = title.end()
        words = [w.strip(".").lower() for w in doc.text[start:end].split()]
        if any(w in _NOT_NAME_WORDS for w in words if len(w) > 1):
            return None
        return Span(start, end, "person", self.name, confidence, "Person", person_key(doc.text[start:end]), reason)


def person_key(mention: str) -> str:
    return entity_key(mention)


RECOGNISER = PersonRecogniser()
