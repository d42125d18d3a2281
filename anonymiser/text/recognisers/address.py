"""Street addresses and named estates: "12 Carrow Road", "Unit 4, Tarnside Business Park"."""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

_STREET = (r"Road|Street|Lane|Avenue|Way|Drive|Close|Crescent|Place|Square|Terrace|Row|Court|Gardens|Hill|Park|"
           r"Estate|Business[ \t]Park|Industrial[ \t]Estate|Science[ \t]Park|Trading[ \t]Estate|Quay|Wharf|Parkway|Boulevard")
_ESTATE = r"Business[ \t]Park|Industrial[ \t]Estate|Science[ \t]Park|Trading[ \t]Estate|Technology[ \t]Park|Enterprise[ \t]Zone"
# Texts without a street or estate word (most) are not scanned: both patterns end in one, and a
# list of words is a fast scan where a pattern led by optional words is tried at every position.
_HAS_STREET = re.compile(rf"(?:{_STREET})\b")
_HAS_ESTATE = re.compile(rf"(?:{_ESTATE})\b")

RECOGNISER = PatternRecogniser(
    name="address",
    category="place",
    label="Address",
    reason="Street address or named estate",
    patterns=(
        # "(?:(?:Unit|Building|Block|Plot)[ \t]+\w+,?[ \t]+)?\d{1,4}" starting with a character class: a
        # pattern led by an optional group is tried at every position (same matches, tried in the same order).
        # ("Unit 9, Rossmore Business Park": a unit's number may stand for the street number)
        Pattern(re.compile(rf"[UBP\d](?:(?:(?<=U)nit|(?<=B)uilding|(?<=B)lock|(?<=P)lot)[ \t]+\w+,?[ \t]+(?:\d{{1,4}}[A-Za-z]?,?[ \t]+)?"
                           rf"|(?<=\d)\d{{0,3}}[A-Za-z]?,?[ \t]+)(?:[A-Z][a-z]+[ \t]+){{1,3}}(?:{_STREET})\b"), 0.9,
                requires=_HAS_STREET),
        # "[A-Z][a-z]+[ \t]+(?:…){0,2}" is "(?:[A-Z][a-z]+[ \t]+){1,3}" starting with a character class.
        Pattern(re.compile(rf"[A-Z][a-z]+[ \t]+(?:[A-Z][a-z]+[ \t]+){{0,2}}(?:{_ESTATE})\b"), 0.85, requires=_HAS_ESTATE),
    ),
)
