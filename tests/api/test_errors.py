"""Every error under /api/v1 is application/problem+json with one shape; each error path."""
from __future__ import annotations

import pytest

from exchange.domain import tokens
from exchange.domain.accounts import actor_for
from tests.api.conftest import issue

PROBLEM_KEYS = {"type", "title", "status", "detail", "instance"}


def assert_problem(response, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert PROBLEM_KEYS <= set(body) and body["status"] == status
    assert body["type"].startswith("urn:exchange:problem:")
    return body


def test_problem_shape_is_pinned(client) -> None:
    body = client.get("/api/v1/no-such-thing").get_json(force=True)
    assert body == {"type": "urn:exchange:problem:not-found", "title": "Not found", "status": 404,
                    "detail": body["detail"], "instance": "/api/v1/no-such-thing"}


def test_validation_problem_lists_errors_per_field(api) -> None:
    response = api.contributor_a.post("/api/v1/submissions", json={"segment": "bananas", "maturity_before": 9})
    body = assert_problem(response, 400)
    assert set(body["errors"]) == {"title", "segment", "maturity_before"}
    assert all(isinstance(message, str) and message for message in body["errors"].values())


@pytest.mark.parametrize("header", [
    None,  # no token at all
    "Basic dXNlcjpwYXNz",
    "Bearer",
    "Bearer ",
    "Bearer exg_a exg_b",
    "Bearer not-our-prefix",
    "Bearer exg_" + "x" * 43,  # well-formed but unknown
    "Bearer exg_" + "ü" * 10,
    "Bearer exg_" + "a" * 500,
])
def test_missing_or_malformed_token_is_401_with_a_challenge(client, header) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = client.get("/api/v1/cases", headers=headers)
    assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_revoked_token_is_401(api, session, world) -> None:
    secret = issue(session, world.member_a, "read")
    info = tokens.list_tokens(session, actor_for(world.member_a))[0]
    tokens.revoke_token(session, actor_for(world.member_a), info.id)
    session.commit()
    response = api.anonymous.get("/api/v1/cases", headers={"Authorization": f"Bearer {secret}"})
    assert "revoked" in assert_problem(response, 401)["detail"]


@pytest.mark.parametrize("who, method, url", [
    ("contributor_a_read", "post", "/api/v1/submissions"),
    ("member_a", "get", "/api/v1/submissions/1"),
    ("curator_read", "get", "/api/v1/curation/queue"),
    ("contributor_a", "get", "/api/v1/curation/queue"),
    ("contributor_a", "post", "/api/v1/curation/1/publish"),
    ("curator", "post", "/api/v1/submissions"),
    ("admin", "get", "/api/v1/curation/queue"),
])
def test_wrong_scope_is_403(api, who, method, url) -> None:
    response = getattr(getattr(api, who), method)(url)
    assert "scope" in assert_problem(response, 403)["detail"]


def test_wrong_method_is_405_with_allow(api) -> None:
    response = api.member_a.client.delete("/api/v1/cases", headers=api.member_a.headers())
    assert_problem(response, 405)
    assert "GET" in response.headers["Allow"]


def test_illegal_transition_is_409(api) -> None:
    created = api.contributor_a.post("/api/v1/submissions", json={"title": "Cobots on line 3"}).get_json()
    response = api.contributor_a.post(f"/api/v1/submissions/{created['id']}/approve")
    assert "draft" in assert_problem(response, 409)["detail"]


def test_too_large_body_is_413(api, app) -> None:
    app.config["MAX_CONTENT_LENGTH"] = 1024
    response = api.contributor_a.post("/api/v1/submissions", data="x" * 4096,
                                      headers={"Content-Type": "application/json"})
    assert_problem(response, 413)


def test_rate_limit_is_429_per_token(api, app) -> None:
    app.config["API_RATE_LIMIT"] = "3 per minute"
    statuses = [api.member_a.get("/api/v1/taxonomies").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert_problem(api.member_a.get("/api/v1/taxonomies"), 429)
    assert api.contributor_a_read.get("/api/v1/taxonomies").status_code == 200  # another token's own budget


def test_crash_is_500_problem_without_details(app, api) -> None:
    def boom() -> None:
        raise RuntimeError("Acmeford secret in a message")

    app.add_url_rule("/api/v1/_boom", "boom", boom)
    body = assert_problem(api.anonymous.get("/api/v1/_boom"), 500)
    assert "Acmeford" not in str(body)


def test_malformed_json_is_400(api) -> None:
    response = api.contributor_a.post("/api/v1/submissions", data="{not json",
                                      headers={"Content-Type": "application/json"})
    assert_problem(response, 400)


def test_html_pages_keep_their_html_errors(client) -> None:
    response = client.get("/no-such-page")
    assert response.status_code == 404 and response.mimetype == "text/html"
