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

    ``first_line`` is the pattern as written, tried at the text's start only; ``after_break`` is the
    same pattern with a literal line break for its line start, scanned from where that match ended.
    """

    first_line: re.Pattern[str]
    after_break: re.Pattern[str]

    @classmethod
    def of(cls, body: str) -> LineStartPattern:
        return cls(re.compile(f"(?m:^{body})"), re.compile(f"(?m:\n{body})"))

    @classmethod
    def either(cls, line_lead: str, other_lead: str, rest: str, flags: int = 0) -> LineStartPattern:
        """``re.compile(f"(?:(?m:^){line_lead}|{other_lead}){rest}", flags).finditer(text)``, when neither
        ``line_lead`` nor ``other_lead`` can match at a line break and no match ends with one: a match
        that starts a line is tried from the line break before it (where the plain pattern fails).

        ``other_lead`` starts with a character class ("[.!?;]") that holds no line break; the line break
        and that class are read first, as one class ``re`` skips ahead to, and each branch then looks
        behind at the character it was led by (a pattern led by alternatives is tried at every position)."""
        close = other_lead.index("]")
        first = other_lead[:close + 1]
        assert first.startswith("[") and not first.startswith("[^") and not first.endswith("\\]") \
            and "[" not in first[1:] and re.match(first, "\n") is None, first
        return cls(re.compile(f"(?:(?m:^){line_lead}|{other_lead}){rest}", flags),
                   re.compile(f"[\n{first[1:-1]}](?:(?<=\n){line_lead}|(?<={first}){other_lead[close + 1:]}){rest}", flags))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        first = self.first_line.match(text)
        if first:
            yield first
        yield from self.after_break.finditer(text, first.end() if first else 0)
