"""Saved searches: a member keeps a library query (text, facet filters, sort) to run again, read
as an Atom feed or receive as an e-mail digest. Every role that can search can save; each member
sees, changes and deletes only their own (anyone else's is "not found")."""
from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exchange.domain.accounts import actor_for
from exchange.domain.actor import Actor
from exchange.domain.errors import NotFound, PermissionDenied, ValidationFailed
from exchange.domain.library_search import normalise_filters, search_library
from exchange.models import SavedSearch, User
from search import FACETS, SearchIndex

MAX_SAVED = 50
MAX_NAME = 100
MAX_TEXT = 1000
MAX_VALUES = 30
MAX_VALUE_CHARS = 100
SORTS = ("relevance", "date")


class Frequency(StrEnum):
    NONE = "none"
    DAILY = "daily"
    WEEKLY = "weekly"


@dataclass(frozen=True)
class SavedSearchInput:
    text: str = ""
    filters: Mapping[str, Sequence[str]] | None = None
    sort: str = "relevance"
    name: str = ""
    frequency: str = Frequency.NONE


@dataclass(frozen=True)
class SavedSearchInfo:
    id: int
    name: str
    text: str
    filters: dict[str, list[str]]
    sort: str
    frequency: str
    created_at: datetime
    last_digest_at: datetime | None
    feed_token: str

    @property
    def since(self) -> datetime:
        """Where "new" starts: the last digest, else when the search was saved."""
        return self.last_digest_at or self.created_at


def info(saved: SavedSearch) -> SavedSearchInfo:
    return SavedSearchInfo(saved.id, saved.name, saved.query_text, {k: list(v) for k, v in saved.filters.items()},
                           saved.sort, saved.digest_frequency, saved.created_at, saved.last_digest_at, saved.feed_token)


def create(session: Session, index: SearchIndex, actor: Actor, data: SavedSearchInput) -> SavedSearchInfo:
    """Save a query after checking it exactly as the library search would run it."""
    user_id = _require_signed_in(actor)
    text, filters, name = _checked(data)
    try:
        search_library(index, actor, text, filters, data.sort, page=1, per_page=1)
    except ValidationFailed as exc:
        raise ValidationFailed("The search was not saved: " + str(exc), {"q": str(exc)}) from None
    count = session.scalar(select(func.count()).select_from(SavedSearch).where(SavedSearch.user_id == user_id)) or 0
    if count >= MAX_SAVED:
        raise ValidationFailed("The search was not saved.",
                               {"name": f"You can keep at most {MAX_SAVED} saved searches: delete one first."})
    saved = SavedSearch(user_id=user_id, name=name, query_text=text, filters=filters, sort=data.sort,
                        digest_frequency=data.frequency, created_at=datetime.now(UTC), feed_token=_new_token())
    session.add(saved)
    session.flush()
    return info(saved)


def list_own(session: Session, actor: Actor) -> list[SavedSearchInfo]:
    user_id = _require_signed_in(actor)
    rows = session.scalars(select(SavedSearch).where(SavedSearch.user_id == user_id).order_by(SavedSearch.id))
    return [info(row) for row in rows]


def get_own(session: Session, actor: Actor, saved_id: int) -> SavedSearchInfo:
    return info(_own(session, actor, saved_id))


def delete(session: Session, actor: Actor, saved_id: int) -> SavedSearchInfo:
    saved = _own(session, actor, saved_id)
    gone = info(saved)
    session.delete(saved)
    session.flush()
    return gone


def set_frequency(session: Session, actor: Actor, saved_id: int, frequency: str) -> SavedSearchInfo:
    saved = _own(session, actor, saved_id)
    if frequency not in set(Frequency):
        raise ValidationFailed("Choose how often to e-mail.", {"frequency": "Choose none, daily or weekly."})
    if saved.digest_frequency == Frequency.NONE and frequency != Frequency.NONE:
        saved.last_digest_at = datetime.now(UTC)  # the first digest lists what is new from now on
    saved.digest_frequency = frequency
    session.flush()
    return info(saved)


def regenerate_token(session: Session, actor: Actor, saved_id: int) -> SavedSearchInfo:
    """A new feed address; the old one stops working at once."""
    saved = _own(session, actor, saved_id)
    saved.feed_token = _new_token()
    session.flush()
    return info(saved)


def by_feed_token(session: Session, saved_id: int, token: str) -> tuple[SavedSearchInfo, Actor]:
    """The saved search a feed URL names and its owner as the actor the feed runs as. A wrong
    token, a missing search or an owner who can no longer search are all simply "not found"."""
    saved = session.get(SavedSearch, saved_id)
    if saved is None or not hmac.compare_digest(saved.feed_token.encode(), token.encode("utf-8", "replace")):
        raise NotFound("No such feed.")
    owner = session.get(User, saved.user_id)
    actor = actor_for(owner) if owner is not None and owner.active else None
    if actor is None or actor.role is None:
        raise NotFound("No such feed.")
    return info(saved), actor


def _own(session: Session, actor: Actor, saved_id: int) -> SavedSearch:
    user_id = _require_signed_in(actor)
    saved = session.get(SavedSearch, saved_id)
    if saved is None or saved.user_id != user_id:
        raise NotFound("No such saved search.")
    return saved


def _require_signed_in(actor: Actor) -> int:
    if actor.user_id is None or actor.role is None:
        raise PermissionDenied("Sign in to save searches.")
    return actor.user_id


def _new_token() -> str:
    return secrets.token_urlsafe(32)


def _checked(data: SavedSearchInput) -> tuple[str, dict[str, list[str]], str]:
    """The text, filters and name to store, or ValidationFailed naming every bad field."""
    errors: dict[str, str] = {}
    text = data.text.strip()
    if len(text) > MAX_TEXT:
        errors["q"] = f"The search text is too long (at most {MAX_TEXT} characters)."
    raw = dict(data.filters or {})
    unknown = sorted(name for name in raw if name not in FACETS)
    if unknown:
        errors["filters"] = "Unknown filter: " + ", ".join(n[:40] for n in unknown[:5]) + "."
    elif any(len(values) > MAX_VALUES or any(len(v) > MAX_VALUE_CHARS for v in values) for values in raw.values()):
        errors["filters"] = f"At most {MAX_VALUES} values per filter, each up to {MAX_VALUE_CHARS} characters."
    if data.sort not in SORTS:
        errors["sort"] = "Sort by relevance or date."
    if data.frequency not in set(Frequency):
        errors["frequency"] = "Choose none, daily or weekly."
    name = " ".join(data.name.split()) or _default_name(text)
    if len(name) > MAX_NAME:
        errors["name"] = f"Give the search a name of at most {MAX_NAME} characters."
    fields = [text, name, *(v for values in raw.values() for v in values)]
    if any("\x00" in value for value in fields):
        errors["q"] = "Text cannot contain NUL characters."
    if errors:
        raise ValidationFailed("The search was not saved.", errors)
    filters = {name: sorted(set(values)) for name, values in normalise_filters(raw).items()}
    return text, filters, name


def _default_name(text: str) -> str:
    name = " ".join(text.split())
    return (name[:MAX_NAME - 1] + "…") if len(name) > MAX_NAME else (name or "Every case study")
