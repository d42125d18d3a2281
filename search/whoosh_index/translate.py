"""Query-side analysis for whoosh: stemming the search box's words and building phrase queries."""
from __future__ import annotations

from whoosh import query

from search.whoosh_index.schema import BOOSTS, STEMMING


def stems(text: str) -> list[str]:
    """The stems the index holds for `text` (stopwords removed, as at indexing time)."""
    return [token.text for token in STEMMING(text)]


def phrase_query(words: list[str]) -> query.Query | None:
    """The words in order in any indexed text field; None for a stopword-only phrase."""
    if not words:
        return None
    if len(words) == 1:
        return query.Or([query.Term(f, words[0], boost=b) for f, b in BOOSTS.items()])
    return query.Or([query.Phrase(f, words, boost=b) for f, b in BOOSTS.items()])
