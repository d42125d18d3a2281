"""A pattern that matches only at the start of a line, scanned by its line breaks.

``re`` has no quick way to the line starts of a pattern led by ``(?m:^…)``: it tries the pattern at
every position of the text. Led by a literal line break instead, it jumps from break to break; the
first line, which no break precedes, is tried on its own.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class LineStartPattern:
    """``re.compile(f"(?m:^{body})").finditer(text)``, for a ``body`` that never matches a line break.

    A match after the first line starts at the line break before it, so read a match by its named
    groups only (their offsets are the text's), never by ``start()`` or ``group()``.
    """

    first_line: re.Pattern[str]
    after_break: re.Pattern[str]

    @classmethod
    def of(cls, body: str) -> LineStartPattern:
        return cls(re.compile(f"(?m:^{body})"), re.compile(f"(?m:\n{body})"))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        # (a match of the first line ends before the first line break, where the others begin)
        first = self.first_line.match(text)
        if first:
            yield first
        yield from self.after_break.finditer(text)
