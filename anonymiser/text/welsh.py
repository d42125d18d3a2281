"""Lines of Welsh in a text: bilingual notices, letters and sites in Wales write whole lines in Welsh,
where a word no English dictionary knows is an ordinary Welsh word, not a name."""
from __future__ import annotations

import re
from functools import cache

from anonymiser.text.data import lines
from anonymiser.text.languages import ENGLISH_SMALL_WORDS, MarkedLines, marker_starts, register_marker_words
from anonymiser.text.wordtrie import trie_pattern

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


class WelshLines(MarkedLines):
    """Which lines of one text are Welsh, for ``in_welsh(offset)`` lookups: a line is read only when
    asked about, and not at all in a text without one Welsh small word (nearly every text)."""

    def __init__(self, text: str, lower: str) -> None:
        super().__init__(text, lower, marker_starts(lower, _marker_words()), _welsh_words)

    def in_welsh(self, offset: int) -> bool:
        return self.marked(offset)


@cache
def _marker_words() -> frozenset[str]:
    """Welsh small words but "at" (an English word too): a text without one has no Welsh line, which needs two."""
    small, _ = _welsh()
    return small - {"at"}


@cache
def _marker() -> re.Pattern[str]:
    """Any Welsh small word but "at" (an English word too): a text without one has no Welsh line, which
    needs two of them."""
    small, _ = _welsh()
    return re.compile(rf"\b{trie_pattern(small - {'at'})}\b")  # (as a trie: a position is rejected at its first letter)


def _welsh_words(words: list[str]) -> bool:
    small, _ = _welsh()
    welsh = sum(w in small for w in words)
    return welsh >= _MIN_WELSH and welsh > sum(w in ENGLISH_SMALL_WORDS for w in words)


register_marker_words(_marker_words())
