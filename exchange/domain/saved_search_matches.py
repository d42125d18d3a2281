"""What a saved search finds now, and what is new since a moment: always through the search
index, which holds published, redacted text only. The database is asked only when each match was
published and whether it is still public (an index update may lag a withdrawal by moments)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.domain.actor import Actor
from exchange.domain.lifecycle import State
from exchange.domain.library_search import search_library
from exchange.domain.saved_searches import SavedSearchInfo
from exchange.models import Contribution
from search import Hit, SearchIndex

PAGE = 100
MAX_SCANNED = 1000


@dataclass(frozen=True)
class Match:
    id: int
    title: str
    snippet: str
    published_at: datetime


@dataclass(frozen=True)
class Matches:
    items: list[Match]
    total: int
    """How many matched, counted up to ``MAX_SCANNED`` (``more`` is then True)."""
    more: bool


def newest(session: Session, index: SearchIndex, actor: Actor, saved: SavedSearchInfo, limit: int = 50) -> Matches:
    """The newest published cases the saved search matches, newest first."""
    return published_between(session, index, actor, saved, None, None, limit)


def new_since(session: Session, index: SearchIndex, actor: Actor, saved: SavedSearchInfo, since: datetime,
              until: datetime | None = None, limit: int = 50) -> Matches:
    """Matches published after ``since`` (and not after ``until``), newest first."""
    return published_between(session, index, actor, saved, since, until, limit)


def published_between(session: Session, index: SearchIndex, actor: Actor, saved: SavedSearchInfo,
                      since: datetime | None, until: datetime | None, limit: int) -> Matches:
    found: list[Match] = []
    page, more = 1, False
    while True:
        results = search_library(index, actor, saved.text, saved.filters, "date", page, PAGE)
        dates = _public_dates(session, results.hits)
        in_window = [_match(hit, dates[int(hit.id)]) for hit in results.hits
                     if int(hit.id) in dates and (until is None or dates[int(hit.id)] <= until)
                     and (since is None or dates[int(hit.id)] > since)]
        found.extend(in_window)
        older_reached = since is not None and any(int(h.id) in dates and dates[int(h.id)] <= since
                                                  for h in results.hits)
        if older_reached or page * PAGE >= results.total or (since is None and len(found) >= limit):
            break
        if page * PAGE >= MAX_SCANNED:
            more = True
            break
        page += 1
    found.sort(key=lambda m: m.published_at, reverse=True)
    return Matches(found[:limit], len(found), more)


def _public_dates(session: Session, hits: list[Hit]) -> dict[int, datetime]:
    """Publication time of the hits that are still public, by id."""
    ids = [int(hit.id) for hit in hits if hit.id.isdigit()]
    if not ids:
        return {}
    rows = session.execute(select(Contribution.id, Contribution.published_at, Contribution.created_at)
                           .where(Contribution.id.in_(ids), Contribution.published_revision_id.is_not(None),
                                  Contribution.state.not_in([State.WITHDRAWN, State.RETIRED])))
    return {row.id: row.published_at or row.created_at for row in rows}


def _match(hit: Hit, published_at: datetime) -> Match:
    return Match(int(hit.id), hit.title, hit.snippet, published_at)


def count(index: SearchIndex, actor: Actor, saved: SavedSearchInfo) -> int:
    """How many published cases the saved search matches now."""
    return search_library(index, actor, saved.text, saved.filters, saved.sort, 1, 1).total
