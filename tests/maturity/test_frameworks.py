"""Storing and listing frameworks: who may load one, idempotence, versions."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from exchange.domain.actor import Actor
from exchange.domain.errors import PermissionDenied, ValidationFailed
from exchange.maturity.framework_file import parse_framework
from exchange.maturity.frameworks import BUILTIN_DIR, get_framework, list_frameworks, load_builtin_frameworks, load_framework
from exchange.models import AuditEvent, MaturityFramework, MaturityQuestion
from tests.factories import actor
from tests.maturity.test_framework_file import MINIMAL


def test_builtin_frameworks_load_once(session, world) -> None:
    first = load_builtin_frameworks(session)
    again = load_builtin_frameworks(session)
    assert [o.created for o in first] == [True, True, True]
    assert [o.created for o in again] == [False, False, False]
    assert session.scalar(select(func.count()).select_from(MaturityFramework)) == 3
    specs = [parse_framework(p.read_bytes()) for p in BUILTIN_DIR.glob("*.yaml")]
    expected = sum(len(d.questions) for spec in specs for d in spec.dimensions)
    assert session.scalar(select(func.count()).select_from(MaturityQuestion)) == expected


@pytest.mark.parametrize("role", ["curator", "admin"])
def test_rto_staff_load_a_framework_and_it_is_audited(session, world, role) -> None:
    user = world.curator if role == "curator" else world.admin
    outcome = load_framework(session, actor(user), MINIMAL.encode())
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == "maturity.framework_load")).one()
    assert outcome.created and event.actor_user_id == user.id
    assert event.detail == {"slug": "tiny", "version": "1", "dimensions": 1}
    assert not session.get(MaturityFramework, outcome.framework_id).builtin


@pytest.mark.parametrize("who", ["member_a", "contributor_a"])
def test_members_may_not_load_a_framework(session, world, who) -> None:
    with pytest.raises(PermissionDenied):
        load_framework(session, actor(getattr(world, who)), MINIMAL.encode())
    assert session.scalar(select(func.count()).select_from(MaturityFramework)) == 0


def test_same_version_with_other_content_is_refused_and_a_new_version_loads(session, world) -> None:
    load_framework(session, actor(world.curator), MINIMAL)
    with pytest.raises(ValidationFailed, match="new version"):
        load_framework(session, actor(world.curator), MINIMAL.replace("Tiny framework", "Tiny, revised"))
    second = load_framework(session, actor(world.curator),
                            MINIMAL.replace('version: "1"', 'version: "2"').replace("Tiny framework", "Tiny, revised"))
    assert second.created and second.version == "2"


def test_list_gives_dimensions_levels_and_questions(session, world) -> None:
    load_builtin_frameworks(session)
    items = {f.slug: f for f in list_frameworks(session, actor(world.member_a))}
    siri = items["siri"]
    assert (siri.scale_min, siri.scale_max, len(siri.dimensions)) == (0, 5, 16)
    assert siri.dimensions[0].questions[0].text.endswith("?")
    assert get_framework(session, actor(world.contributor_b), siri.id).name == siri.name


def test_listing_needs_a_signed_in_user(session, world) -> None:
    with pytest.raises(PermissionDenied):
        list_frameworks(session, Actor(None, None, None))
