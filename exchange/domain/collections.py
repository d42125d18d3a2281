"""Curated collections of published case studies."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exchange.domain import audit
from exchange.domain.access import is_public, require_role
from exchange.domain.actor import Actor
from exchange.domain.errors import NotFound, ValidationFailed
from exchange.domain.roles import Role
from exchange.models import Collection, CollectionItem, Contribution, Revision


@dataclass(frozen=True)
class CollectionCase:
    id: int
    title: str
    segment: str | None


@dataclass(frozen=True)
class CollectionView:
    id: int
    title: str
    description: str
    cases: list[CollectionCase]


def create_collection(session: Session, actor: Actor, title: str, description: str = "") -> Collection:
    require_role(actor, Role.CURATOR)
    title = " ".join(title.split())
    if not 3 <= len(title) <= 200:
        raise ValidationFailed("Give a title of 3 to 200 characters.", {"title": "3 to 200 characters."})
    if len(description) > 5_000:
        raise ValidationFailed("The description is too long.", {"description": "At most 5,000 characters."})
    if session.scalar(select(Collection).where(func.lower(Collection.title) == title.lower())):
        raise ValidationFailed("A collection with that title exists.", {"title": "That title is taken."})
    collection = Collection(title=title, description=description.strip(), created_by_id=actor.user_id)
    session.add(collection)
    session.flush()
    audit.record(session, actor, "collection.create", "collection", collection.id)
    return collection


def add_case(session: Session, actor: Actor, collection_id: int, case_id: int) -> None:
    require_role(actor, Role.CURATOR)
    collection = _get(session, collection_id)
    case = session.get(Contribution, case_id)
    if case is None or not is_public(case) or case.kind != "case_study":
        raise ValidationFailed("Only published case studies can join a collection.", {"case": "Not published."})
    if any(item.contribution_id == case_id for item in collection.items):
        raise ValidationFailed("That case study is already in the collection.", {"case": "Already there."})
    collection.items.append(CollectionItem(contribution_id=case_id, position=len(collection.items)))
    session.flush()
    audit.record(session, actor, "collection.add", "collection", collection.id, detail={"case": case_id})


def remove_case(session: Session, actor: Actor, collection_id: int, case_id: int) -> None:
    require_role(actor, Role.CURATOR)
    collection = _get(session, collection_id)
    before = len(collection.items)
    collection.items[:] = [i for i in collection.items if i.contribution_id != case_id]
    if len(collection.items) == before:
        raise NotFound("That case study is not in the collection.")
    session.flush()
    audit.record(session, actor, "collection.remove", "collection", collection.id, detail={"case": case_id})


def list_collections(session: Session, actor: Actor) -> list[CollectionView]:
    if actor.role is None:
        raise NotFound("Sign in to see collections.")
    return [view(session, actor, c.id) for c in session.scalars(select(Collection).order_by(Collection.title))]


def view(session: Session, actor: Actor, collection_id: int) -> CollectionView:
    if actor.role is None:
        raise NotFound("Sign in to see collections.")
    collection = _get(session, collection_id)
    cases = []
    for item in collection.items:
        case = session.get(Contribution, item.contribution_id)
        if case is not None and is_public(case):  # a withdrawn or retired case drops out silently
            revision = session.get(Revision, case.published_revision_id)
            cases.append(CollectionCase(case.id, (revision.redacted or {}).get("title", "") if revision else "",
                                        case.segment))
    return CollectionView(collection.id, collection.title, collection.description, cases)


def _get(session: Session, collection_id: int) -> Collection:
    collection = session.get(Collection, collection_id)
    if collection is None:
        raise NotFound("No such collection.")
    return collection
