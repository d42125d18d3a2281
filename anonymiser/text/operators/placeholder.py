"""Readable, consistent placeholders: every mention of one entity gets the same ``[Organisation A]``."""
from __future__ import annotations


class Placeholders:
    """Shared by all fields of one document so the same entity reads the same everywhere."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def get(self, label: str, key: str) -> str:
        if (label, key) not in self._by_key:
            n = self._counts.get(label, 0)
            self._counts[label] = n + 1
            self._by_key[(label, key)] = f"[{label} {letters(n)}]"
        return self._by_key[(label, key)]


def letters(n: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out
