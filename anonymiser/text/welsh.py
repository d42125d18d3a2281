"""Lines of Welsh in a text: bilingual notices, letters and sites in Wales write whole lines in Welsh,
where a word no English dictionary knows is an ordinary Welsh word, not a name."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from anonymiser.text.data import lines
from anonymiser.text.wordtrie import trie_pattern

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
    """Which lines of one text are Welsh, for ``in_welsh(offset)`` lookups: a line is read only when
    asked about, and not at all in a text without one Welsh small word (nearly every text)."""

    def __init__(self, text: str, lower: str) -> None:
        self._text = text
        self._any = _marker().search(lower) is not None
        self._starts: list[int] | None = None
        self._known: dict[int, bool] = {}

    def in_welsh(self, offset: int) -> bool:
        if not self._any:
            return False
        if self._starts is None:
            self._starts = [0] + [m.end() for m in _NEWLINE.finditer(self._text)]
        line = bisect_right(self._starts, offset) - 1
        if (welsh := self._known.get(line)) is None:
            welsh = self._known[line] = _welsh_line(self._text, self._starts, line)
        return welsh


@cache
def _marker() -> re.Pattern[str]:
    """Any Welsh small word but "at" (an English word too): a text without one has no Welsh line, which
    needs two of them."""
    small, _ = _welsh()
    return re.compile(rf"\b{trie_pattern(small - {'at'})}\b")  # (as a trie: a position is rejected at its first letter)


def _welsh_line(text: str, starts: list[int], line: int) -> bool:
    small, _ = _welsh()
    end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
    words = [w.lower() for w in _WORD.findall(text, starts[line], end)]
    welsh = sum(w in small for w in words)
    english = sum(w in _ENGLISH_SMALL_WORDS for w in words)
    return welsh >= _MIN_WELSH and welsh > english


_NEWLINE = re.compile("\n")
