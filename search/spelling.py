"""Backend-neutral helpers for "did you mean": edit distance and rewriting the query text."""
from __future__ import annotations

import re
from typing import Iterable, Mapping

from search.querytext import clean_text

MAX_EDITS = 2
MIN_WORD_CHARS = 3


def worth_correcting(word: str) -> bool:
    return len(word) >= MIN_WORD_CHARS and word.isalpha()


def edit_distance(a: str, b: str, limit: int = MAX_EDITS) -> int:
    """Levenshtein distance, stopping early once it exceeds `limit` (returns limit + 1)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate within MAX_EDITS sharing the first letter, nearest first, then alphabetical."""
    scored = sorted((edit_distance(word, c), c) for c in candidates if c and c[0] == word[0])
    best = next(((d, c) for d, c in scored if d <= MAX_EDITS and c != word), None)
    return best[1] if best else None


def rewrite(text: str, fixes: Mapping[str, str]) -> str | None:
    """The query text with each misspelt word replaced; None when there is nothing to fix."""
    if not fixes:
        return None
    return re.sub(r"\w+", lambda m: fixes.get(m.group(0).lower(), m.group(0)), clean_text(text))
