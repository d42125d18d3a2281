"""Equipment serial and asset numbers: "S/N 4471-2290", "serial number AX99812", "asset tag EQ-0031",
"SN 7A-44120-B"."""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

RECOGNISER = PatternRecogniser(
    name="serial_number",
    category="identifier",
    label="Serial",
    reason="Equipment serial or asset number",
    patterns=(
        Pattern(re.compile(r"\b(?i:s/n|serial(?:[ \t]+(?:no\.?|number))?|asset(?:[ \t]+(?:tag|no\.?|number|id))?|equipment[ \t]+(?:id|no\.?|number)|unique[ \t]+identifier|tag)[ \t]*[:#]?[ \t]*(?P<id>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,20})\b"), 0.9, "id",
                re.compile(r"(?:s/n|serial|asset|equipment|unique|tag)")),
        # the bare capitalised abbreviation, case-sensitive ("sn" is no word of its own)
        # (the abbreviation in capitals goes with the number, as on a rating plate: "SN 7A-44120-B", "S/N 71-33028")
        Pattern(re.compile(r"\bS/?N(?:[ \t]*[:#][ \t]*|[ \t]+)(?P<id>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,20})\b"), 0.85, 0,
                re.compile(r"s/?n")),
    ),
)
