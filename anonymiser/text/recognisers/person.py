"""People: with a title (Dr, Prof), after a known given name, in attributions, labelled fields,
greetings and sign-offs, as interview speakers, with a job title, and in lists after one of these.

The span is the name only: honorifics and job titles stay in the text ("Dr [Person A], Head of
Automation"). The contexts are data, in ``person_cues``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonymiser.text.data import lines
from anonymiser.text.document import Document
from anonymiser.text.recognisers.person_cues import COORDINATED, CUES, GIVEN_THEN_SURNAME, LEADING_TITLE
from anonymiser.text.spans import Span, entity_key

NOT_NAME_WORDS = frozenset(
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
    "however also both all each every one two three several many most some any no not said says interviewer "
    "question answer subject q a re fw fwd date title abstract summary background scope results result budget cost "
    "status owner contact contacts sponsor reviewer approver author authors document reference product location "
    "equipment lesson lessons context risks highlights recommendation action root cause key facts note notes "
    "media enquiries press release immediate attached please thanks regards best hi hello dear everyone all "
    "team's company customer supplier buyer partner partners vendor investment capital timeline launch go-live "
    "users use sites scale tel phone email e-mail web www mobile fax ask call message ai ml digital twin twins "
    "executive officer technical commercial regulatory research development continuous improvement".split()
)


@cache
def given_names() -> frozenset[str]:
    return frozenset(lines("first_names.txt"))


class PersonRecogniser:
    name = "person"

    def find(self, doc: Document) -> Iterator[Span]:
        found: list[Span] = []
        for regex, confidence, reason in CUES:
            found.extend(self._spans(doc, regex.finditer(doc.text), confidence, reason))
        names = given_names()
        given = (m for m in GIVEN_THEN_SURNAME.finditer(doc.text) if m.group("given") in names)
        found.extend(self._spans(doc, given, 0.85, "Known given name and surname", group=0))
        yield from found
        yield from self._coordinated(doc, found)

    def _coordinated(self, doc: Document, seeds: list[Span]) -> Iterator[Span]:
        frontier = seeds
        seen = {(s.start, s.end) for s in seeds}
        while frontier:
            nxt: list[Span] = []
            for seed in frontier:
                match = COORDINATED.match(doc.text, seed.end)
                for span in self._spans(doc, [match] if match else [], 0.8, "Name in a list of people"):
                    if (span.start, span.end) not in seen:
                        seen.add((span.start, span.end))
                        nxt.append(span)
            yield from nxt
            frontier = nxt

    def _spans(self, doc: Document, matches: object, confidence: float, reason: str,
               group: str | int = "name") -> Iterator[Span]:
        for match in matches:  # type: ignore[attr-defined]
            assert isinstance(match, re.Match)
            start, end = match.span(group)
            title = LEADING_TITLE.match(doc.text, start, end)
            if title:
                start = title.end()
            words = [w.strip(".").lower() for w in doc.text[start:end].split()]
            if not words or any(w in NOT_NAME_WORDS for w in words if len(w) > 1):
                continue
            yield Span(start, end, "person", self.name, confidence, "Person", entity_key(doc.text[start:end]), reason)


RECOGNISER = PersonRecogniser()
