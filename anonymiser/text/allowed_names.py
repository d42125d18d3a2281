"""Where the allow-list's names of several words stand in a text ("the MHRA Defective Medicines Report Centre", "the
Life Sciences Innovative Manufacturing Fund"): a recogniser's span inside one ("MHRA Defective Medicines", read from its
sector word) is part of a name kept whole, not a name of its own. Names of one word need no such search: a span that
is one is the allow-list's by its key."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from sys import maxsize

import ahocorasick


@lru_cache(maxsize=8)
def _automaton(allow: frozenset[str]) -> ahocorasick.Automaton | None:
    names = sorted(name for name in allow if " " in name)
    if not names:
        return None
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    return automaton


def allowed_stretches(lower: str, allow: frozenset[str]) -> list[tuple[int, int]]:
    """The start and end of each allow-listed name of several words in ``lower`` (a text in lower case), whole words
    only, in text order, none inside another."""
    automaton = _automaton(allow)
    if automaton is None:
        return []
    found: list[tuple[int, int]] = []
    for last, length in automaton.iter(lower):
        start, end = last + 1 - length, last + 1
        if (start and lower[start - 1].isalnum()) or (end < len(lower) and lower[end].isalnum()):
            continue
        while found and found[-1][0] >= start:
            found.pop()  # (a shorter name inside this one, found before it ends)
        if not found or found[-1][1] <= start:
            found.append((start, end))
    return found


def inside(stretches: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies within one of ``stretches``."""
    i = bisect_right(stretches, (start, maxsize)) - 1  # (the last that starts at or before ``start``)
    return i >= 0 and stretches[i][0] <= start and end <= stretches[i][1]
