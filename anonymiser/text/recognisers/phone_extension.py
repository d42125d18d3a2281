"""Telephone extensions written alone: "ext. 4471", "extension 2217", "Ext 310", "x4417" (an internal number
reaches one person as surely as a full one), taken with their word. An extension after a full number goes
with that number."""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

RECOGNISER = PatternRecogniser(
    name="phone_extension",
    category="contact",
    label="Phone",
    patterns=(Pattern(re.compile(r"(?i:ext\.?|extn\.?|extension)[ \t]*(?:no\.?[ \t]*)?:?[ \t]*(?P<num>\d{3,6})(?![\d.,/-]\d)(?!\w)"),
                      0.85, anchor=re.compile(r"ext")),
              # the same abroad: "Durchwahl -217", "wewn. 214", "wew. 212", "poste 3127", "interno 22"
              Pattern(re.compile(r"(?i:durchwahl|wewn?\.|wewn|poste|interno)[ \t]*:?[ \t]*-?(?P<num>\d{2,6})(?![\d.,/-]\d)(?!\w)"),
                      0.8, anchor=re.compile(r"durchwahl|wew|poste|interno")),
              # "Tasha  x4417", "or x5000": the short form on rotas and cards (not "2x500", "x 10")
              Pattern(re.compile(r"(?<![\w.,/-])x(?P<num>\d{4,5})(?![\w.,/-]?\d|[\w%])"), 0.8,
                      requires=re.compile(r"x\d{4}")),),
    reason="Telephone extension",
)
