"""The objects every access-control row points at: a published case and a draft of organisation A,
a collection, an assessment of organisation A, a framework, an open invitation, a dataset, a
saved search and a saved peer group of organisation A's member."""
from __future__ import annotations

from dataclasses import dataclass

from exchange import indexing
from exchange.benchmarks.peer_groups import PeerDefinition, save_peer_group
from exchange.domain import accounts, collections, saved_searches
from exchange.domain.saved_searches import SavedSearchInput
from exchange.maturity import assessments
from exchange.maturity.frameworks import list_frameworks, load_builtin_frameworks
from tests.datasets.conftest import publish_dataset
from tests.factories import actor, make_case, publish_case
from tests.maturity.conftest import answers


@dataclass(frozen=True)
class Objects:
    published: int
    draft: int
    collection: int
    assessment: int
    framework: int
    invitation: str
    dataset: int
    saved_search: int
    peer_group: int


def build(app, session, vault, world) -> Objects:  # type: ignore[no-untyped-def]
    owner = actor(world.contributor_a)
    published = publish_case(app.extensions["exchange"]["sessions"], session, vault, world.contributor_a, world.curator)
    draft = make_case(session, vault, world.contributor_a)
    collection = collections.create_collection(session, actor(world.curator), "Starter pack")
    collections.add_case(session, actor(world.curator), collection.id, published.id)
    load_builtin_frameworks(session)
    plant = next(f for f in list_frameworks(session, owner) if f.slug == "plant-maturity")
    assessment = assessments.create_assessment(session, actor(world.member_a), answers(plant, 2, 4))
    _, token = accounts.create_invitation(session, actor(world.admin), "new@acmeford.example", world.org_a.id, "member")
    group = save_peer_group(session, actor(world.member_a), "Large CDMOs", PeerDefinition(organisation_kind="cdmo"))
    session.commit()
    dataset = publish_dataset(app, session, vault, world)
    saved = saved_searches.create(session, indexing.app_index(app), actor(world.member_a), SavedSearchInput(text="cobots"))
    session.commit()
    return Objects(published.id, draft.id, collection.id, assessment.id, plant.id, token, dataset, saved.id, group.id)
