"""Saved peer groups: a member's own, used by id in views and comparisons under the same size rules."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from exchange.benchmarks.peer_groups import (
    MAX_GROUPS,
    PeerDefinition,
    delete_peer_group,
    get_peer_group,
    list_peer_groups,
    save_peer_group,
)
from exchange.benchmarks.service import BenchmarkQuery, ComparisonRequest, benchmark_view, compare_kpis
from exchange.benchmarks.settings import settings_from_config
from exchange.domain.actor import Actor
from exchange.domain.errors import NotFound, PermissionDenied, ValidationFailed
from exchange.models import AuditEvent
from tests.benchmarks.conftest import TODAY
from tests.factories import actor, make_org

SETTINGS = settings_from_config({"SECRET_KEY": "peer group tests"})
CDMO = PeerDefinition(site_type="cdmo")


def oee(value: float) -> dict:
    return {("oee_pct", "before"): value - 5, ("oee_pct", "after"): value}


@pytest.mark.parametrize("role", ["member_a", "contributor_a", "curator", "admin"])
def test_every_signed_in_role_saves_lists_and_deletes_its_own_groups(session, world, role) -> None:
    me = actor(getattr(world, role))
    group = save_peer_group(session, me, "  CDMO   sites ", CDMO)
    assert group.name == "CDMO sites" and group.definition == CDMO
    assert [g.id for g in list_peer_groups(session, me)] == [group.id]
    delete_peer_group(session, me, group.id)
    assert list_peer_groups(session, me) == []
    actions = session.scalars(select(AuditEvent.action).where(AuditEvent.object_type == "peer_group")).all()
    assert actions == ["peer_group.save", "peer_group.delete"]


def test_another_users_group_is_not_found_for_every_use(session, world) -> None:
    group = save_peer_group(session, actor(world.member_a), "Mine", CDMO)
    for other in (world.contributor_a, world.contributor_b, world.curator, world.admin):
        someone = actor(other)
        assert list_peer_groups(session, someone) == []
        with pytest.raises(NotFound):
            get_peer_group(session, someone, group.id)
        with pytest.raises(NotFound):
            delete_peer_group(session, someone, group.id)
        with pytest.raises(NotFound):
            benchmark_view(session, someone, BenchmarkQuery("oee_pct", peer_group_id=group.id), SETTINGS, today=TODAY)
        with pytest.raises(NotFound):
            compare_kpis(session, someone, ComparisonRequest("oee_pct", 50.0, peer_group_id=group.id), SETTINGS,
                         today=TODAY)
    assert get_peer_group(session, actor(world.member_a), group.id) == group


def test_nobody_without_a_role_has_peer_groups(session) -> None:
    with pytest.raises(PermissionDenied):
        save_peer_group(session, Actor(None, None, None), "x", CDMO)
    with pytest.raises(PermissionDenied):
        list_peer_groups(session, Actor(None, None, None))


@pytest.mark.parametrize(("name", "definition", "field"), [
    ("", CDMO, "name"), ("   ", CDMO, "name"), ("x" * 81, CDMO, "name"), ("tab\x00name", CDMO, "name"),
    ("Empty", PeerDefinition(), "segment"), ("Bad", PeerDefinition(site_type="moon_base"), "site_type"),
    ("Bad", PeerDefinition(segment="nonsense"), "segment"), ("Bad", PeerDefinition(size_band="huge"), "size_band"),
    ("Bad", PeerDefinition(organisation_kind="x"), "organisation_kind"),
])
def test_bad_names_and_filters_are_refused_by_field(session, world, name, definition, field) -> None:
    with pytest.raises(ValidationFailed) as refused:
        save_peer_group(session, actor(world.member_a), name, definition)
    assert field in refused.value.errors


def test_names_are_unique_per_user_case_insensitively_and_groups_are_limited(session, world) -> None:
    me = actor(world.member_a)
    save_peer_group(session, me, "Large CDMOs", CDMO)
    with pytest.raises(ValidationFailed):
        save_peer_group(session, me, "large cdmos", PeerDefinition(size_band="large"))
    save_peer_group(session, actor(world.contributor_a), "Large CDMOs", CDMO)  # another user may use the name
    for i in range(MAX_GROUPS - 1):
        save_peer_group(session, me, f"group {i}", CDMO)
    with pytest.raises(ValidationFailed):
        save_peer_group(session, me, "one too many", CDMO)


def test_site_type_filters_the_peer_group(session, world, publish) -> None:
    orgs = [make_org(session) for _ in range(7)]
    for i, org in enumerate(orgs[:5]):
        publish(org, oee(40 + i), site_type="cdmo")
    for org in orgs[5:]:
        publish(org, oee(60), site_type="originator")
    member = actor(world.member_a)
    assert benchmark_view(session, member, BenchmarkQuery("oee_pct"), SETTINGS, today=TODAY).total.n_organisations == 7
    cdmo = benchmark_view(session, member, BenchmarkQuery("oee_pct", site_type="cdmo"), SETTINGS, today=TODAY)
    assert cdmo.total.n_organisations == 5
    originator = benchmark_view(session, member, BenchmarkQuery("oee_pct", site_type="originator"), SETTINGS,
                                today=TODAY)
    assert originator.total.suppressed and originator.total.n_organisations is None
    with pytest.raises(ValidationFailed):
        benchmark_view(session, member, BenchmarkQuery("oee_pct", site_type="moon_base"), SETTINGS, today=TODAY)


def test_a_saved_group_is_drawn_afresh_and_obeys_the_size_rules(session, world, publish) -> None:
    orgs = [make_org(session) for _ in range(5)]
    for i, org in enumerate(orgs[:4]):
        publish(org, oee(40 + i), site_type="cdmo", segment="vaccines")
    me = actor(world.member_a)
    group = save_peer_group(session, me, "CDMO vaccines", PeerDefinition(segment="vaccines", site_type="cdmo"))
    small = benchmark_view(session, me, BenchmarkQuery("oee_pct", peer_group_id=group.id), SETTINGS, today=TODAY)
    assert small.peer_group == "CDMO vaccines" and small.query.site_type == "cdmo" and small.query.segment == "vaccines"
    assert small.total.suppressed and small.total.n_organisations is None and small.total.median is None
    answer = compare_kpis(session, me, ComparisonRequest("oee_pct", 41.0, peer_group_id=group.id), SETTINGS,
                          today=TODAY)
    assert answer.suppressed and answer.band is None and answer.n_organisations is None
    publish(orgs[4], oee(44), site_type="cdmo", segment="vaccines")  # a fifth organisation joins the group
    grown = benchmark_view(session, me, BenchmarkQuery("oee_pct", peer_group_id=group.id), SETTINGS, today=TODAY)
    assert not grown.total.suppressed and grown.total.n_organisations == 5
    answer = compare_kpis(session, me, ComparisonRequest("oee_pct", 41.0, peer_group_id=group.id), SETTINGS,
                          today=TODAY)
    assert not answer.suppressed and answer.n_organisations == 5 and answer.band


def test_a_saved_group_replaces_the_filters_given_with_it_and_is_audited(session, world, publish) -> None:
    me = actor(world.member_a)
    group = save_peer_group(session, me, "Large", PeerDefinition(size_band="large"))
    view = benchmark_view(session, me, BenchmarkQuery("oee_pct", size_band="small", site_type="generic",
                                                      peer_group_id=group.id), SETTINGS, today=TODAY)
    assert (view.query.size_band, view.query.site_type) == ("large", None)
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == "benchmark.view")).all()[-1]
    assert event.detail["filters"]["peer_group_id"] == group.id and event.detail["filters"]["size_band"] == "large"
