"""Places that no gazetteer lists, known by their context: "our plant in Kirkby Stephen", "based in
Settle", "our Penrith site", "Ilkley-based", "Cockermouth, Cumbria".

No region is known for them, so they get a placeholder (``[Place A]``) rather than a region.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.recognisers import anchor_scan
from anonymiser.text.recognisers.line_start import LineStartPattern
from anonymiser.text.recognisers.not_names import not_name_words
from anonymiser.text.recognisers.uk_place import RECOGNISER as GAZETTEER
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.wordtrie import trie_pattern

_TOWN = r"(?P<town>[A-Z][a-z]+(?:(?:-| )(?:upon|on|under|in|le|by|next|the|super)(?:-| )[A-Z][a-z]+|[ -][A-Z][a-z]+){0,2})"
_SITE_WORDS = ("staff team employees people jobs site sites plant plants facility facilities campus factory laboratory "
               "lab labs warehouse headquarters hq office offices dispensary dispensaries suite suites operations "
               "premises works").split()
_VERBS = "based located headquartered situated manufactures manufacturing production".split()
_SITE = trie_pattern(_SITE_WORDS)
# Keyword first, matched in the lower-cased text; the town after it is then matched in the text.
_KEYWORD_THEN_TOWN = anchor_scan.registered(re.compile(rf"{trie_pattern(_SITE_WORDS + _VERBS)}[ \t]+(?:in|at|near|outside)[ \t]+"))
_TOWN_AT = re.compile(_TOWN)
_TOWN_BEFORE = re.compile(_TOWN + "$")
_OWNED_SITE = re.compile(rf"\b(?:our|its|their|the)[ \t]+{_TOWN}[ \t]+(?:{trie_pattern(_SITE_WORDS[5:])}|QC[ \t]+lab|tablet[ \t]+plant)\b")
# (where ``_OWNED_SITE`` can start, found in the lower-cased text: a pattern led by ``\b`` is tried at every position)
_OWNED_SITE_ANCHOR = anchor_scan.registered(re.compile(r"(?:our|its|the(?:ir)?)[ \t]"))
# A dateline: "Penrith, Cumbria — 12 March 2024" at the start of a line.
_DATELINE = LineStartPattern.of(rf"[ \t]*{_TOWN}(?:,[ \t]+[A-Z][a-z]+)*,?[ \t]+(?:[-\u2013\u2014]|\d{{1,2}}[ \t]+[A-Z][a-z]+[ \t]+\d{{4}}|"
                                rf"[A-Z][a-z]+[ \t]+\d{{1,2}},?[ \t]+\d{{4}})")
# (read by its line breaks: a pattern led by "(?m:^" is tried at every position; read by its group only)
_LABELLED = LineStartPattern.of(r"(?i:[ \t]*(?:[-*\u2022][ \t]*)?(?:sites?|locations?|plants?|based)[ \t]*:[ \t]*)(?P<list>[^\n]+)")
_LIST_ITEM = re.compile(_TOWN + r"(?=[ \t]*(?:,|and\b|&|$|\n|\())")
_NOT_PLACES = frozenset("the a our its their this that new main old uk england scotland wales europe "
                                         "raman nir cloud for immediate release press on thanks "
                                         "dr mr mrs ms mx miss prof sir dame".split())  # ("Dr Kristiane Hallqvist - QP": no dateline)


class PlaceContextRecogniser:
    name = "place_context"

    def find(self, doc: Document) -> Iterator[Span]:
        # (what a keyword names, "based in Settle", may be an everyday word; a dateline's first word, what is
        # "-based", a site's name and the words before a town seldom are unless they are an address)
        found = [(m, False) for m in _owned_sites(doc)] + [(m, False) for m in _DATELINE.finditer(doc.text)]
        for keyword in anchor_scan.finditer(_KEYWORD_THEN_TOWN, doc, doc.lower):
            town = _TOWN_AT.match(doc.text, keyword.end())
            if town and not _glued(doc.text, keyword.start()):
                found.append((town, True))
        for based in re.finditer("-based", doc.text):
            found += [(m, False) for m in [_TOWN_BEFORE.search(doc.text, max(0, based.start() - 40), based.start())] if m]
        for county in GAZETTEER.find(doc):
            before = _TOWN_BEFORE.search(doc.text, max(0, county.start - 42), max(0, county.start - 2))
            if before and doc.text[before.end():county.start] in (", ", ",\t"):
                found.append((before, False))
        for m, everyday in found:
            town = m.group("town")
            if not _not_place(town) and (everyday or not _everyday_words(town)) and not _glued(doc.text, m.start("town")):
                yield self._span(m)
        for labelled in _LABELLED.finditer(doc.text):
            for item in _LIST_ITEM.finditer(doc.text, labelled.start("list"), labelled.end("list")):
                if not _not_place(item.group("town")):
                    yield self._span(item)

    def _span(self, m: re.Match[str]) -> Span:
        start, end = m.span("town")
        return Span(start, end, "place", self.name, 0.75, "Place", entity_key(m.group("town")),
                    "Place name in a site context")


def _owned_sites(doc: Document) -> Iterator[re.Match[str]]:
    """``_OWNED_SITE.finditer(doc.text)``, tried only where one of its leading words is."""
    after = 0
    for hit in anchor_scan.finditer(_OWNED_SITE_ANCHOR, doc, doc.lower):
        if hit.start() >= after and (match := _OWNED_SITE.match(doc.text, hit.start())):
            after = match.end()
            yield match


def _glued(text: str, start: int) -> bool:
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-")


def _not_place(town: str) -> bool:
    return any(w.lower() in _NOT_PLACES or w.lower() in not_name_words() for w in town.split())


# The last words of an address, which everyday words make: "Bridge Street", "Orchard Court", "Engine Shed Lane".
_ADDRESS_WORDS = frozenset("street road lane avenue drive close court crescent terrace square park way grove place row "
                           "walk gardens hill mill works house building estate quay wharf bank green yard mews parade farm "
                           "boulevard parkway".split())


def _everyday_words(town: str) -> bool:
    """Whether a town is everyday words, and no address: "Released" (22 May 2025), "Approved" (– S. Quarnby),
    "Rule"(-based), "Sterile Block" — but not "Bridge Street"."""
    words = town.lower().replace("-", " ").split()
    return words[-1] not in _ADDRESS_WORDS and all(w in english_words() for w in words)


RECOGNISER = PlaceContextRecogniser()
