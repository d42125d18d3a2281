"""The development texts of the evaluation corpus, for tests that compare a fast computation with the plain
one it replaces, and failure messages that say where two results part without printing the text.

Held-out texts (``split: heldout``) are left out: they are kept unseen so that their figures stay an honest
estimate, and a failing comparison would otherwise put their text into a CI log. A corpus text fails by its
file and offset ("differs in dev text 0412-minutes.txt at offset 1530"); a generated string, being
invented, is printed whole so the failure can be replayed.
"""
from __future__ import annotations

import random
import re

from collections.abc import Callable
from functools import cache
from itertools import zip_longest
from typing import Any

from anonymiser.eval.corpus import Case, load


class CorpusText(str):
    """A corpus text that names its file, not its content, wherever it is shown (``repr`` included)."""

    source: str

    def __new__(cls, text: str, source: str) -> CorpusText:
        made = super().__new__(cls, text)
        made.source = source
        return made

    def __repr__(self) -> str:
        return f"<dev text {self.source}>"


@cache
def dev_cases() -> tuple[Case, ...]:
    """Every corpus case but the held-out ones, read once per test session."""
    return tuple(case for case in load() if case.split != "heldout")


def dev_texts(prepare: Callable[[str], str] = str) -> list[CorpusText]:
    """Each development text, passed through ``prepare`` (``normalise``, ``str.lower``...), naming its file."""
    return [CorpusText(prepare(case.text), case.name) for case in dev_cases()]


def view_of(text: str, view: str) -> str:
    """Another form of ``text`` (lower case, compacted...) that still names its file if ``text`` is a corpus text."""
    return CorpusText(view, text.source) if isinstance(text, CorpusText) else view


def where(text: str, offset: int | None = None) -> str:
    """A corpus text by its file (and the offset, when known); any other string in full."""
    if not isinstance(text, CorpusText):
        return repr(text)
    return f"dev text {text.source}" + ("" if offset is None else f" at offset {offset}")


def assert_same(found: Any, expected: Any, text: str, what: str = "", at: int | None = None) -> None:
    """Fail unless ``found == expected``, saying where in ``text`` they first part (or at ``at``)."""
    __tracebackhide__ = True  # (pytest would show this frame's arguments: the results, words of the text)
    if found == expected:
        return
    offset = at if at is not None else _first_difference(found, expected, text)
    lead = f"{what}: " if what else ""
    if isinstance(text, CorpusText):
        raise AssertionError(f"{lead}the fast and the plain result differ in {where(text, offset)}")
    raise AssertionError(f"{lead}the fast and the plain result differ at offset {offset} of {text!r}:\n"
                         f"  found    {found!r}\n  expected {expected!r}")


def assert_each_same(texts: list[str], found: list[Any], expected: list[Any], what: str = "") -> None:
    """``assert_same`` for results worked out for a whole list of texts, one result per text."""
    __tracebackhide__ = True  # (pytest would show this frame's arguments: the results, words of the text)
    assert len(found) == len(expected) == len(texts)
    for text, one, other in zip(texts, found, expected):
        assert_same(one, other, text, what)


def assert_both_or_neither(found: Any, expected: Any, text: str, what: str = "") -> None:
    """Fail unless both searches matched or neither did (``re.Match`` or ``None``), naming where one matched."""
    __tracebackhide__ = True  # (pytest would show this frame's arguments: the results, words of the text)
    if (found is None) == (expected is None):
        return
    offset = (found or expected).start()
    side = "only the fast search" if found is not None else "only the plain search"
    raise AssertionError(f"{what + ': ' if what else ''}{side} matches, in {where(text, offset)}")


def _first_difference(found: Any, expected: Any, text: str) -> int | None:
    """The text offset of the first item two results disagree on, where an item carries one."""
    if isinstance(found, str) and isinstance(expected, str):
        return next(i for i, (a, b) in enumerate(zip_longest(found, expected)) if a != b)
    if isinstance(found, (list, tuple)) and isinstance(expected, (list, tuple)):
        pair = next(((a, b) for a, b in zip_longest(found, expected, fillvalue=_MISSING) if a != b), None)
        offsets = [_offset(item, text) for item in pair or () if item is not _MISSING]
        return next((o for o in offsets if o is not None), None)
    if isinstance(found, (set, frozenset, dict)) and isinstance(expected, (set, frozenset, dict)):
        differing = set(found) ^ set(expected)
        if not differing and isinstance(found, dict):
            differing = {key for key in found if found[key] != expected[key]}
        return min((o for o in (_offset(item, text) for item in differing) if o is not None), default=None)
    return None


_MISSING = object()


def _offset(item: Any, text: str) -> int | None:
    """Where an item of a result sits: a match or span by its start, a pair of numbers by its first, a word by
    where it is first written."""
    if isinstance(item, bool):
        return None
    if isinstance(item, int):
        return item if item >= 0 else None  # (-1: a group that took no part in the match)
    if hasattr(item, "start"):
        start = item.start
        return start() if callable(start) else start
    if isinstance(item, str):
        at = text.find(item) if item else -1
        if at < 0 and item:
            at = text.lower().find(item.lower())  # (a word a scan gave back in lower case)
        return at if at >= 0 else None
    if isinstance(item, (list, tuple)):
        return next((o for o in (_offset(part, text) for part in item) if o is not None), None)
    return None


def random_texts(seed: int, parts: list[str], count: int, longest: int = 30) -> list[str]:
    """``count`` strings of up to ``longest`` of ``parts`` drawn at random (``seed``: the same strings each run)."""
    rng = random.Random(seed)
    return ["".join(rng.choice(parts) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def same_scan(fast: re.Pattern[str], plain: re.Pattern[str], texts: list[str]) -> None:
    """That ``fast`` finds what ``plain`` finds, span by span and group by group, in every one of ``texts``."""
    for text in texts:
        assert_same([(m.span(), m.groupdict()) for m in fast.finditer(text)],
                    [(m.span(), m.groupdict()) for m in plain.finditer(text)], text, plain.pattern[:40])
