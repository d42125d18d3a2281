"""Street addresses and named estates: "12 Carrow Road", "Unit 4, Tarnside Business Park", with the parts of a building
written before them ("Level 6, Tower B, 88 Harbour Road", "Suite 1400, 200 Elm Street", "2nd Floor, 9 Quay Street")."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser
from anonymiser.text.spans import Span

_STREET = (r"Road|Street|Lane|Avenue|Way|Drive|Close|Crescent|Place|Square|Terrace|Row|Court|Gardens|Hill|Park|"
           r"Estate|Business[ \t]Park|Industrial[ \t]Estate|Science[ \t]Park|Trading[ \t]Estate|Quay|Wharf|Parkway|Boulevard|"
           # (and as addresses cut them short: "14 Skaldvale Rd", "200 Seaport Blvd", "Unit 9, Thwaitholm Lane Ind. Est."; not
           # "Ave", a table's average)
           r"Rd|Blvd|Pkwy|Hwy|Ind\.?[ \t]Est|Trad\.?[ \t]Est|Bus\.?[ \t]Pk")
_ESTATE = (r"Business[ \t]Park|Industrial[ \t]Estate|Science[ \t]Park|Trading[ \t]Estate|Technology[ \t]Park|Enterprise[ \t]Zone|"
           r"Ind\.?[ \t]Est|Trad\.?[ \t]Est|Bus\.?[ \t]Pk")
# Texts without a street or estate word (most) are not scanned: both patterns end in one, and a
# list of words is a fast scan where a pattern led by optional words is tried at every position.
_HAS_STREET = re.compile(rf"(?:{_STREET})\b")
_HAS_ESTATE = re.compile(rf"(?:{_ESTATE})\b")
# A site known by its road or campus, with no number: "Gunnels Wood Road", "Harwell Campus", "Estuary Commerce Park".
_SITE = r"Road|Campus|Commerce[ \t]Park|Research[ \t]Park|Industrial[ \t]Park|Enterprise[ \t]Park|Retail[ \t]Park"
_HAS_SITE = re.compile(rf"(?:{_SITE})\b")
# Roads that are no one's address: "the ring road", "Main Road" as a kind, "Car Park"
_NOT_SITE_WORDS = frozenset("the a an our their this that main ring access service relief slip by-pass bypass link "
                            "car new old university college hospital".split())


_NAMED_SITE = re.compile(rf"[A-Z][a-z]+[ \t]+(?:[A-Z][a-z]+[ \t]+){{0,2}}(?:{_SITE})\b")


_ENDS_SITE = re.compile(rf"(?:{_SITE})$")


def _named_site(match: re.Match[str], doc: Document) -> bool:
    """Any address or estate; a road or campus without a number when its first word names it ("the Main Road",
    "North Road" name none)."""
    first = match.group().split()[0].lower()
    return first not in _NOT_SITE_WORDS or not _ENDS_SITE.search(match.group())

# A building's parts before its street address, each with its comma: "Level 6, ", "Tower B, ", "Suite 1400, ", "Flat 2A, ",
# "3rd Floor, ", "Ground Floor, " (read back from the address's start, over a short stretch).
_PARTS_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:(?:Level|Floor|Suite|Flat|Apartment|Apt\.?|Room|Tower|Wing|Block|Building|Unit)[ \t]+[A-Z0-9][\w-]{0,5}"
    r"|(?:\d{1,2}(?:st|nd|rd|th)|Ground|First|Second|Third|Top)[ \t]+Floor),[ \t]+){1,3}$")


@dataclass(frozen=True)
class AddressRecogniser(PatternRecogniser):
    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        for span in super().find(doc):
            if (parts := _PARTS_BEFORE.search(text, max(0, span.start - 60), span.start)) is not None:
                span = span.moved(parts.start(), span.end)  # (its key the street's: one address, whatever floor)
            yield span


RECOGNISER = AddressRecogniser(
    name="address",
    category="place",
    label="Address",
    reason="Street address or named estate",
    patterns=(
        # "(?:(?:Unit|Building|Block|Plot)[ \t]+\w+,?[ \t]+)?\d{1,4}" starting with a character class: a
        # pattern led by an optional group is tried at every position (same matches, tried in the same order).
        # ("Unit 9, Rossmore Business Park": a unit's number may stand for the street number)
        Pattern(re.compile(rf"[UBP\d](?:(?:(?<=U)nit|(?<=B)uilding|(?<=B)lock|(?<=P)lot)[ \t]+\w+,?[ \t]+(?:\d{{1,4}}[A-Za-z]?,?[ \t]+)?"
                           rf"|(?<=\d)\d{{0,4}}[A-Za-z]?,?[ \t]+)(?:[A-Z][a-z]+[ \t]+){{1,3}}(?:{_STREET})\b"), 0.9,
                requires=_HAS_STREET),
        # "[A-Z][a-z]+[ \t]+(?:…){0,2}" is "(?:[A-Z][a-z]+[ \t]+){1,3}" starting with a character class.
        Pattern(re.compile(rf"[A-Z][a-z]+[ \t]+(?:[A-Z][a-z]+[ \t]+){{0,2}}(?:{_ESTATE})\b"), 0.85, requires=_HAS_ESTATE),
        Pattern(_NAMED_SITE, 0.8, requires=_HAS_SITE),
    ),
    validate=_named_site,
)
