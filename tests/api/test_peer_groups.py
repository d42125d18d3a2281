"""Saved peer groups in the API: list, create, delete (your own only), and use by id."""
from __future__ import annotations

import pytest

from tests.benchmarks.conftest import publish  # noqa: F401  (the fixture)
from tests.factories import make_org

GROUPS = "/api/v1/benchmarks/peer-groups"


def test_member_creates_lists_uses_and_deletes_a_group(api) -> None:
    created = api.member_a.post(GROUPS, json={"name": "CDMO sites", "site_type": "cdmo"})
    assert created.status_code == 201
    group = created.get_json()
    assert group["name"] == "CDMO sites" and group["site_type"] == "cdmo" and group["segment"] is None
    listed = api.member_a.get(GROUPS).get_json()
    assert listed["total"] == 1 and listed["items"][0]["id"] == group["id"]
    view = api.member_a.get(f"/api/v1/benchmarks?metric=oee_pct&peer_group_id={group['id']}").get_json()
    assert view["peer_group"] == "CDMO sites" and view["filters"]["site_type"] == "cdmo"
    assert view["total"]["suppressed"] is True and view["total"]["median"] is None  # an empty library
    compared = api.member_a.post("/api/v1/benchmarks/compare",
                                 json={"metric": "oee_pct", "value": 50, "peer_group_id": group["id"]})
    assert compared.status_code == 200 and compared.get_json()["suppressed"] is True
    assert api.member_a.delete(f"{GROUPS}/{group['id']}").status_code == 204
    assert api.member_a.get(GROUPS).get_json()["total"] == 0
    assert api.member_a.delete(f"{GROUPS}/{group['id']}").status_code == 404


def test_a_group_is_used_under_the_size_rules(api, session, publish) -> None:  # noqa: F811
    orgs = [make_org(session) for _ in range(5)]
    for i, org in enumerate(orgs):
        publish(org, {("oee_pct", "after"): 40.0 + i}, site_type="cdmo" if i < 4 else "generic")
    session.commit()
    group = api.member_a.post(GROUPS, json={"name": "CDMOs", "site_type": "cdmo"}).get_json()
    body = api.member_a.get(f"/api/v1/benchmarks?metric=oee_pct&peer_group_id={group['id']}").get_json()
    assert body["total"]["suppressed"] is True and body["total"]["n_organisations"] is None
    assert "withheld to protect" in body["total"]["reason"].lower()
    everyone = api.member_a.get("/api/v1/benchmarks?metric=oee_pct").get_json()
    assert everyone["total"]["n_organisations"] == 5


@pytest.mark.parametrize("who", ["contributor_a_read", "contributor_b", "curator_read", "admin"])
def test_another_users_group_is_404_everywhere(api, who: str) -> None:
    group = api.member_a.post(GROUPS, json={"name": "Mine", "size_band": "large"}).get_json()
    other = getattr(api, who)
    assert other.get(GROUPS).get_json()["total"] == 0
    assert other.get(f"/api/v1/benchmarks?metric=oee_pct&peer_group_id={group['id']}").status_code == 404
    assert other.post("/api/v1/benchmarks/compare",
                      json={"metric": "oee_pct", "value": 1, "peer_group_id": group["id"]}).status_code == 404
    assert other.delete(f"{GROUPS}/{group['id']}").status_code == 404
    assert api.member_a.get(GROUPS).get_json()["total"] == 1


def test_peer_groups_need_a_token(api) -> None:
    assert api.anonymous.get(GROUPS).status_code == 401
    assert api.anonymous.post(GROUPS, json={"name": "x", "site_type": "cdmo"}).status_code == 401
    assert api.anonymous.delete(f"{GROUPS}/1").status_code == 401


@pytest.mark.parametrize("payload", [
    {}, {"name": "x"}, {"name": "", "site_type": "cdmo"}, {"name": "x", "site_type": "moon_base"},
    {"name": "x" * 300, "site_type": "cdmo"}, {"name": "a\x00b", "site_type": "cdmo"}, {"name": 5, "site_type": "cdmo"},
    [], "text",
])
def test_bad_groups_are_400_problems(api, payload) -> None:
    response = api.member_a.post(GROUPS, json=payload)
    assert response.status_code == 400 and response.content_type == "application/problem+json"
    assert api.member_a.get(GROUPS).get_json()["total"] == 0


@pytest.mark.parametrize("raw", ["abc", "-1", "0", "99999999999", "1.5"])
def test_odd_group_ids_are_400_not_500(api, raw: str) -> None:
    assert api.member_a.get(f"/api/v1/benchmarks?metric=oee_pct&peer_group_id={raw}").status_code == 400
    body = {"metric": "oee_pct", "value": 1, "peer_group_id": raw}
    assert api.member_a.post("/api/v1/benchmarks/compare", json=body).status_code == 400


def test_site_type_filter_in_the_api(api) -> None:
    assert api.member_a.get("/api/v1/benchmarks?metric=oee_pct&site_type=cdmo").status_code == 200
    assert api.member_a.get("/api/v1/benchmarks?metric=oee_pct&site_type=moon_base").status_code == 400


def test_comparisons_are_limited_per_user_across_their_tokens(api, app, session, world) -> None:
    from tests.api.conftest import Bearer, issue

    app.config["BENCHMARK_COMPARE_RATE_LIMIT"] = "2 per minute"
    second = Bearer(api.member_a.client, issue(session, world.member_a, "read"))
    body = {"metric": "oee_pct", "value": 50}
    statuses = [api.member_a.post("/api/v1/benchmarks/compare", json=body).status_code,
                second.post("/api/v1/benchmarks/compare", json=body).status_code,
                second.post("/api/v1/benchmarks/compare", json=body).status_code]
    assert statuses == [200, 200, 429]
    assert api.contributor_a_read.post("/api/v1/benchmarks/compare", json=body).status_code == 200  # another user


def test_a_withheld_improvement_says_why_in_the_api(api, session, publish) -> None:  # noqa: F811
    for i in range(5):  # five organisations with a level, only one with a before → after change
        kpis = {("oee_pct", "after"): 40.0 + i, **({("oee_pct", "before"): 30.0} if i == 0 else {})}
        publish(make_org(session), kpis)
    session.commit()
    total = api.member_a.get("/api/v1/benchmarks?metric=oee_pct").get_json()["total"]
    assert total["suppressed"] is False and total["n_organisations"] == 5
    assert total["improvement_median"] is None and "withheld to protect" in total["improvement_reason"].lower()
