"""Saved peer groups and the site-type filter over HTTP: save, see, apply in one click, delete."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from exchange.benchmarks.peer_groups import PeerDefinition, save_peer_group
from exchange.models import Contribution, PeerGroup
from tests.factories import actor, make_case, make_org

MEMBER, CONTRIBUTOR, OTHER = "member@acmeford.example", "contrib@acmeford.example", "contrib@other.example"
EMPTY_FILTERS = {"segment": "", "organisation_kind": "", "size_band": "", "site_type": ""}


@pytest.fixture()
def cdmo_sites(session, publish):  # type: ignore[no-untyped-def]
    """Six CDMO sites and three originator sites with OEE figures."""
    for i in range(9):
        publish(make_org(session), {("oee_pct", "after"): 40.0 + 3 * i}, site_type="cdmo" if i < 6 else "originator")
    session.commit()


def test_member_saves_the_current_filters_and_lands_on_them(auth, world, session, cdmo_sites) -> None:
    auth.login(MEMBER)
    page = auth.client.get("/benchmarks/?metric=oee_pct&site_type=cdmo").get_data(as_text=True)
    assert "Save peer group" in page and 'name="site_type" value="cdmo"' in page
    response = auth.post("/benchmarks/peer-groups", {**EMPTY_FILTERS, "site_type": "cdmo", "name": "CDMO sites",
                                                     "metric": "oee_pct"})
    group = session.scalars(select(PeerGroup)).one()
    assert response.status_code == 302 and f"peer_group={group.id}" in response.headers["Location"]
    html = auth.client.get(response.headers["Location"]).get_data(as_text=True)
    assert "peer group “CDMO sites”" in html and "CDMO sites</strong> (applied)" in html
    assert re.search(r"<th scope=\"row\">All segments</th>\s*<td>6</td>", html)


def test_a_saved_group_is_listed_and_applied_in_one_click_on_both_pages(auth, world, session, cdmo_sites) -> None:
    group = save_peer_group(session, actor(world.member_a), "Originators", PeerDefinition(site_type="originator"))
    session.commit()
    auth.login(MEMBER)
    index = auth.client.get("/benchmarks/?metric=oee_pct").get_data(as_text=True)
    assert f'href="/benchmarks/?peer_group={group.id}&amp;metric=oee_pct"' in index
    applied = auth.client.get(f"/benchmarks/?peer_group={group.id}&metric=oee_pct").get_data(as_text=True)
    assert "withheld to protect" in applied.lower()  # three organisations: too small a group for any figure
    assert not re.search(r"<td>3</td>", applied)
    compare = auth.client.get("/benchmarks/compare").get_data(as_text=True)
    assert f'href="/benchmarks/compare?peer_group={group.id}"' in compare
    prefilled = auth.client.get(f"/benchmarks/compare?peer_group={group.id}").get_data(as_text=True)
    assert '<option selected value="originator">' in prefilled and "Peers set from your saved group" in prefilled
    answer = auth.post("/benchmarks/compare", {**EMPTY_FILTERS, "site_type": "originator", "metric": "oee_pct",
                                               "value": "50"}).get_data(as_text=True)
    assert "withheld to protect" in answer.lower() and "quartile" not in answer.split('<section class="result"')[1]


def test_another_members_group_is_not_found_and_not_listed(auth, world, session, cdmo_sites) -> None:
    group = save_peer_group(session, actor(world.member_a), "Mine", PeerDefinition(site_type="cdmo"))
    session.commit()
    auth.login(OTHER)
    assert "Mine" not in auth.client.get("/benchmarks/peer-groups").get_data(as_text=True)
    assert auth.client.get(f"/benchmarks/?peer_group={group.id}").status_code == 404
    assert auth.client.get(f"/benchmarks/compare?peer_group={group.id}").status_code == 404
    assert auth.post(f"/benchmarks/peer-groups/{group.id}/delete").status_code == 404
    assert session.get(PeerGroup, group.id) is not None


def test_member_deletes_own_group_with_the_csrf_token_only(auth, world, session) -> None:
    group = save_peer_group(session, actor(world.member_a), "Mine", PeerDefinition(size_band="large"))
    session.commit()
    auth.login(MEMBER)
    assert auth.client.post(f"/benchmarks/peer-groups/{group.id}/delete").status_code == 400
    assert session.get(PeerGroup, group.id) is not None
    response = auth.post(f"/benchmarks/peer-groups/{group.id}/delete")
    assert response.status_code == 302
    session.expire_all()
    assert session.get(PeerGroup, group.id) is None


@pytest.mark.parametrize(("form", "message"), [
    ({"name": "", "site_type": "cdmo"}, "Give the peer group a name."),
    ({"name": "Nothing", "site_type": ""}, "Choose at least one filter."),
    ({"name": "Bad", "site_type": "moon_base"}, "Not a valid choice"),
    ({"name": "x" * 500, "site_type": "cdmo"}, "At most 80 characters."),
])
def test_refused_groups_are_explained_and_nothing_is_saved(auth, world, session, form, message) -> None:
    auth.login(MEMBER)
    response = auth.post("/benchmarks/peer-groups", {**EMPTY_FILTERS, **form})
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert session.scalars(select(PeerGroup)).first() is None


@pytest.mark.parametrize("raw", ["abc", "-1", "99999999999", "１２", "1%00"])
def test_odd_peer_group_ids_are_refused_without_a_server_error(auth, world, raw: str) -> None:
    auth.login(MEMBER)
    assert auth.client.get(f"/benchmarks/?peer_group={raw}").status_code in (400, 404)
    assert auth.client.get(f"/benchmarks/compare?peer_group={raw}").status_code in (400, 404)


def test_site_type_filter_on_the_page(auth, world, cdmo_sites) -> None:
    auth.login(MEMBER)
    html = auth.client.get("/benchmarks/?metric=oee_pct&site_type=cdmo").get_data(as_text=True)
    assert re.search(r"<th scope=\"row\">All segments</th>\s*<td>6</td>", html) and "CDMO / CMO site" in html
    assert auth.client.get("/benchmarks/?metric=oee_pct&site_type=moon_base").status_code == 400


def test_contributor_sets_the_site_type_with_the_kpis(auth, world, session, vault) -> None:
    case = make_case(session, vault, world.contributor_a)
    session.commit()
    auth.login(CONTRIBUTOR)
    response = auth.post(f"/contributions/{case.id}/kpis", {"yield_pct-after": "90", "site_type": "generic"})
    assert response.status_code == 302
    session.expire_all()
    assert session.get(Contribution, case.id).site_type == "generic"
    page = auth.client.get(f"/contributions/{case.id}/kpis").get_data(as_text=True)
    assert '<option selected value="generic">' in page
    refused = auth.post(f"/contributions/{case.id}/kpis", {"yield_pct-after": "90", "site_type": "moon_base"})
    assert refused.status_code == 400
