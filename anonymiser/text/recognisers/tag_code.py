"""Codes a plant, a system or a budget writes by their parts, where ``document_id`` wants numbers at the end:

- an equipment's, a line's or a server's tag of hyphen-joined capitals whose last part mixes letters and digits,
  with perhaps a unit's number after it: a site's prefix, the kind of thing, then which one ("the isolator
  QRX-ISO-L3-02", "serialisation upgrade on QRX-PK-L1", "historian QRX-HIST-PRD04");
- a model's or a recipe's code in capitals with its version after it ("chemometric model QRX-CU-v2.1");
- a project's WBS element, the word with it ("budget line WBS 4410.302.07", "WBS: C-2210.04").

Two parts alone ("CAM-2", "PK-04", "L2-01") are a station's or a line's everyday name, and no part a number of
letters alone; a standard's code ("IEC-61131-3") has no part mixing both.
"""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser
from anonymiser.text.recognisers.not_names import not_initials

# (led by "[A-Z]" and a class, which ``re`` skips ahead to; not glued to a word, a hyphen or a dot before it)
_TAG = re.compile(r"[A-Z](?<![\w.-].)[A-Z]{1,5}(?:-[A-Z]{1,6})+-[A-Z]{1,4}\d{1,3}(?:-\d{1,4})?(?![\w-]|\.\w)")
_VERSIONED = re.compile(r"[A-Z](?<![\w.-].)[A-Z]{1,5}(?:-[A-Z0-9]{1,6})+-v\d{1,2}(?:\.\d{1,2}){0,2}(?![\w-]|\.\w)")
_WBS = re.compile(r"\bWBS(?:[ \t]+(?i:element|code|no\.?))?[ \t]*[:#]?[ \t]*"
                  r"(?=[A-Z0-9.-]*\d)[A-Z0-9]{1,8}(?:[.-][A-Z0-9]{1,8}){1,5}(?![\w-]|\.\w)")

# Heads of the trade's compound terms that a tag's shape also fits: a therapy, an antibody's target, a tissue type, a
# technique, a standard ("CAR-T-CD19", "ANTI-PD-L1", "HLA-DR-B1", "RT-QPCR-N1", "GAMP-5-v2"); and of a tag (not a
# model's versioned code, "NIR-BL-v2.4"), the trade's acronyms (``not_initials``: "LC-MS-QTOF2").
_NOT_TAG_HEADS = frozenset("CAR ANTI HLA RT QPCR PCR ELISA FACS CD MHC TCR BCR IGG IGM GAMP ISO IEC ICH USP".split())


def _a_tag(match: re.Match[str], doc: object) -> bool:
    head = match.group().split("-", 1)[0]
    if match.re is _WBS:
        return True
    return head not in _NOT_TAG_HEADS and (match.re is _VERSIONED or head not in not_initials())


RECOGNISER = PatternRecogniser(
    name="tag_code",
    category="identifier",
    label="Code",
    reason="Equipment, system or budget code",
    validate=_a_tag,
    patterns=(
        Pattern(_TAG, 0.85, requires=re.compile(r"-[A-Z]{1,4}\d")),
        Pattern(_VERSIONED, 0.85, requires=re.compile(r"-v\d")),
        Pattern(_WBS, 0.9, requires=re.compile(r"WBS")),
    ),
)
