"""Translate the parsed search box into one tsquery string.

Words and phrases are stemmed by PostgreSQL itself in one round trip (`plainto_tsquery`,
`phraseto_tsquery` with the 'english' configuration); prefixes match the unstemmed `~word`
lexemes. A leaf that stems to nothing (a stopword) is dropped, as the whoosh backend does, so
both backends give the same answers. The result is cast with `::tsquery` by the caller.
"""
from __future__ import annotations

import psycopg

from search.querytext import All, Any, Node, Not, Phrase, Word

CONFIG = "english"


def leaves(node: Node) -> list[Word | Phrase]:
    if isinstance(node, (Word, Phrase)):
        return [node]
    if isinstance(node, Not):
        return leaves(node.child)
    return [leaf for child in node.children for leaf in leaves(child)]


def stem_leaves(conn: psycopg.Connection, node: Node) -> dict[Word | Phrase, str]:
    """Each stemmed leaf's tsquery text ('' for stopwords), computed by PostgreSQL."""
    todo = [leaf for leaf in dict.fromkeys(leaves(node)) if not (isinstance(leaf, Word) and leaf.prefix)]
    if not todo:
        return {}
    columns = ", ".join(
        f"plainto_tsquery('{CONFIG}', %s)::text" if isinstance(leaf, Word)
        else f"phraseto_tsquery('{CONFIG}', %s)::text" for leaf in todo)
    params = [leaf.text if isinstance(leaf, Word) else " ".join(leaf.words) for leaf in todo]
    row = conn.execute(f"SELECT {columns}", params).fetchone()
    return dict(zip(todo, row or ()))


def compose(node: Node, stems: dict[Word | Phrase, str]) -> str | None:
    """The tsquery text for `node`; None when nothing searchable is left."""
    if isinstance(node, Word) and node.prefix:
        return f"'~{_quote(node.text)}':*"
    if isinstance(node, (Word, Phrase)):
        return stems.get(node) or None
    if isinstance(node, Not):
        child = compose(node.child, stems)
        return f"!({child})" if child else None
    parts = [p for p in (compose(child, stems) for child in node.children) if p]
    if not parts:
        return None
    joiner = " & " if isinstance(node, All) else " | "
    assert isinstance(node, (All, Any))
    return joiner.join(f"({part})" for part in parts)


def _quote(word: str) -> str:
    return word.replace("\\", "\\\\").replace("'", "''")
