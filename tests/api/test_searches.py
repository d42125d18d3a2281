"""The saved-search API: list, save (validated like the library search), delete own (others' →
404), and new matches since a moment — published, redacted titles only."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from exchange.models import SavedSearch
from tests.exchange.saved_search_cases import SECRET_SITE, publish, story, take


def _delete(bearer, url: str):  # type: ignore[no-untyped-def]
    return bearer.client.delete(url, headers=bearer.headers())


def test_save_list_and_delete_own_search(api, session) -> None:
    created = api.member_a.post("/api/v1/searches", json={"q": "cobots", "filters": {"segment": ["biologics"]},
                                                          "sort": "date", "frequency": "weekly", "name": "Mine"})
    assert created.status_code == 201, created.get_json()
    body = created.get_json()
    assert {k: body[k] for k in ("name", "q", "filters", "sort", "frequency")} == {
        "name": "Mine", "q": "cobots", "filters": {"segment": ["biologics"]}, "sort": "date", "frequency": "weekly"}
    token = session.get(SavedSearch, body["id"]).feed_token
    assert body["feed_url"] == f"http://localhost/searches/{body['id']}/feed.atom?token={token}"
    listing = api.member_a.get("/api/v1/searches").get_json()
    assert listing["total"] == 1 and [i["id"] for i in listing["items"]] == [body["id"]] and "links" in listing
    assert api.member_a.get("/api/v1/searches").headers["Cache-Control"] == "no-store"
    assert _delete(api.member_a, f"/api/v1/searches/{body['id']}").status_code == 204
    assert api.member_a.get("/api/v1/searches").get_json()["total"] == 0
    assert _delete(api.member_a, f"/api/v1/searches/{body['id']}").status_code == 404


@pytest.mark.parametrize("payload, field", [
    ({"q": "x" * 1001}, "q"),
    ({"filters": {"organisation": ["Acmeford"]}}, "filters"),
    ({"filters": {"segment": "biologics"}}, "filters"),
    ({"sort": "random"}, "sort"),
    ({"frequency": "hourly"}, "frequency"),
    ({"colour": "red"}, "colour"),
    ({"q": " ".join(f"w{i}" for i in range(40))}, "q"),
])
def test_bad_saves_are_a_problem_naming_the_field(api, session, payload, field) -> None:
    response = api.member_a.post("/api/v1/searches", json=payload)
    assert response.status_code == 400 and response.mimetype == "application/problem+json"
    assert field in response.get_json()["errors"], response.get_json()
    assert session.query(SavedSearch).count() == 0


def test_nul_in_a_saved_search_is_a_clear_400(api, session) -> None:
    assert api.member_a.post("/api/v1/searches", json={"q": "cob\x00ots"}).status_code == 400
    assert session.query(SavedSearch).count() == 0


def test_every_role_can_save_but_not_without_a_token(api) -> None:
    for bearer in (api.member_a, api.contributor_a, api.curator, api.admin):
        assert bearer.post("/api/v1/searches", json={"q": "cobots"}).status_code == 201
    assert api.anonymous.post("/api/v1/searches", json={"q": "cobots"}).status_code == 401
    assert api.anonymous.get("/api/v1/searches").status_code == 401


def test_someone_elses_search_is_not_found(api) -> None:
    mine = api.member_a.post("/api/v1/searches", json={"q": "cobots"}).get_json()["id"]
    for bearer in (api.contributor_a, api.contributor_b, api.curator, api.admin):
        assert _delete(bearer, f"/api/v1/searches/{mine}").status_code == 404
        assert bearer.get(f"/api/v1/searches/{mine}/new").status_code == 404
        assert bearer.get("/api/v1/searches").get_json()["total"] == 0
    assert api.member_a.get(f"/api/v1/searches/{mine}/new").status_code == 200


def test_new_lists_published_matches_since_the_moment_without_raw_text(app, api, session, vault, world) -> None:
    now = datetime.now(UTC)
    old = publish(app, session, vault, world, story("Cobots old"), now - timedelta(days=5))
    new = publish(app, session, vault, world, story("Cobots new"), now - timedelta(hours=1))
    gone = publish(app, session, vault, world, story("Cobots gone"), now - timedelta(hours=1))
    take(app, session, vault, world, gone, "retire")
    saved = api.member_a.post("/api/v1/searches", json={"q": "cobots"}).get_json()["id"]
    since = (now - timedelta(days=1)).isoformat()
    body = api.member_a.get(f"/api/v1/searches/{saved}/new", query_string={"since": since}).get_json()
    assert [i["id"] for i in body["items"]] == [new] and body["total"] == 1 and body["more"] is False
    assert body["items"][0]["url"] == f"http://localhost/cases/{new}" and SECRET_SITE not in str(body)
    everything = api.member_a.get(f"/api/v1/searches/{saved}/new",
                                  query_string={"since": "2000-01-01T00:00:00+00:00"}).get_json()
    assert [i["id"] for i in everything["items"]] == [new, old]
    assert api.member_a.get(f"/api/v1/searches/{saved}/new").get_json()["total"] == 0  # default: since saving
    assert api.member_a.get(f"/api/v1/searches/{saved}/new", query_string={"since": "yesterday"}).status_code == 400
