"""UK postcodes (SK10 2NA, M1 1AE): a postcode points at one building."""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

# "(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)…" starting with one capital, so ``re`` skips to the next capital.
POSTCODE = r"[A-Z](?:[A-Z]?\d[A-Z\d]?|(?<=G)IR)[ \t]?\d[ABD-HJLNP-UW-Z]{2}\b"

RECOGNISER = PatternRecogniser(
    name="postcode",
    category="place",
    label="Postcode",
    reason="UK postcode",
    patterns=(Pattern(re.compile(POSTCODE), 0.95),),
)
