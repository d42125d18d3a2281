"""Finding a set of terms anywhere in a text, whatever the case, spacing, hyphenation or spelling.

Terms and text are compared in a *compact view*: lower-cased, every run of whitespace, hyphens,
underscores and slashes folded to one space. A term also matches written solid ("acmebio") and,
when long enough, misspelt by one or two letters (found with rapidfuzz among the text's words).
Matching runs an Aho-Corasick automaton (pyahocorasick) over the view, so cost grows with the
text, not with the number of terms.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import ahocorasick
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

_SEPARATORS = str.maketrans({c: " " for c in "\t\n\r\f\v-_/\u2013\u2014"})
_SEPARATOR = re.compile("[\t\n\r\f\v_/\u2013\u2014-]")
_RUN = re.compile(r" {2,}")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def compact(text: str) -> str:
    return _RUN.sub(" ", text.lower().translate(_SEPARATORS)).strip()


@dataclass(frozen=True)
class CompactView:
    """The compact view of a lower-cased text and the way back to the text's own offsets."""

    text: str
    run_positions: tuple[int, ...]
    run_shifts: tuple[int, ...]

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


def variants(term: str) -> set[str]:
    """The written forms a term is matched in: as given (compacted), solid, without possessive."""
    base = compact(term)
    if base.endswith("'s"):
        base = base[:-2]
    found = {base, base.replace(" ", "")}
    return {v for v in found if len(v) >= 2}


def misspellings(terms: Mapping[str, object], view: str) -> dict[str, str]:
    """Words (or word n-grams) of ``view`` one or two edits away from a term: ``{found: term}``."""
    words = _WORD.findall(view)
    out: dict[str, str] = {}
    by_size: dict[int, set[str]] = {}
    initials = {term[0] for term in terms if term}
    for term in terms:
        size = term.count(" ") + 1
        solid = term.replace(" ", "")
        if len(solid) < 5 or size > 4:
            continue
        if size not in by_size:
            # Several-word terms: only n-grams starting with a term's first letter (a misspelt
            # first letter of a several-word name is rare; single words are all compared).
            by_size[size] = set(words) if size == 1 else {
                " ".join(words[i:i + size]) for i in range(len(words) - size + 1) if words[i][0] in initials}
        limit = 1 if len(solid) < 9 else 2
        choices = [c for c in by_size[size] if abs(len(c) - len(term)) <= limit]
        hits = process.extract(term, choices, scorer=Levenshtein.distance, score_cutoff=limit, limit=None)
        for found, _, _ in hits:
            if found != term and len(found) >= 4 and found[0].isalpha():
                out.setdefault(found, term)
    return out


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
        for end_index, (length, value) in self._automaton.iter(view.text):
            yield end_index - length + 1, end_index + 1, value
