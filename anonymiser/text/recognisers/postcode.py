"""UK postcodes (SK10 2NA, M1 1AE): a postcode points at one building."""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

RECOGNISER = PatternRecogniser(
    name="postcode",
    category="place",
    label="Postcode",
    reason="UK postcode",
    patterns=(Pattern(re.compile(r"(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ \t]?\d[ABD-HJLNP-UW-Z]{2}\b"), 0.95),),
)
