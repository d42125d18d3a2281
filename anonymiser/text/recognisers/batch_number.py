"""Batch and lot numbers: "batch 22B0417", "Lot: AB-1234", "lot no. 7731", and wherever it stands a code
shaped as batch numbers are across the trade: up to four letters, two digits of a year, a letter and three to
six digits ("B23K0457", "SF23K1102", "PRX24A0317", "22F0419")."""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

# (found from its digits, which ``re`` skips ahead to, and widened back over its letters)
# ("\d\d", not "\d{2}": a pattern led by a counted repeat is tried at every position, one led by a digit skips to digits)
_SHAPED_CORE = re.compile(r"\d\d[A-Z]\d{3,6}(?![\w/-]|\.\w)")
_SHAPED = re.compile(r"[A-Z]{0,4}\d{2}[A-Z]\d{3,6}(?![\w/-]|\.\w)")


def _shaped_starts(text: str) -> Iterator[int]:
    for core in _SHAPED_CORE.finditer(text):
        start = core.start()
        while start > 0 and core.start() - start < 4 and "A" <= text[start - 1] <= "Z":
            start -= 1
        if not (start and (text[start - 1].isalnum() or text[start - 1] in "._/-")):
            yield start


RECOGNISER = PatternRecogniser(
    name="batch_number",
    category="identifier",
    label="Batch",
    reason="Batch or lot number",
    patterns=(
        Pattern(re.compile(r"\b(?i:batch(?:es)?|lots?|b/n|batch[ \t]+no\.?|lot[ \t]+no\.?)[ \t]*(?:(?:no\.?|number|#)[ \t]*:?|:)?[ \t]*(?P<id>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,15})\b"), 0.9, "id",
                re.compile(r"(?:batch|lot|b/n)")),
        # "batches from CS24V0610 onwards", "lots up to 24B118": with a word between, the number holds a letter
        # too ("batches from 2019" is a year)
        Pattern(re.compile(r"\b(?i:batch(?:es)?|lots?)[ \t]+(?i:from|to|up[ \t]+to|until|after|before|including|incl\.?)[ \t]+"
                           r"(?P<id>(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{3,15})\b"), 0.85, "id",
                re.compile(r"(?:batch|lot)")),
        # "LOT 24B118" in capitals, as printed on a pack: the label goes with the number
        Pattern(re.compile(r"(?:LOT|BATCH)[ \t]*(?:(?:NO\.?|#)[ \t]*:?|:)?[ \t]*(?P<id>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,15})\b"), 0.9, 0,
                re.compile(r"(?:batch|lot)")),
        # "B23K0457", "22F0419": a batch number's shape, with no word before it
        Pattern(_SHAPED, 0.8, starts=_shaped_starts),
    ),
)
