"""Searching the library: the index answers, the rules (who may search, what a bad query means)
live here. The index holds published, redacted text only."""
from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.domain.access import require_role
from exchange.domain.actor import Actor
from exchange.domain.errors import DomainError, NotFound, ValidationFailed
from exchange.domain.roles import Role
from exchange.models import SearchMiss
from search import FACETS, Hit, IndexUnavailable, QueryError, SearchIndex, SearchQuery, SearchResults

PER_PAGE = 20


class SearchUnavailable(DomainError):
    """The index cannot answer just now; the library itself is safe."""


def search_library(index: SearchIndex, actor: Actor, text: str = "", filters: Mapping[str, Sequence[str]] | None = None,
                   sort: str = "relevance", page: int = 1, per_page: int = PER_PAGE) -> SearchResults:
    if actor.role is None:
        raise NotFound("Sign in to search the library.")
    query = SearchQuery(text=text[:1000], filters=normalise_filters(filters or {}),
                        sort="date" if sort == "date" else "relevance", page=max(1, page), per_page=per_page)
    try:
        return index.query(query)
    except QueryError as exc:
        raise ValidationFailed(str(exc), {"q": str(exc)}) from None
    except IndexUnavailable:
        raise SearchUnavailable("Search is unavailable for a moment; please try again.") from None


def normalise_filters(filters: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """The filters a search uses: known facets only, empty values and empty facets dropped."""
    clean = {name: [v for v in values if v] for name, values in filters.items() if name in FACETS}
    return {name: values for name, values in clean.items() if values}


def _printable(text: str) -> str:
    """Without control characters (PostgreSQL text cannot even hold a NUL)."""
    return "".join(ch if unicodedata.category(ch) != "Cc" else " " for ch in text)


def record_miss(session: Session, text: str, filters: Mapping[str, Sequence[str]]) -> None:
    """Remember a query that found nothing, without who asked (the same query is counted)."""
    query = " ".join(_printable(text).lower().split())[:300]
    chosen = {name: sorted({_printable(v)[:100] for v in values}) for name, values in filters.items() if values}
    if not query and not chosen:
        return
    miss = session.scalar(select(SearchMiss).where(SearchMiss.query == query).order_by(SearchMiss.id).limit(1))
    if miss is not None and miss.filters == chosen:
        miss.times += 1
        miss.last_seen_at = datetime.now(UTC)
    else:
        session.add(SearchMiss(query=query, filters=chosen))
    session.flush()


@dataclass(frozen=True)
class Miss:
    query: str
    filters: dict[str, list[str]]
    times: int
    last_seen_at: datetime


def top_misses(session: Session, actor: Actor, limit: int = 50) -> list[Miss]:
    """What members look for and the library lacks, most asked first (curators and admins)."""
    require_role(actor, Role.CURATOR, Role.ADMIN)
    rows = session.scalars(select(SearchMiss).order_by(SearchMiss.times.desc(), SearchMiss.last_seen_at.desc())
                           .limit(limit))
    return [Miss(r.query, dict(r.filters), r.times, r.last_seen_at) for r in rows]


def comparable(index: SearchIndex, actor: Actor, case_id: int, limit: int = 5) -> list[Hit]:
    """Comparable deployments by content and facets; an unavailable index just shows none."""
    if actor.role is None:
        raise NotFound("Sign in to read the library.")
    try:
        return index.similar(str(case_id), limit=limit)
    except IndexUnavailable:
        return []
