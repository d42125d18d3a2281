"""Batch and lot numbers: "batch 22B0417", "Lot: AB-1234", "lot no. 7731", "Batch code 23291A", "Lote: 3A0291", and wherever it stands a code
shaped as batch numbers are across the trade: up to four letters, two digits of a year, a letter and three to
six digits ("B23K0457", "SF23K1102", "PRX24A0317", "22F0419")."""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
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


_SEPARATED = re.compile(r"\b(?i:batch|lot)(?:[ \t]+(?i:no\.?|number|#))?[ \t]*:?[ \t]*"
                        r"(?P<id>(?=[A-Z0-9. /]*[A-Z])[A-Z0-9]{2,8}(?:(?P<sep>[ ./])[A-Z0-9]{2,8})(?:(?P=sep)[A-Z0-9]{2,8}){0,2})"
                        r"(?![\w/-]|[./ ][A-Z0-9]|\.\w)")


def _separated_number(match: re.Match[str]) -> bool:
    """A spaced, dotted or slashed number holds four digits or more, and a group of letters and digits or three
    groups: "QB 24K 0412", "QX.2291.0042"; not "QC 2024" (a team and a year) nor "AB 12"."""
    groups = re.split(r"[ ./]", match.group("id"))
    mixed = any(any(c.isdigit() for c in g) and any(c.isalpha() for c in g) for g in groups)
    return sum(c.isdigit() for c in match.group("id")) >= 4 and (mixed or len(groups) >= 3)


def _validate(match: re.Match[str], doc: Document) -> bool:
    return match.re is not _SEPARATED or _separated_number(match)


RECOGNISER = PatternRecogniser(
    name="batch_number",
    category="identifier",
    label="Batch",
    reason="Batch or lot number",
    validate=_validate,
    patterns=(
        Pattern(re.compile(r"\b(?i:batch(?:es)?|lot(?:/lote|/batch)?s?|lotes?|b/n|batch[ \t]+no\.?|lot[ \t]+no\.?)[ \t]*(?:(?:no\.?|number|#|code)[ \t]*:?|:)?[ \t]*(?P<id>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,15})\b"), 0.9, "id",
                re.compile(r"(?:batch|lot|b/n)")),
        # "Lot QB 24K 0412", "batch QX.2291.0042", "Lot QX2291/0042": a number spaced, dotted or slashed as a
        # label or a scan writes it (a capital among its groups, four digits or more: "lot 3 of 5" is a count)
        Pattern(_SEPARATED, 0.85, "id", re.compile(r"(?:batch|lot)")),
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
