"""URLs and bare domain names (``www.acme-bio.co.uk``, ``acmebio.com``)."""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

_TLD = r"(?:com|co\.uk|org\.uk|org|net|io|uk|eu|de|fr|ch|ie|nl|be|bio|ai|co|us|info|biz|tech|health|pharma|science|ac\.uk|gov\.uk|nhs\.uk)"

RECOGNISER = PatternRecogniser(
    name="url",
    category="contact",
    label="URL",
    reason="Web address or domain",
    patterns=(
        Pattern(re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]"), 0.99),
        Pattern(re.compile(rf"(?i)(?<![\w@.-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.{_TLD}\b(?![\w-]|\.\w)(?:/[^\s<>\"']*[^\s<>\"'.,;:!?)])?"), 0.9),
    ),
)
