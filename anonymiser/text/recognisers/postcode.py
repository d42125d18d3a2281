"""UK postcodes (SK10 2NA, M1 1AE): a postcode points at one building."""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

RECOGNISER = PatternRecogniser(
    name="postcode",
    category="place",
    label="Postcode",
    reason="UK postcode",
    # "(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)…" starting with one capital, so ``re`` skips to the next capital.
    patterns=(Pattern(re.compile(r"[A-Z](?:[A-Z]?\d[A-Z\d]?|(?<=G)IR)[ \t]?\d[ABD-HJLNP-UW-Z]{2}\b"), 0.95),),
)
