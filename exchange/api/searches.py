"""The token holder's saved searches: list, save, delete, and what is new since the last digest
(or a given moment). Only redacted, published case titles come back."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import url_for
from marshmallow import EXCLUDE, RAISE, Schema, fields, validate

from exchange.api import schemas
from exchange.api.auth import current_grant, requires
from exchange.api.blueprint import ApiBlueprint
from exchange.api.links import self_link
from exchange.domain import saved_search_matches, saved_searches
from exchange.domain.saved_searches import SavedSearchInfo, SavedSearchInput
from exchange.domain.tokens import Scope
from exchange.web.extensions import db_session, library_index
from search import FACETS

bp = ApiBlueprint("searches", __name__, url_prefix="/api/v1/searches",
                  description="Your saved searches, their feeds and new matches (read scope)")


class SavedSearchIn(Schema):
    class Meta:
        unknown = RAISE

    q = fields.String(load_default="", validate=validate.Length(max=saved_searches.MAX_TEXT))
    filters = fields.Dict(keys=fields.String(validate=validate.OneOf(FACETS)),
                          values=fields.List(fields.String(validate=validate.Length(max=saved_searches.MAX_VALUE_CHARS)),
                                             validate=validate.Length(max=saved_searches.MAX_VALUES)),
                          load_default=dict)
    sort = fields.String(load_default="relevance", validate=validate.OneOf(saved_searches.SORTS))
    name = fields.String(load_default="", validate=validate.Length(max=saved_searches.MAX_NAME))
    frequency = fields.String(load_default="none", validate=validate.OneOf([f.value for f in saved_searches.Frequency]))


class SavedSearchOut(Schema):
    id = fields.Integer()
    name = fields.String()
    q = fields.String(attribute="text")
    filters = fields.Dict(keys=fields.String(), values=fields.List(fields.String()))
    sort = fields.String()
    frequency = fields.String()
    created_at = fields.AwareDateTime(format="iso")
    last_digest_at = fields.AwareDateTime(format="iso", allow_none=True)
    feed_url = fields.Method("_feed_url", metadata={"description": "Atom feed; the URL carries the feed token"})

    def _feed_url(self, saved: SavedSearchInfo) -> str:
        return url_for("saved_searches.feed", saved_id=saved.id, token=saved.feed_token, _external=True)


class SavedSearchList(Schema):
    items = fields.List(fields.Nested(SavedSearchOut))
    total = fields.Integer()
    links = fields.Nested(schemas.Links)


class NewQuery(Schema):
    class Meta:
        unknown = EXCLUDE

    since = fields.AwareDateTime(load_default=None, format="iso",
                                 metadata={"description": "default: the last digest, else when the search was saved"})


class NewMatch(Schema):
    id = fields.Integer()
    title = fields.String()
    published_at = fields.AwareDateTime(format="iso")
    url = fields.Method("_url")

    def _url(self, match: saved_search_matches.Match) -> str:
        return url_for("library.case", case_id=match.id, _external=True)


class NewMatches(Schema):
    items = fields.List(fields.Nested(NewMatch))
    total = fields.Integer()
    more = fields.Boolean(metadata={"description": "more matched than were counted"})
    since = fields.AwareDateTime(format="iso")
    links = fields.Nested(schemas.Links)


@bp.get("")
@bp.response(200, SavedSearchList)
@requires(Scope.READ)
def list_searches() -> dict[str, Any]:
    """Your saved searches, oldest first."""
    items = saved_searches.list_own(db_session(), current_grant().actor)
    return {"items": items, "total": len(items), "links": self_link()}


@bp.post("")
@bp.response(201, SavedSearchOut)
@requires(Scope.READ)
@bp.arguments(SavedSearchIn, as_kwargs=True)
def create_search(q: str, filters: dict[str, list[str]], sort: str, name: str, frequency: str) -> SavedSearchInfo:
    """Save a search (checked as the library search would run it); at most 50 per member."""
    session = db_session()
    saved = saved_searches.create(session, library_index(), current_grant().actor,
                                  SavedSearchInput(text=q, filters=filters, sort=sort, name=name, frequency=frequency))
    session.commit()
    return saved


@bp.delete("/<int(max=2147483647):search_id>")
@bp.response(204)
@requires(Scope.READ)
def delete_search(search_id: int) -> None:
    """Delete one of your saved searches (its feed stops working)."""
    session = db_session()
    saved_searches.delete(session, current_grant().actor, search_id)
    session.commit()


@bp.get("/<int(max=2147483647):search_id>/new")
@bp.response(200, NewMatches)
@requires(Scope.READ)
@bp.arguments(NewQuery, location="query", as_kwargs=True)
def new_matches(search_id: int, since: datetime | None) -> dict[str, Any]:
    """Published cases matching the search since ``since`` (default: the last digest), newest first."""
    session, actor = db_session(), current_grant().actor
    saved = saved_searches.get_own(session, actor, search_id)
    start = since or saved.since
    found = saved_search_matches.new_since(session, library_index(), actor, saved, start, limit=100)
    return {"items": found.items, "total": found.total, "more": found.more, "since": start, "links": self_link()}
