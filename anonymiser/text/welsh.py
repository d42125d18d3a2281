"""Lines of Welsh in a text: bilingual notices, letters and sites in Wales write whole lines in Welsh,
where a word no English dictionary knows is an ordinary Welsh word, not a name."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from anonymiser.text.data import lines

_WORD = re.compile(r"[^\W\d_]+")  # ("gyda'r" is "gyda" and "r")
_ENGLISH_SMALL_WORDS = frozenset("""the a an and or of to in on at for with from by is are was were be will this that
    these those it its our your their we you they he she his her not no as if but all any each""".split())
_MIN_WELSH = 2


@cache
def _welsh() -> tuple[frozenset[str], frozenset[str]]:
    """(the small words that mark Welsh, every Welsh word listed)."""
    small: set[str] = set()
    every: set[str] = set()
    for line in lines("welsh_words.txt"):
        words = line.split()
        if words[0] == "@function":
            small.update(words[1:])
            every.update(words[1:])
        else:
            every.update(words)
    return frozenset(small - {"a", "i", "o"}), frozenset(every)  # (single letters are English words too)


def welsh_word(word: str) -> bool:
    """Whether a word is one of the listed Welsh words of signs and documents ("Diogelwch")."""
    return word.lower() in _welsh()[1]


class WelshLines:
    """Where the Welsh lines of one text are, for ``in_welsh(offset)`` lookups."""

    def __init__(self, text: str) -> None:
        small, _ = _welsh()
        self._starts: list[int] = []
        self._welsh: list[bool] = []
        at = 0
        for line in text.split("\n"):
            words = [w.lower() for w in _WORD.findall(line)]
            welsh = sum(w in small for w in words)
            english = sum(w in _ENGLISH_SMALL_WORDS for w in words)
            self._starts.append(at)
            self._welsh.append(welsh >= _MIN_WELSH and welsh > english)
            at += len(line) + 1

    def in_welsh(self, offset: int) -> bool:
        return self._welsh[bisect_right(self._starts, offset) - 1]
