"""Marketing authorisation and procedure numbers: "PL 58206/0003", "PLGB 58206/0002/IA/005", "PA 1234/005/001",
"THR 12345/0001", "EU/1/19/1488/001–003", "RVG 117402", "NL/H/4410/001/II/021", "NL/H/xxxx/WS/0657", and clinical
trial authorisations, "CTA 40612/0051/001-0001".

A UK product licence's first five digits are its holder's company number: the number names the contributor as
surely as its name does. The regulators' own names (MHRA, EMA, CBG) stay; the numbers go.
"""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

_SLASH = r"[ \t]?/[ \t]?"
_PATTERNS = (
    # UK (PL, PLGB, PLNI), traditional herbal (THR), Irish (PA) and homoeopathic (NR, HR) numbers: holder/product,
    # Ireland's with a pack number, a variation's suffix after them ("/IA/012")
    rf"\b(?:PLGB|PLNI|PL|THR|PA|NR|HR)[ \t]?\d{{4,5}}{_SLASH}\d{{3,4}}(?:{_SLASH}\d{{3}})?(?:/[A-Z]{{1,4}}/\d{{1,4}})?\b",
    # the Union register (EU/1/19/1488/001, a range of packs "001–004")
    r"\bEU/[12]/\d{2}/\d{3,4}/\d{3}(?:[ \t]?[-\u2013][ \t]?\d{3})?\b",
    # the Netherlands' register
    r"\bRVG[ \t]?\d{5,6}\b",
    # a mutual recognition, decentralised or work-sharing procedure: country/H or V/number or xxxx/...
    r"\b[A-Z]{2}/[HV]/(?:\d{4}|[xX]{4})(?:/[A-Z0-9]{1,4}){1,3}\b",
    # the EDQM's certificate of suitability, with its revision: "R1-CEP 2018-117-Rev 01", "CEP 2021-204"
    r"\b(?:R\d-)?CEP[ \t]\d{4}-\d{3}(?:-Rev[ \t]?\d{2})?\b",
    # a UK clinical trial authorisation: sponsor's company number, trial, submission and its sequence, "CTA
    # 40612/0051/001-0001" (the sponsor's number names the contributor as a product licence's does)
    rf"\bCTA[ \t]?\d{{4,5}}{_SLASH}\d{{4}}{_SLASH}\d{{3}}(?:-\d{{4}})?\b",
)

# What every match of each pattern holds, searched for first (most texts hold none, and each pattern, led by "\b", is
# tried at every position): its letters and the first digit after them, "EU/" and its number, "RVG", "/H/" or "/V/".
# (Speed: one search led by a literal, or by the few capitals the prefixes start with, instead of a scan of the text.)
_REQUIRES = (
    r"(?:PLGB|PLNI|PL|THR|PA|NR|HR)[ \t]?\d",
    r"EU/[12]/",
    r"RVG",
    r"/[HV]/",
    r"CEP[ \t]\d",
    r"CTA[ \t]?\d",
)

RECOGNISER = PatternRecogniser(
    name="licence_number",
    category="identifier",
    label="Licence",
    patterns=tuple(Pattern(re.compile(p), 0.9, requires=re.compile(r)) for p, r in zip(_PATTERNS, _REQUIRES)),
    reason="Marketing authorisation or procedure number",
)
