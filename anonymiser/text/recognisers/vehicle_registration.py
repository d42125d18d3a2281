"""UK vehicle registrations: "DX19 KRT", "YA70 OBN" (visitor logs, delivery notes, car-park permits name a
person's car as surely as the person). The current format, two letters, two digits, a space and three letters,
is taken wherever it stands; written solid ("KX21TWE") or in the older formats ("A123 BCD", "ABC 123D") only
after a word that says it is a registration ("Reg", "registration", "vehicle", "car", "VRN")."""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

# (letters the DVLA does not issue in these places: I, Q, Z first; I, Q last)
_CURRENT = r"[A-HJ-PR-Y][A-HJ-PR-Y]\d{2}"
_SPACED = re.compile(rf"(?P<reg>{_CURRENT} [A-HJ-PR-Z]{{3}})(?![\w-])")
_CUED = re.compile(
    r"(?i:reg(?:istration)?(?:[ \t]+(?:no|number))?|vehicle(?:[ \t]+reg(?:istration)?)?|car|van|vrn)\.?[ \t]*[:#]?[ \t]*"
    rf"(?P<reg>{_CURRENT} ?[A-HJ-PR-Z]{{3}}|[A-HJ-PR-Y]\d{{1,3}} ?[A-HJ-PR-Y]{{3}}|[A-HJ-PR-Y]{{3}} ?\d{{1,3}}[A-HJ-PR-Y])(?![\w-])")

RECOGNISER = PatternRecogniser(
    name="vehicle_registration",
    category="identifier",
    label="Vehicle",
    # (the cheap test "\d [A-Z]{3}" led by its space, the digit before it looked behind at: fewer places to try)
    patterns=(Pattern(_SPACED, 0.85, "reg", requires=re.compile(r" (?<=\d )[A-Z]{3}")),
              Pattern(_CUED, 0.85, "reg", anchor=re.compile(r"reg|vehicle|car|van|vrn"))),
    reason="Vehicle registration",
)
