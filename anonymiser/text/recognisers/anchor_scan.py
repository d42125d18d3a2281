"""Where the anchors of keyword-led patterns start, found for all of them in one automaton pass.

``Pattern.anchor`` is a cheap pattern searched in ``Document.lower``; ``re`` tries its alternation at every
position, one scan per pattern (two dozen scans of each text). Every match of an anchor starts with one of a
few literal strings its pattern begins with ("batch", "lot", "b/n"; "piva", "p.iva" for ``p\\.?[ ]?iva``).
One Aho-Corasick automaton over those strings of all anchors finds, in one pass over the text, every place
each anchor can start; the anchor itself is then matched only there. ``starts`` gives exactly the starts of
``anchor.finditer(lower)``: a match can only start at a candidate, and the candidates are tried in order from
where the previous match ended, as ``finditer`` goes on.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import ahocorasick

# More strings than this (a pattern led by wide classes) and the anchor is scanned as before.
_MOST_STRINGS = 512
_WIDEST_CLASS = 8
_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)


class _Stop(Exception):
    """Raised while reading a pattern's leading strings when they cannot be read off (or are too many)."""


def leading_strings(anchor: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings one of which starts every match of ``anchor``, or ``None`` when they cannot be read off
    (case-insensitive, or a match may start with any character, or may be empty)."""
    if anchor.flags & (re.IGNORECASE | re.LOCALE | re.VERBOSE) or not isinstance(anchor.pattern, str):
        return None
    try:
        parsed = sre_parse.parse(anchor.pattern, anchor.flags)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE | re.VERBOSE):
        return None
    try:
        found, _ = _prefixes(list(parsed), {""})
    except _Stop:
        return None
    if not found or "" in found or len(found) > _MOST_STRINGS:
        return None
    return frozenset(found)


def _prefixes(items: list, heads: set[str]) -> tuple[set[str], bool]:  # type: ignore[type-arg]
    """The strings every match of ``items`` after one of ``heads`` starts with, and whether they are the whole
    of what the items match (so what follows may be read on)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # (a look-around or a boundary consumes nothing: what is consumed still starts so)
        if op is sre.LITERAL:
            heads = {h + chr(av) for h in heads}
        elif op is sre.IN:
            chars = _class_chars(av)
            if chars is None:
                return heads, False
            heads = {h + c for h in heads for c in chars}
        elif op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Stop
            heads, whole = _prefixes(list(sub), heads)
            if not whole:
                return _check(heads), False
        elif op is sre.BRANCH:
            new: set[str] = set()
            whole = True
            for alternative in av[1]:
                found, complete = _prefixes(list(alternative), heads)
                new |= found
                whole = whole and complete
            heads = new
            if not whole:
                return _check(heads), False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            found, complete = _prefixes(list(av[2]), heads)
            heads = heads | found  # (skipped, or taken)
            if not complete:
                return _check(heads), False
        else:
            return heads, False
        _check(heads)
    return heads, True


def _check(heads: set[str]) -> set[str]:
    if len(heads) > _MOST_STRINGS:
        raise _Stop
    return heads


def _class_chars(items: list) -> list[str] | None:  # type: ignore[type-arg]
    chars: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            chars.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _WIDEST_CLASS:
            chars.extend(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
        if len(chars) > _WIDEST_CLASS:
            return None
    return chars


class _Anchors:
    """The registered anchors and one automaton over their leading strings (built again when one is added).

    Patterns register when their modules are imported; what changes the registry holds a lock (a server's
    threads may meet a pattern first together), and a text is read with whichever automaton was current."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, int], int | None] = {}
        self.strings: dict[str, set[int]] = {}
        self.count = 0
        self.automaton: ahocorasick.Automaton | None = None
        self._lock = threading.Lock()

    def register(self, anchor: re.Pattern[str]) -> int | None:
        key = (anchor.pattern, anchor.flags)
        if key in self.index:
            return self.index[key]
        strings = leading_strings(anchor)
        with self._lock:
            if key in self.index:
                return self.index[key]
            number = None
            if strings is not None:
                number = self.count
                self.count += 1
                for string in strings:
                    self.strings.setdefault(string, set()).add(number)
                self.automaton = None
            self.index[key] = number
        return number

    def built(self) -> ahocorasick.Automaton:
        automaton = self.automaton
        if automaton is None:
            with self._lock:
                automaton = self.automaton
                if automaton is None:
                    automaton = ahocorasick.Automaton()
                    for string, numbers in self.strings.items():
                        automaton.add_word(string, (len(string) - 1, tuple(sorted(numbers))))
                    automaton.make_automaton()
                    self.automaton = automaton
        return automaton


_ANCHORS = _Anchors()
_CACHE_KEY = "_anchor_starts"


def registered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, registered (when its module is imported) for ``finditer`` to read from the automaton pass."""
    _ANCHORS.register(pattern)
    return pattern


def starts(anchor: re.Pattern[str], owner: object, lower: str) -> Iterator[int]:
    """``m.start() for m in anchor.finditer(lower)``. ``owner`` (a ``Document``) keeps the pass over
    ``lower`` for the other anchors."""
    return (hit.start() for hit in finditer(anchor, owner, lower))


def finditer(pattern: re.Pattern[str], owner: object | None, lower: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(lower)``, from the automaton pass over ``lower`` that ``owner`` (a ``Document``)
    keeps when the pattern's leading strings can be read off (else, or without an owner, ``re``'s own scan).
    For scans of ``Document.lower`` led by words: the pass serves them all."""
    number = None if owner is None else _ANCHORS.register(pattern)
    if number is None:
        yield from pattern.finditer(lower)
        return
    automaton = _ANCHORS.built()
    cached = vars(owner).get(_CACHE_KEY)
    if cached is None or cached[0] is not lower or cached[1] is not automaton:
        buckets: dict[int, list[int]] = {}
        for end, (back, numbers) in automaton.iter(lower):
            start = end - back
            for n in numbers:
                if (bucket := buckets.get(n)) is None:
                    buckets[n] = [start]
                else:
                    bucket.append(start)
        cached = vars(owner)[_CACHE_KEY] = (lower, automaton, buckets)
    candidates = cached[2].get(number)
    if not candidates:
        return
    resume = 0
    for start in sorted(set(candidates)):
        if start < resume:
            continue
        hit = pattern.match(lower, start)
        if hit is not None:
            resume = hit.end()
            yield hit
