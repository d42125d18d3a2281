"""Telephone extensions written alone: "ext. 4471", "extension 2217", "Ext 310" (an internal number
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
                      0.85, anchor=re.compile(r"ext")),),
    reason="Telephone extension",
)
