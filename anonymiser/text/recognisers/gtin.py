"""Trade item numbers (GTIN, EAN, UPC) outside a GS1 element string: printed in groups under a barcode
("0 5061299 30072 8", "5 061299 300728") or written after their name ("GTIN: 05061299300728", "EAN 5061299300728").

The number names the product and, in its company prefix, the brand owner: a reference, as the other registered
numbers after their names are (``numbered_field``). Digits in groups count only with a valid
GS1 check digit or in a text that names GTINs or barcodes, so a phone number or an order number in groups is not
taken for one.
"""
from __future__ import annotations

import re

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

_PATTERNS = (
    # in groups as a barcode's human-readable line prints them: one digit, then six or seven, five or six, and one
    # or none (thirteen or fourteen digits in all)
    re.compile(r"(?<![\d.,/-])\d[ \t]\d{6,7}[ \t]\d{5,6}(?:[ \t]\d)?(?![\d.,/-])"),
    # after its name, in one run or in groups
    re.compile(r"(?i:\b(?:gtin|ean|upc|barcode)(?:-?1[234]|-?8)?(?:[ \t]*(?:no\.?|number|code))?[ \t]*[:#=]?[ \t]*)"
               r"(?P<value>\d(?:[ \t]?\d){7,13})(?![\d.,/-])"),
)


def check_digit_valid(digits: str) -> bool:
    """GS1's check: from the right, the digits before the last weighted 3, 1, 3, ...; the last makes the sum a
    multiple of ten."""
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


_NAMED = re.compile(r"(?i:\b(?:gtin|ean|upc|barcode)s?\b)")


def _a_trade_item_number(match: re.Match[str], doc: Document) -> bool:
    """Eight, twelve, thirteen or fourteen digits: after the number's name, any such; in groups alone, with a valid
    check digit or in a text that speaks of GTINs or barcodes (a table headed "GTIN")."""
    if match.re.groupindex:
        return len([c for c in match.group("value") if c.isdigit()]) in (8, 12, 13, 14)
    digits = "".join(c for c in match.group() if c.isdigit())
    return check_digit_valid(digits) or _NAMED.search(doc.text) is not None


# What every match after the number's name holds: the name starting a word (``\b``), in any case ("mean" and "clean"
# hold "ean"). (Speed: led by the class of the names' first letters, which ``re`` skips ahead to, the character before
# looked behind at; ``(?i:gtin|ean|upc|barcode)``, led by alternatives, was tried at every position.)
_NAME_STARTING_A_WORD = re.compile(r"[GgEeUuBb](?<!\w.)(?i:(?<=[Gg])tin|(?<=[Ee])an|(?<=[Uu])pc|(?<=[Bb])arcode)")

RECOGNISER = PatternRecogniser(
    name="gtin",
    category="identifier",
    label="Reference",
    patterns=(Pattern(_PATTERNS[0], 0.85, requires=re.compile(r"\d[ \t]\d{6}")),
              Pattern(_PATTERNS[1], 0.9, group="value", requires=_NAME_STARTING_A_WORD)),
    validate=_a_trade_item_number,
    reason="Trade item number (GTIN)",
)
