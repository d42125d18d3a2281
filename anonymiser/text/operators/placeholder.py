"""Readable, consistent placeholders: every mention of one entity gets the same ``[Organisation A]``."""
from __future__ import annotations

import re

# A letter a scanner or a typist puts for a digit beside digits, and beside no other letter: "CC-24-O317" is
# "CC-24-0317", "XK-07l3" "XK-0713"; but "PO1234" (a purchase order) is no "P01234" (a part).
_DIGIT_LOOKALIKE = re.compile(r"(?<=\d)[oli](?![a-z])|(?<![a-z])[oli](?=\d)")
_AS_DIGIT = {"o": "0", "l": "1", "i": "1"}


class Placeholders:
    """Shared by all fields of one document so the same entity reads the same everywhere."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}
        self._codes: dict[str, str] = {}

    def get(self, label: str, key: str) -> str:
        if (label, key) not in self._by_key:
            n = self._counts.get(label, 0)
            self._counts[label] = n + 1
            self._by_key[(label, key)] = f"[{label} {letters(n)}]"
        return self._by_key[(label, key)]

    def code(self, label: str, key: str) -> str:
        """A code's placeholder: one per code however its mentions were labelled ("Batch CC-24-0317", "see
        CC-24-0317" read as a document's number) or misread ("CC-24-O317"); the first mention's label names it."""
        code = _DIGIT_LOOKALIKE.sub(lambda m: _AS_DIGIT[m.group()], key.casefold())
        if code not in self._codes:
            self._codes[code] = self.get(label, code)
        return self._codes[code]


def letters(n: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out
