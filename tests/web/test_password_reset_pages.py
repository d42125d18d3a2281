"""Forgotten password through the browser: neutral answer, mailed link, new password, sessions
signed out, rate limits, and the token never in the audit trail or the logs."""
from __future__ import annotations

import logging
import re
from email import message_from_bytes, policy
from pathlib import Path

from sqlalchemy import select

from exchange.app import create_app
from exchange.models import AuditEvent
from tests.api.conftest import issue
from tests.conftest import PASSWORD, Auth, csrf_token

NEW = "a brand new long password"


def _outbox(app) -> list:  # type: ignore[no-untyped-def]
    files = sorted((Path(app.config["DATA_DIR"]) / "outbox").glob("*.eml"))
    return [message_from_bytes(f.read_bytes(), policy=policy.default) for f in files]


def _ask(client, email: str):  # type: ignore[no-untyped-def]
    return client.post("/password-reset", data={"email": email, "csrf_token": csrf_token(client, "/password-reset")})


def _link(message) -> str:  # type: ignore[no-untyped-def]
    match = re.search(r"http://localhost(/password-reset/\S+)", message.get_content())
    assert match, message.get_content()
    return match.group(1)


def _choose(client, password: str, confirm: str | None = None):  # type: ignore[no-untyped-def]
    return client.post("/password-reset/new", data={
        "password": password, "confirm": password if confirm is None else confirm,
        "csrf_token": csrf_token(client, "/password-reset/new")})


def test_sign_in_page_links_to_the_forgotten_password_form(client) -> None:
    assert 'href="/password-reset"' in client.get("/sign-in").get_data(as_text=True)
    page = client.get("/password-reset").get_data(as_text=True)
    assert '<label for="email">' in page and 'name="csrf_token"' in page


def test_happy_path_mails_a_link_that_sets_a_new_password(app, client, world, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    answer = _ask(client, "member@acmeford.example")
    assert answer.status_code == 200 and "If an account uses that address" in answer.get_data(as_text=True)
    [mail] = _outbox(app)
    assert mail["To"] == "member@acmeford.example"
    link = _link(mail)
    followed = client.get(link)
    assert followed.status_code == 302 and followed.headers["Location"] == "/password-reset/new"
    chooser = client.get("/password-reset/new")
    page = chooser.get_data(as_text=True)
    assert "member@acmeford.example" in page and '<label for="password">' in page
    assert chooser.headers["Cache-Control"] == "no-store"
    done = _choose(client, NEW)
    assert done.status_code == 302 and done.headers["Location"] == "/sign-in"
    notice = _outbox(app)[-1]
    assert notice["To"] == "member@acmeford.example" and "was changed" in notice["Subject"]
    assert link.rsplit("/", 1)[1] not in notice.get_content()
    auth = Auth(app.test_client())
    assert auth.login("member@acmeford.example", PASSWORD).status_code == 401
    assert auth.login("member@acmeford.example", NEW).status_code == 302
    token = link.rsplit("/", 1)[1]
    assert token not in caplog.text


def test_unknown_address_gets_the_same_answer_and_no_mail(app, client, world) -> None:
    known = _ask(client, "member@acmeford.example").get_data(as_text=True)
    unknown = _ask(app.test_client(), "nobody@acmeford.example")
    malformed = _ask(app.test_client(), "not an address")
    assert unknown.status_code == 200 and _main(unknown.get_data(as_text=True)) == _main(known)
    assert malformed.status_code == 200 and _main(malformed.get_data(as_text=True)) == _main(known)
    assert [m["To"] for m in _outbox(app)] == ["member@acmeford.example"]


def _main(page: str) -> str:
    return page.split("<main", 1)[1].split("</main>", 1)[0] if "<main" in page else page


def test_the_answer_waits_for_the_configured_floor(app, client, world, monkeypatch) -> None:
    from exchange.web import password_reset as pages

    slept: list[float] = []
    monkeypatch.setattr(pages.time, "sleep", slept.append)
    app.config["PASSWORD_RESET_MIN_SECONDS"] = 5.0
    _ask(client, "nobody@acmeford.example")
    _ask(client, "member@acmeford.example")
    assert len(slept) == 2 and all(0 < s <= 5.0 for s in slept)


def test_a_used_link_cannot_be_used_again(app, client, world) -> None:
    _ask(client, "member@acmeford.example")
    link = _link(_outbox(app)[0])
    client.get(link)
    assert _choose(client, NEW).status_code == 302
    again = app.test_client()
    again.get(link)
    page = again.get("/password-reset/new")
    assert page.status_code == 400 and "not valid" in page.get_data(as_text=True)
    assert 'href="/password-reset"' in page.get_data(as_text=True)


def test_a_wrong_link_is_refused(client, world) -> None:
    client.get("/password-reset/WzIsImFiYyJd.aaaa.bbbb")
    assert client.get("/password-reset/new").status_code == 400
    assert client.get("/password-reset/new").status_code == 400  # nothing in the session either


def test_an_expired_link_is_refused(app, client, world) -> None:
    _ask(client, "member@acmeford.example")
    link = _link(_outbox(app)[0])
    app.config["PASSWORD_RESET_LIFETIME_MINUTES"] = 0  # every token is now older than its lifetime
    client.get(link)
    assert client.get("/password-reset/new").status_code == 400
    assert Auth(app.test_client()).login("member@acmeford.example", PASSWORD).status_code == 302


def test_a_weak_or_mismatched_password_is_refused_clearly(app, client, world) -> None:
    _ask(client, "member@acmeford.example")
    client.get(_link(_outbox(app)[0]))
    short = _choose(client, "short")
    assert short.status_code == 400 and "at least 12" in short.get_data(as_text=True)
    differ = _choose(client, NEW, "something else entirely")
    assert differ.status_code == 400 and "The passwords differ." in differ.get_data(as_text=True)
    assert _choose(client, NEW).status_code == 302  # the link still works after a refusal


def test_a_reset_signs_out_every_existing_session(app, client, world) -> None:
    elsewhere = app.test_client()
    Auth(elsewhere).login("member@acmeford.example")
    assert elsewhere.get("/contributions/").status_code == 200
    _ask(client, "member@acmeford.example")
    client.get(_link(_outbox(app)[0]))
    assert _choose(client, NEW).status_code == 302
    assert elsewhere.get("/contributions/").status_code == 302  # sent to sign in


def test_a_reset_lifts_a_lockout(app, client, world) -> None:
    from exchange.domain.accounts import MAX_FAILED_SIGN_INS

    auth = Auth(app.test_client())
    for _ in range(MAX_FAILED_SIGN_INS):
        auth.login("member@acmeford.example", "wrong password!")
    _ask(client, "member@acmeford.example")
    client.get(_link(_outbox(app)[-1]))
    assert _choose(client, NEW).status_code == 302
    assert auth.login("member@acmeford.example", NEW).status_code == 302


def test_both_forms_refuse_a_post_without_a_csrf_token(app, client, world) -> None:
    assert client.post("/password-reset", data={"email": "member@acmeford.example"}).status_code == 400
    assert client.post("/password-reset/new", data={"password": NEW, "confirm": NEW}).status_code == 400
    assert _outbox(app) == []


def test_the_token_is_in_no_audit_event(app, client, world, session) -> None:
    _ask(client, "member@acmeford.example")
    link = _link(_outbox(app)[0])
    client.get(link)
    _choose(client, NEW)
    token = link.rsplit("/", 1)[1]
    events = list(session.scalars(select(AuditEvent)))
    assert {"user.password_reset_requested", "user.password_reset"} <= {e.action for e in events}
    for event in events:
        assert token not in repr((event.object_id, event.before, event.after, event.detail))


def _limited_app(database_url, tmp_path, **limits):  # type: ignore[no-untyped-def]
    return create_app({"TESTING": True, "DATABASE_URL": database_url, "DATA_DIR": str(tmp_path / "d"),
                       "MASTER_KEY_FILE": str(tmp_path / "d" / "k"), "PASSWORD_RESET_MIN_SECONDS": 0,
                       "PASSWORD_RESET_RATE_LIMIT": "100 per hour", **limits}, instance_path=tmp_path / "i")


def test_requests_for_one_address_are_rate_limited(database_url, tmp_path, world) -> None:
    app = _limited_app(database_url, tmp_path, PASSWORD_RESET_EMAIL_RATE_LIMIT="2 per hour")
    client = app.test_client()
    codes = [_ask(client, "member@acmeford.example").status_code for _ in range(3)]
    other = _ask(client, "nobody@acmeford.example").status_code
    unknown = [_ask(client, "ghost@acmeford.example").status_code for _ in range(3)]
    app.extensions["exchange"]["engine"].dispose()
    assert codes == [200, 200, 429] and other == 200
    assert unknown == [200, 200, 429]  # the same limit for unknown addresses: it reveals nothing
    assert len(_outbox(app)) == 2


def test_requests_from_one_client_are_rate_limited(database_url, tmp_path, world) -> None:
    app = _limited_app(database_url, tmp_path, PASSWORD_RESET_RATE_LIMIT="3 per hour")
    client = app.test_client()
    codes = [_ask(client, f"person{n}@acmeford.example").status_code for n in range(4)]
    app.extensions["exchange"]["engine"].dispose()
    assert codes == [200, 200, 200, 429]


def test_a_reset_revokes_the_users_api_tokens_and_says_so(app, client, world, session) -> None:
    secret = issue(session, world.member_a)
    assert client.get("/api/v1/cases", headers={"Authorization": f"Bearer {secret}"}).status_code == 200
    _ask(client, "member@acmeford.example")
    client.get(_link(_outbox(app)[0]))
    assert _choose(client, NEW).status_code == 302
    assert "1 API token was revoked" in _outbox(app)[-1].get_content()
    assert "1 API token was revoked" in client.get("/sign-in").get_data(as_text=True)
    assert client.get("/api/v1/cases", headers={"Authorization": f"Bearer {secret}"}).status_code == 401
