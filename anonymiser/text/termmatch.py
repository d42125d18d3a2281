"""Finding a set of terms anywhere in a text, whatever the case, spacing, hyphenation or spelling.

Terms and text are compared in a *compact view*: lower-cased, every run of whitespace, hyphens,
underscores, slashes and colons folded to one space. A term also matches written solid ("acmebio") and,
when long enough, misspelt by one or two letters (found with rapidfuzz among the text's words).
Matching runs an Aho-Corasick automaton (pyahocorasick) over the view, so cost grows with the
text, not with the number of terms.
"""
from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

import ahocorasick
import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from anonymiser.text.data import english_words

# (a colon too: a form's "Line: B4" is the declared "Line B4")
_SEPARATORS = str.maketrans({c: " " for c in "\t\n\r\f\v-_/:\u2013\u2014"})
_SEPARATOR = re.compile("[\t\n\r\f\v_/:\u2013\u2014-]")
_RUN = re.compile(r"  +")  # " {2,}" led by a literal: ``re`` finds it with a fast string search
_WORD = re.compile(r"[^\W_][^\W_]*(?:'[^\W_]+)?")  # (led by one character, not a repeat: ``re`` skips ahead to it)


@lru_cache(maxsize=8192)
def compact(text: str) -> str:
    return _RUN.sub(" ", text.lower().translate(_SEPARATORS)).strip()


@dataclass(frozen=True)
class CompactView:
    """The compact view of a lower-cased text and the way back to the text's own offsets."""

    text: str
    run_positions: tuple[int, ...]
    run_shifts: tuple[int, ...]
    # What each matcher found in this view, kept so a second scan with it (a recogniser that reads
    # another's findings, as place_context reads uk_place's) costs nothing.
    found: dict[TermMatcher, list[tuple[int, int, object]]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, lower: str) -> CompactView:
        spaced = _SEPARATOR.sub(" ", lower)
        positions: list[int] = []
        shifts: list[int] = []
        removed = 0
        for m in _RUN.finditer(spaced):
            positions.append(m.start() - removed)
            removed += m.end() - m.start() - 1
            shifts.append(removed)
        return cls(_RUN.sub(" ", spaced), tuple(positions), tuple(shifts))

    def source_offset(self, index: int) -> int:
        k = bisect_left(self.run_positions, index)
        return index + (self.run_shifts[k - 1] if k else 0)


@lru_cache(maxsize=4096)
def variants(term: str) -> frozenset[str]:
    """The written forms a term is matched in: as given (compacted), solid, without possessive."""
    base = compact(term)
    if base.endswith("'s"):
        base = base[:-2]
    found = {base, base.replace(" ", "")}
    # ("Cogorave and Wray" is also written "Cogorave & Wray", and the other way round)
    if " and " in base:
        found.add(base.replace(" and ", " & "))
    if " & " in base:
        found.add(base.replace(" & ", " and "))
    found |= _split_forms(base)
    # spelled out or letter-spaced, as a caption or a scanned heading writes it: "b m p", "T O V E L E L A"
    letters = base.replace(" ", "")
    if len(letters) >= _SPELLED_MIN and letters.isalpha():
        found.add(" ".join(letters))
        found.add(".".join(letters))  # (and with full stops: "B.R.A.C.K")
    return frozenset(v for v in found if len(v) >= 2)


_SPELLED_MIN = 3


_MIN_SPLIT_PART = 3


def _split_forms(word: str) -> set[str]:
    """A one-word term broken in two, as a machine transcript or a slip writes it ("kelder wick",
    "Kelder-Wick" for "Kelderwick"); not where both parts are everyday words ("green field" for
    "Greenfield")."""
    if " " in word or not word.isalpha() or len(word) < 2 * _MIN_SPLIT_PART + 1:
        return set()
    dictionary = english_words()
    return {f"{word[:i]} {word[i:]}" for i in range(_MIN_SPLIT_PART, len(word) - _MIN_SPLIT_PART + 1)
            if not (word[:i] in dictionary and word[i:] in dictionary)}


def misspellings(terms: Mapping[str, object], view: str) -> dict[str, str]:
    """Words (or word n-grams) of ``view`` one or two edits away from a term: ``{found: term}``.

    Several-word terms are only compared with n-grams starting with a term's first letter (a
    misspelt first letter of a several-word name is rare; single words are all compared); a found
    form has at least 4 characters and starts with a letter (or a digit a scan reads for one: "8RACKEN" for
    "Bracken"). All terms of one n-gram size are
    compared with all the text's distinct n-grams in one ``rapidfuzz.process.cdist`` call, and
    those conditions are applied to the few forms it finds (cheaper than to every n-gram).
    """
    eligible = [(term, term.count(" ") + 1, 1 if len(term.replace(" ", "")) < 9 else 2) for term in terms
                if len(term.replace(" ", "")) >= 5 and term.count(" ") < 4]
    if not eligible:
        return {}
    words = _words(view)
    initials = {term[0] for term in terms if term}
    hits_by_term: dict[str, list[str]] = {}
    spaced: list[int] | None = None
    for size in sorted({size for _, size, _ in eligible}):
        group = [(term, limit) for term, s, limit in eligible if s == size]
        # (only forms a term can be near: a length within its limit; at least 4 characters, starting with a letter)
        lengths = {n for term, limit in group for n in range(len(term) - limit, len(term) + limit + 1) if n >= 4}
        if size == 1:
            choices = [w for w in set(words) if len(w) in lengths and (w[0].isalpha() or w[0] in _READ_AS_LETTERS)]
        else:
            if size == 2:  # (the common case, in one pass over the word pairs)
                choices = list({a + " " + b for a, b in zip(words, islice(words, 1, None))
                                if a[0] in initials and len(a) + len(b) + 1 in lengths})
            else:
                if spaced is None:
                    spaced = [len(w) + 1 for w in words]  # a word and the space after it
                starts = [i for i, w in enumerate(islice(words, max(0, len(words) - size + 1))) if w[0] in initials]
                choices = list({" ".join(words[i:i + size]) for i in starts if sum(spaced[i:i + size]) - 1 in lengths})
        if not choices:
            continue
        scores = process.cdist([t for t, _ in group], choices, scorer=Levenshtein.distance, score_cutoff=2,
                               dtype=np.uint8)
        limits = np.array([limit for _, limit in group], dtype=np.uint8)
        for row, col in zip(*(a.tolist() for a in np.nonzero(scores <= limits[:, None]))):
            found = choices[col]
            if len(found) >= 4 and (found[0].isalpha() or found[0] in _READ_AS_LETTERS) \
                    and (size == 1 or found[0] in initials):
                hits_by_term.setdefault(group[row][0], []).append(found)
    out: dict[str, str] = {}
    for term, _, _ in eligible:
        for found in hits_by_term.get(term, ()):
            if found != term:
                out.setdefault(found, term)
    return out


# Digits a scan reads in place of a letter: 0/O, 1/l, 3/E, 5/S, 8/B.
_READ_AS_LETTERS = "01358"


def _words(view: str) -> list[str]:
    """``_WORD.findall(view)``, the regex run only on the space-separated tokens that are not one run
    of letters and digits (a token that is, most of them, is one word whole; no word crosses a space),
    nor one with marks only around it ("road,", "(company", "1."): then that run is its one word."""
    words: list[str] = []
    for token in view.split(" "):
        if token.isalnum():
            words.append(token)
        elif token:
            if (core := token.strip(_AROUND_WORDS)).isalnum():
                words.append(core)
            else:
                words.extend(_WORD.findall(token))
    return words


# Marks that end a word of ``_WORD`` and start none: no letter or digit, no "'" (which may join two runs)
# and no "_" (a word character).
_AROUND_WORDS = "".join(c for c in string.punctuation if c not in "'_") + "\u201c\u201d\u2018\u2019\u2026\u00ab\u00bb"


class TermMatcher:
    """An automaton over the variants of some terms, each mapped to a value (the entity)."""

    def __init__(self, entries: Mapping[str, object]) -> None:
        self._automaton = ahocorasick.Automaton()
        for form, value in sorted(entries.items()):
            self._automaton.add_word(form, (len(form), value))
        self._empty = not entries
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, view: CompactView) -> Iterator[tuple[int, int, object]]:
        """``(start, end, value)`` in compact-view offsets, for every occurrence (overlaps included)."""
        if self._empty:
            return
        found = view.found.get(self)
        if found is None:
            found = view.found[self] = [(end_index - length + 1, end_index + 1, value)
                                        for end_index, (length, value) in self._automaton.iter(view.text)]
        yield from found

    def find_words(self, view: CompactView) -> list[tuple[int, int, object]]:
        """``find`` without the occurrences glued to a letter or digit on either side, in order (not kept
        in ``view.found``). In the compact view a letter or digit is one at the same place in the text
        (the view only lower-cases and folds separators, which are neither, to spaces), so what is
        dropped here is what a caller testing the text's characters around a match would drop."""
        if self._empty:
            return []
        text = view.text
        size = len(text)
        return [(end_index - length + 1, end_index + 1, value)
                for end_index, (length, value) in self._automaton.iter(text)
                if not (end_index + 1 < size and text[end_index + 1].isalnum())
                and not (end_index >= length and text[end_index - length].isalnum())]
