"""Searching the library: the index answers, the rules (who may search, what a bad query means)
live here. The index holds published, redacted text only."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from exchange.domain.actor import Actor
from exchange.domain.errors import DomainError, NotFound, ValidationFailed
from search import FACETS, Hit, IndexUnavailable, QueryError, SearchIndex, SearchQuery, SearchResults

PER_PAGE = 20


class SearchUnavailable(DomainError):
    """The index cannot answer just now; the library itself is safe."""


def search_library(index: SearchIndex, actor: Actor, text: str = "", filters: Mapping[str, Sequence[str]] | None = None,
                   sort: str = "relevance", page: int = 1, per_page: int = PER_PAGE) -> SearchResults:
    if actor.role is None:
        raise NotFound("Sign in to search the library.")
    clean = {name: [v for v in values if v] for name, values in (filters or {}).items() if name in FACETS}
    query = SearchQuery(text=text[:1000], filters={k: v for k, v in clean.items() if v},
                        sort="date" if sort == "date" else "relevance", page=max(1, page), per_page=per_page)
    try:
        return index.query(query)
    except QueryError as exc:
        raise ValidationFailed(str(exc), {"q": str(exc)}) from None
    except IndexUnavailable:
        raise SearchUnavailable("Search is unavailable for a moment; please try again.") from None


def comparable(index: SearchIndex, actor: Actor, case_id: int, limit: int = 5) -> list[Hit]:
    """Comparable deployments by content and facets; an unavailable index just shows none."""
    if actor.role is None:
        raise NotFound("Sign in to read the library.")
    try:
        return index.similar(str(case_id), limit=limit)
    except IndexUnavailable:
        return []
