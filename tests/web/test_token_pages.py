"""The API tokens page: CSRF, the token shown once, scopes limited by role, revocation."""
from __future__ import annotations

import re

from tests.conftest import csrf_token


def _create(auth, name: str = "dashboard", scope: str = "read"):  # type: ignore[no-untyped-def]
    return auth.client.post("/account/tokens/", data={"name": name, "scope": scope,
                                                      "csrf_token": csrf_token(auth.client, "/account/tokens/")})


def _token_in(html: str) -> str | None:
    match = re.search(r"(exg_[A-Za-z0-9_-]{20,})", html)
    return match.group(1) if match else None


def test_token_is_shown_once_and_works_against_the_api(client, auth, world) -> None:
    auth.login("member@acmeford.example")
    response = _create(auth)
    secret = _token_in(response.get_data(as_text=True))
    assert response.status_code == 201 and secret
    listing = client.get("/account/tokens/")
    assert secret not in listing.get_data(as_text=True) and secret[:10] in listing.get_data(as_text=True)
    assert listing.headers["Cache-Control"] == "no-store"
    auth.logout()
    assert client.get("/api/v1/taxonomies", headers={"Authorization": f"Bearer {secret}"}).status_code == 200


def test_creating_without_csrf_is_refused(client, auth, world) -> None:
    auth.login("member@acmeford.example")
    response = client.post("/account/tokens/", data={"name": "x", "scope": "read"})
    assert response.status_code == 400 and _token_in(response.get_data(as_text=True)) is None


def test_scope_beyond_the_role_is_refused(client, auth, world) -> None:
    auth.login("member@acmeford.example")
    for scope in ("contribute", "curate", ""):
        response = _create(auth, scope=scope)
        assert response.status_code == 400 and _token_in(response.get_data(as_text=True)) is None
    auth.logout()
    auth.login("curator@centre.example")
    assert _create(auth, scope="curate").status_code == 201


def test_revoke_stops_the_token(client, auth, world) -> None:
    auth.login("contrib@acmeford.example")
    secret = _token_in(_create(auth, scope="contribute").get_data(as_text=True))
    token_id = re.search(r"/account/tokens/(\d+)/revoke", client.get("/account/tokens/").get_data(as_text=True)).group(1)
    assert client.post(f"/account/tokens/{token_id}/revoke").status_code == 400  # no CSRF token
    response = auth.post(f"/account/tokens/{token_id}/revoke")
    assert response.status_code == 302
    assert "revoked" in client.get("/account/tokens/").get_data(as_text=True)
    assert client.get("/api/v1/cases", headers={"Authorization": f"Bearer {secret}"}).status_code == 401


def test_another_users_token_cannot_be_revoked(client, auth, world) -> None:
    auth.login("contrib@acmeford.example")
    _create(auth)
    token_id = re.search(r"/account/tokens/(\d+)/revoke", client.get("/account/tokens/").get_data(as_text=True)).group(1)
    auth.logout()
    auth.login("member@acmeford.example")
    assert auth.post(f"/account/tokens/{token_id}/revoke").status_code == 404


def test_tokens_page_needs_sign_in(client) -> None:
    assert client.get("/account/tokens/").status_code == 302
