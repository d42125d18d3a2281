"""E-mail addresses (also obfuscated: ``jane [at] acme [dot] com``)."""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

RECOGNISER = PatternRecogniser(
    name="email",
    category="contact",
    label="Email",
    reason="E-mail address",
    patterns=(
        Pattern(re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), 0.99),
        Pattern(re.compile(r"(?i)(?<![\w.+-])[\w.+-]+\s*[\[(]\s*at\s*[\])]\s*[\w-]+(?:\s*[\[(]\s*dot\s*[\])]\s*[\w-]+)+"), 0.9),
    ),
)
