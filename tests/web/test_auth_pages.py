"""Signing in and out, CSRF, rate limits, redirects and headers, through the test client."""
from __future__ import annotations

import re

import pytest

from exchange.app import create_app
from tests.conftest import PASSWORD, Auth


def test_healthz_reports_ok(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json == {"status": "ok"}


def test_sign_in_and_out(client, auth, world) -> None:
    response = auth.login("member@acmeford.example")
    assert response.status_code == 302
    assert "Acmeford Biologics Ltd" in client.get("/").get_data(as_text=True)
    assert auth.logout().status_code == 302
    assert "Sign in" in client.get("/").get_data(as_text=True)


def test_wrong_password_gets_clear_message(auth, world) -> None:
    response = auth.login("member@acmeford.example", "not the password")
    assert response.status_code == 401 and "Wrong e-mail or password" in response.get_data(as_text=True)


def test_sign_in_without_csrf_token_is_refused(client, world) -> None:
    response = client.post("/sign-in", data={"email": "member@acmeford.example", "password": PASSWORD})
    assert response.status_code == 400 and "security token" in response.get_data(as_text=True)
    assert "Sign out" not in client.get("/").get_data(as_text=True)


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"])
def test_sign_in_never_redirects_off_site(client, world, target: str) -> None:
    from tests.conftest import csrf_token

    response = client.post(f"/sign-in?next={target}", data={
        "email": "member@acmeford.example", "password": PASSWORD, "csrf_token": csrf_token(client)})
    assert response.headers["Location"] == "/"


def test_sign_in_is_rate_limited(database_url, tmp_path, world) -> None:
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "DATA_DIR": str(tmp_path / "d"),
                      "MASTER_KEY_FILE": str(tmp_path / "d" / "k"), "SIGNIN_RATE_LIMIT": "3 per minute"},
                     instance_path=tmp_path / "i")
    auth = Auth(app.test_client())
    codes = [auth.login("member@acmeford.example", "wrong password!").status_code for _ in range(4)]
    app.extensions["exchange"]["engine"].dispose()
    assert codes == [401, 401, 401, 429]


def test_pages_carry_strict_security_headers(client) -> None:
    headers = client.get("/sign-in").headers
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"


def test_session_cookie_is_httponly_and_samesite(auth, client, world) -> None:
    auth.login("member@acmeford.example")
    cookie = client.get_cookie("session")
    assert cookie is not None and cookie.http_only and cookie.same_site == "Lax"


def test_invitation_journey_sets_password_and_signs_in(client, auth, world) -> None:
    auth.login("admin@centre.example")
    page = auth.post("/admin/invitations", {"inv-email": "newbie@acmeford.example",
                                            "inv-organisation": str(world.org_a.id), "inv-role": "contributor"})
    assert page.status_code == 200
    link = re.search(r"(/invitations/[\w-]+)", page.get_data(as_text=True)).group(1)
    auth.logout()
    response = auth.post(link, {"name": "New Person", "password": PASSWORD, "confirm": PASSWORD})
    assert response.status_code == 302
    assert "New Person" in client.get("/").get_data(as_text=True)
    assert client.get(link).status_code == 404


def test_invitation_with_mismatched_passwords_is_refused(client, auth, world, session) -> None:
    from exchange.domain import accounts
    from tests.factories import actor

    _, token = accounts.create_invitation(session, actor(world.admin), "pair@acmeford.example", world.org_a.id, "member")
    session.commit()
    response = auth.post(f"/invitations/{token}", {"name": "X", "password": PASSWORD, "confirm": PASSWORD + "!"})
    assert response.status_code == 200 and "The passwords differ" in response.get_data(as_text=True)


def test_non_admin_cannot_open_admin(auth, client, world) -> None:
    auth.login("curator@centre.example")
    assert client.get("/admin/").status_code == 403


def test_anonymous_is_sent_to_sign_in(client) -> None:
    response = client.get("/contributions/")
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]


def test_unknown_page_gets_the_error_page(client) -> None:
    response = client.get("/no/such/page")
    assert response.status_code == 404 and "Not found" in response.get_data(as_text=True)


@pytest.mark.parametrize("url", ["/cases/99999999999999999999", "/contributions/99999999999999999999",
                                 "/contributions/99999999999999999999/review/", "/cases/collections/99999999999999999999"])
def test_huge_ids_are_not_found_not_a_crash(client, auth, world, url: str) -> None:
    auth.login("member@acmeford.example")
    assert client.get(url).status_code == 404


def test_lockout_tells_the_account_owner_by_mail(app, auth, world) -> None:
    from pathlib import Path

    from exchange.domain.accounts import MAX_FAILED_SIGN_INS

    codes = [auth.login("member@acmeford.example", "wrong password!").status_code for _ in range(MAX_FAILED_SIGN_INS)]
    assert codes == [401] * MAX_FAILED_SIGN_INS
    outbox = list((Path(app.config["DATA_DIR"]) / "outbox").glob("*.eml"))
    assert len(outbox) == 1
    message = outbox[0].read_text()
    assert "To: member@acmeford.example" in message and "locked" in message
    assert "locked" in auth.login("member@acmeford.example").get_data(as_text=True)


@pytest.mark.parametrize("url", ["/cases/?q=a%00b", "/sign-in?next=%00"])
def test_nul_characters_are_refused_clearly(client, auth, world, url: str) -> None:
    auth.login("member@acmeford.example")
    response = client.get(url)
    assert response.status_code == 400 and "NUL" in response.get_data(as_text=True)


def test_nul_in_a_form_or_json_body_is_refused(client, auth, world) -> None:
    auth.login("curator@centre.example")
    assert auth.post("/curation/collections", {"title": "Bad\x00title"}).status_code == 400
    assert client.post("/api/v1/submissions", json={"title": "a\x00b"}).status_code == 400
