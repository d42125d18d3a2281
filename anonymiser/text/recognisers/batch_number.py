"""Batch and lot numbers: "batch 22B0417", "Lot: AB-1234", "lot no. 7731"."""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

RECOGNISER = PatternRecogniser(
    name="batch_number",
    category="identifier",
    label="Batch",
    reason="Batch or lot number",
    patterns=(
        Pattern(re.compile(r"\b(?i:batch(?:es)?|lots?|b/n|batch[ \t]+no\.?|lot[ \t]+no\.?)[ \t]*(?:no\.?|number|#|:)?[ \t]*(?P<id>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,15})\b"), 0.9, "id",
                re.compile(r"(?:batch|lot|b/n)")),
        # "batches from CS24V0610 onwards", "lots up to 24B118": with a word between, the number holds a letter
        # too ("batches from 2019" is a year)
        Pattern(re.compile(r"\b(?i:batch(?:es)?|lots?)[ \t]+(?i:from|to|up[ \t]+to|until|after|before|including|incl\.?)[ \t]+"
                           r"(?P<id>(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{3,15})\b"), 0.85, "id",
                re.compile(r"(?:batch|lot)")),
        # "LOT 24B118" in capitals, as printed on a pack: the label goes with the number
        Pattern(re.compile(r"(?:LOT|BATCH)[ \t]*(?:NO\.?|#|:)?[ \t]*(?P<id>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,15})\b"), 0.9, 0,
                re.compile(r"(?:batch|lot)")),
    ),
)
