"""A regular expression for a list of words, factored as a trie ("Bio(?:logics|tech)").

Python's ``re`` tries the branches of an alternation one by one at every position; a trie lets
it reject a position after one character, which matters for scans over megabytes of text.
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing group matching exactly the given words (longest first at each branch)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [re.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body
