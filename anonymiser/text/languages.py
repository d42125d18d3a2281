"""Lines of a text written in another language than English: a contributor abroad, a supplier's German
acceptance report, a Polish e-mail with its translation. There a capitalised word no English dictionary
knows is an ordinary word of that language (every German noun, "Proszę" at a sentence start), not a name.

A line is foreign when it has two small words of other languages (data/function_words.txt) and more of
them than English small words. Only words written in lower case or with one capital count, standing
alone: "PO Box", "Glover Industrial Est.", "B46 1AF" and "acme.com" have none. In a text where most lines that can be told are foreign, a line with no
English small word at all is foreign too: the headings and labels of a German report ("Projekt:
Kranich (Serialisierung)", "Kunde / Customer") carry no small words of either.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Callable
from functools import cache, lru_cache

from anonymiser.text.data import lines
from anonymiser.text.wordtrie import trie_pattern

_WORD = re.compile(r"[^\W\d_]+")  # ("gyda'r" is "gyda" and "r")
_NEWLINE = re.compile("\n")
_ALONE = re.compile(r"(?<![\w.@/\\-])[^\W\d_]+(?![\w@/\\-]|\.\w)")
ENGLISH_SMALL_WORDS = frozenset("""the a an and or of to in on at for with from by is are was were be will this that
    these those it its our your their we you they he she his her not no as if but all any each""".split())
_MIN_FOREIGN = 2


class MarkedLines:
    """Which lines of one text ``is_marked`` says are in a language, for ``marked(offset)`` lookups: a line
    is read only when asked about, and not at all in a text without a marker word (nearly every text).
    ``markers`` are where the marker words start (``marker_starts``)."""

    def __init__(self, text: str, lower: str, markers: list[int],
                 is_marked: Callable[[list[str]], bool]) -> None:
        self._text = text
        self._lower = lower
        self._markers = markers
        self._any = bool(markers)
        self._is_marked = is_marked
        self._starts: list[int] | None = None
        self._with_marker: set[int] | None = None
        self._known: dict[int, bool] = {}

    def marked(self, offset: int) -> bool:
        if not self._any:
            return False
        line = bisect_right(self._line_starts(), offset) - 1
        if (marked := self._known.get(line)) is None:
            marked = self._known[line] = line in self.marker_lines() and self._is_marked(self.words(line))
        return marked

    def marker_lines(self) -> set[int]:
        """The lines with a marker word: no other line is read (found in one scan)."""
        if self._with_marker is None:
            starts = self._line_starts()
            self._with_marker = {bisect_right(starts, at) - 1 for at in self._markers}
        return self._with_marker

    def _line_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in _NEWLINE.finditer(self._text)]
        return self._starts

    def words(self, line: int) -> list[str]:
        """The words of a line, in lower case."""
        return [w.lower() for w in _WORD.findall(self._text, *self._line_span(line))]

    def _line_span(self, line: int) -> tuple[int, int]:
        starts = self._line_starts()
        return starts[line], starts[line + 1] - 1 if line + 1 < len(starts) else len(self._text)


class ForeignLines(MarkedLines):
    """Lines in another language than English (and than Welsh, which has its own list), for
    ``in_foreign(offset)`` lookups."""

    def __init__(self, text: str, lower: str) -> None:
        super().__init__(text, lower, marker_starts(lower, function_words()), _foreign_words)
        self._mostly: bool | None = None
        self._has_english: dict[int, bool] = {}

    def words(self, line: int) -> list[str]:
        """The words of a line standing alone, in lower case, but for those in capitals ("PO Box")."""
        return [w.lower() for w in _ALONE.findall(self._text, *self._line_span(line)) if not (len(w) > 1 and w.isupper())]

    def in_foreign(self, offset: int) -> bool:
        if self.marked(offset):
            return True
        if not self._any:
            return False
        line = bisect_right(self._line_starts(), offset) - 1
        return self._mostly_foreign() and not self._english(line)

    def has_small_word(self, offset: int) -> bool:
        """Whether the line at ``offset`` has even one small word of another language standing alone (a line
        of mixed or short foreign text, which ``in_foreign`` does not call foreign)."""
        if not self._any:
            return False
        line = bisect_right(self._line_starts(), offset) - 1
        return line in self.marker_lines() and any(w in function_words() for w in self.words(line))

    def _english(self, line: int) -> bool:
        """Whether a line has an English small word (asked once per line)."""
        if (english := self._has_english.get(line)) is None:
            english = self._has_english[line] = any(w in ENGLISH_SMALL_WORDS for w in self.words(line))
        return english

    def _mostly_foreign(self) -> bool:
        """Whether most lines of the text that have small words of either language are foreign."""
        if self._mostly is None:
            starts = self._line_starts()
            foreign = sum(1 for line in self.marker_lines() if self.marked(starts[line]))
            english = 0
            if foreign >= 3:  # (only then are the English lines counted, and only until they are as many)
                for line in range(len(starts)):
                    if english >= foreign:
                        break
                    english += not self._known.get(line, False) and self._english(line)
            self._mostly = foreign >= 3 and foreign > english
        return self._mostly


@cache
def function_words() -> frozenset[str]:
    """The small words of other languages than English that mark a foreign line."""
    return frozenset(word for line in lines("function_words.txt") for word in line.split()[1:])


@cache
def _marker() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){trie_pattern(function_words())}(?!\w)")


# The marker words of every reader of lines (``ForeignLines``, ``WelshLines``), registered when their modules are
# imported: one scan of a text finds them all. (Speed: each reader scanned the text for its own words before.)
_MARKER_WORDS: set[str] = set()
_MARKER_SCAN: list[re.Pattern[str]] = [re.compile(r"(?!)")]
_REGISTERING = threading.Lock()


def register_marker_words(words: frozenset[str]) -> None:
    """Add words (each of word characters only) to the one scan ``marker_starts`` reads."""
    assert all(re.fullmatch(r"\w+", word) for word in words)
    with _REGISTERING:
        if not words <= _MARKER_WORDS:
            _MARKER_WORDS.update(words)
            _MARKER_SCAN[0] = re.compile(rf"(?<!\w){trie_pattern(sorted(_MARKER_WORDS))}(?!\w)")


def marker_starts(lower: str, words: frozenset[str]) -> list[int]:
    """``[m.start() for m in re.finditer(rf"(?<!\\w){trie_pattern(words)}(?!\\w)", lower)]``, read from one scan for the
    words of every reader: a match of either is a whole run of word characters (the words are runs of word
    characters), and such runs never overlap, so each reader's matches are the runs of the scan that are its words."""
    if not words <= _MARKER_WORDS:
        register_marker_words(words)
    return [at for at, word in _marker_hits(lower, _MARKER_SCAN[0]) if word in words]


@lru_cache(maxsize=8)
def _marker_hits(lower: str, scan: re.Pattern[str]) -> tuple[tuple[int, str], ...]:
    """Every whole word of ``lower`` that ``scan`` finds, and where it starts (for the few texts being read)."""
    return tuple((m.start(), m.group()) for m in scan.finditer(lower))


def _foreign_words(words: list[str]) -> bool:
    small = function_words()
    foreign = sum(w in small for w in words)
    english = sum(w in ENGLISH_SMALL_WORDS for w in words)
    return foreign >= _MIN_FOREIGN and foreign > english


register_marker_words(function_words())
