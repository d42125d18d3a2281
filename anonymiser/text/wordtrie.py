"""A regular expression for a list of words, factored as a trie ("Bio(?:logics|tech)").

Python's ``re`` tries the branches of an alternation one by one at every position; a trie lets
it reject a position after one character, which matters for scans over megabytes of text.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def trie_pattern(words: Iterable[str], not_after: str = "") -> str:
    """A non-capturing group matching exactly the given words (longest first at each branch).

    ``not_after``, a character class ("[\\w-]"), is ``(?<!{not_after})`` before the group, written as a
    look-behind after each word's first letter instead: the group is then led by its first letters, which
    ``re`` skips ahead to (a pattern led by a look-behind is tried at every position)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not_after:
        assert "" not in trie
        return _render(trie, lambda ch: f"(?<!{not_after}{re.escape(ch)})")
    return _render(trie)


def _render(node: dict, guard: Callable[[str], str] = lambda ch: "") -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [re.escape(ch) + guard(ch) + _render(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body
