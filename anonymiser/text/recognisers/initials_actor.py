"""Initials that act in minutes and action lists: "TW reported that…", "ACTION 16: AN — second
quote", "notes (MW)", "— MW to push back", "A2 SO/MTR — data residency".

Two to four capitals (a lower-case particle letter may sit between them: "RDdV") at the start of a
line or bullet before a verb, a colon or a dash, after "Action:" or "Owner:", in brackets, or after a
slash next to other initials; only when the same initials occur at least twice in the document and
are no acronym of the trade ("QA", "MES") nor an acronym spelled out just before them.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from anonymiser.text.document import Document
from anonymiser.text.recognisers.line_start import LineStartPattern
from anonymiser.text.recognisers.person import not_initials
from anonymiser.text.spans import Span, entity_key

_TOKEN = r"[A-Z](?:[a-z]?[A-Z]){1,3}"
_END = r"(?![\w&'\u2019-])"
_VERB = (r"(?:to|and|will|reported|raised|noted|presented|agreed|asked|confirmed|queried|suggested|summarised|"
         r"summarized|explained|proposed|updated|chasing|chased|said|owns|leads|led|reminded|outlined|gave|took|"
         r"circulated|shared|thanked|welcomed|opened|closed|introduced|described|demonstrated)\b")
_AFTER = rf"(?=[ \t]*(?::|/|[\u2014\u2013]|-[ \t]|,[ \t]*{_TOKEN}{_END})|[ \t]+{_VERB})"
_LINE_START = LineStartPattern.of(rf"[ \t]*(?:[-*\u2022][ \t]*)?(?:[A-Z]?\d{{1,3}}[.)]?[ \t]+)?(?P<i>{_TOKEN}){_END}{_AFTER}")
# (the colon first, then the field name before it)
_FIELD = re.compile(rf":[ \t]*(?P<i>{_TOKEN}){_END}")
_FIELD_NAME = re.compile(r"(?i:\b(?:action|actions|owner|owners|lead|who|assigned[ \t]+to))(?:[ \t]+\d{1,3})?[ \t]*$")
_BRACKET = re.compile(rf"\((?P<i>{_TOKEN})\)")
# (these two start with the token's capital, so ``re`` skips ahead to one; the look-behind then checks the
# character before it)
_TOKEN_REST = r"(?:[a-z]?[A-Z]){1,3}"
_SLASH = re.compile(rf"[A-Z](?<![\w/].){_TOKEN_REST}/(?P<i>{_TOKEN}){_END}")
_DASH = re.compile(rf"[\u2014\u2013][ \t]+(?P<i>{_TOKEN}){_END}(?=[ \t]+{_VERB})")
_ANY = re.compile(rf"[A-Z](?<![\w&].){_TOKEN_REST}{_END}")

# Capitals that are words or common abbreviations, not anyone's initials (beyond the trade's acronyms).
_NOT_ACTORS = frozenset("""
    CI CD PO NA TBC TBD SAT FAT IQ OQ PQ AOB RACI WIP ETA FYI ASAP EOD COB NB PS AM PM UTC GMT BST TV PC ID OS UI
    UX SDK PR HQ MD VP RFQ RFP POC POC MVP NDA SOW TL WP OK NO YES IS IF OR AND THE FOR TO BY AT ON IN OF AS BE DO
    GO ME MY UP WE HE IT US UK EU USA NHS CPI KPI ROI QP OEE CAPA HMI PLC SCADA ERP LIMS MHRA FDA EMA MES PAT GMP QA
    QC SOP URS R&D HR AI ML IT OT CEO CTO CFO COO MSAT RAG ALL ANY NEW OPS DR PROF MR MRS MS CC BCC RE FW FWD
    Q A QR CV PhD MSc BSc MBA MEng BEng HNC HND KTP EPSRC BBSRC UKRI IUK
    """.split())


@cache
def _never() -> frozenset[str]:
    return _NOT_ACTORS | not_initials()


class InitialsActorRecogniser:
    name = "initials_actor"

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        candidates: list[tuple[int, int]] = []
        for pattern in (_LINE_START, _DASH):
            candidates += [m.span("i") for m in pattern.finditer(text)]
        candidates += [m.span("i") for m in _FIELD.finditer(text)
                       if _FIELD_NAME.search(text, max(0, m.start() - 24), m.start())]
        if "(" in text:  # "(MW)" after a space or at a line start
            candidates += [m.span("i") for m in _BRACKET.finditer(text) if not m.start() or text[m.start() - 1] in " \t\n"]
        if candidates and "/" in text:  # "SO/MTR" after initials already acting ("UF/DF" is no one)
            acting = {s for s, _ in candidates}
            candidates += [m.span("i") for m in _SLASH.finditer(text) if m.start() in acting]
        declared = {t.upper() for t in doc.terms}
        candidates = [(s, e) for s, e in candidates if text[s:e] not in _never() and text[s:e].upper() not in declared]
        if not candidates:
            return
        counts = Counter(m.group() for m in _ANY.finditer(text))
        introduced = {m.group("i") for m in _BRACKET.finditer(text) if _named_before(text, m.start())} if "(" in text else set()
        for start, end in sorted(set(candidates)):
            initials = text[start:end]
            if counts[initials] >= 2 and initials not in introduced:
                yield Span(start, end, "person", self.name, 0.75, "Person", entity_key(initials),
                           "Initials acting in minutes or an action list")


def _named_before(text: str, bracket: int) -> bool:
    """"Northfield Biologics plc (NFB)", "automated visual inspection (AVI)": initials introduced for
    the words just before them (a person's are learned with the name), not someone acting."""
    words = text[max(0, bracket - 80):bracket].split()
    if any(w[:1].isupper() for w in words[-2:]):
        return True
    letters = [c for c in text[bracket + 1:text.index(")", bracket)] if c.isupper()]
    firsts = [w[0].upper() for w in words if w[:1].isalpha() and w.lower() not in ("of", "and", "for", "the", "&")]
    return firsts[-len(letters):] == letters


RECOGNISER = InitialsActorRecogniser()
