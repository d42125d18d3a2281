"""Patent and application numbers: GB2589123, GB2318842.6 (with its check digit), EP 3 456 789 B1,
US 10,123,456 B2, WO2019/123456."""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

RECOGNISER = PatternRecogniser(
    name="patent",
    category="identifier",
    label="Patent",
    reason="Patent number",
    patterns=(
        Pattern(re.compile(r"(?:GB|EP|US|WO|DE|FR|JP|CN)[ \t]?(?:\d{4}/\d{5,6}|\d{1,2}(?:[ ,.]?\d{3}){2}|\d{6,9})(?:\.\d(?!\d))?(?:[ \t]?[ABU]\d?)?\b"), 0.95),
        # (tried where the lower-cased text has "patent": case-insensitive, it was tried at every position)
        Pattern(re.compile(r"(?i:patent(?:[ \t]+application)?(?:[ \t]+(?:no\.?|number))?)[ \t]*(?P<id>[A-Z]{0,2}[ \t]?\d[\d ,./]{5,14}\d)"), 0.9, "id",
                anchor=re.compile("patent")),
    ),
)
