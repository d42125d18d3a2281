"""Erasing the original text through the pages and the API: a confirmation step, CSRF, per-role
access, and what the pages say afterwards."""
from __future__ import annotations

import pytest

from exchange.domain.tokens import create_token
from tests.conftest import Auth, csrf_token
from tests.exchange.test_raw_erasure import _published_case
from tests.factories import actor

ROLES = {"member": "member@acmeford.example", "owner": "contrib@acmeford.example",
         "other": "contrib@other.example", "curator": "curator@centre.example", "admin": "admin@centre.example"}


def _client(app, role: str):  # type: ignore[no-untyped-def]
    client = app.test_client()
    Auth(client).login(ROLES[role])
    return client


def _erase(client, case_id: int, confirm: bool = True):  # type: ignore[no-untyped-def]
    url = f"/contributions/{case_id}/erase-original"
    data = {"csrf_token": csrf_token(client, "/")} | ({"confirm": "y"} if confirm else {})
    return client.post(url, data=data)


def test_owner_confirms_and_erases_then_the_raw_view_says_so(app, session, vault, world) -> None:
    case_id = _published_case(app, session, vault, world)
    owner = _client(app, "owner")
    detail = owner.get(f"/contributions/{case_id}").get_data(as_text=True)
    assert f'href="/contributions/{case_id}/erase-original"' in detail
    page = owner.get(f"/contributions/{case_id}/erase-original")
    body = page.get_data(as_text=True)
    assert page.status_code == 200 and "cannot be undone" in body and "redacted version stays" in body
    assert '<label for="confirm">' in body and 'name="csrf_token"' in body
    unconfirmed = _erase(owner, case_id, confirm=False)
    assert unconfirmed.status_code == 400 and "Tick the box" in unconfirmed.get_data(as_text=True)
    assert "Qelvarine" in owner.get(f"/contributions/{case_id}/original").get_data(as_text=True)  # still there
    done = _erase(owner, case_id)
    assert done.status_code == 302 and done.headers["Location"] == f"/contributions/{case_id}"
    detail = owner.get(f"/contributions/{case_id}").get_data(as_text=True)
    assert "original text was erased" in detail and "erase-original" not in detail
    raw = owner.get(f"/contributions/{case_id}/original")
    assert raw.status_code == 410 and "erased" in raw.get_data(as_text=True)
    assert "Qelvarine" not in raw.get_data(as_text=True)
    library = _client(app, "member").get(f"/cases/{case_id}")
    assert library.status_code == 200 and "Qelvarine" not in library.get_data(as_text=True)
    assert _erase(owner, case_id).status_code == 409  # once only


@pytest.mark.parametrize("role, status", [("member", 403), ("other", 403), ("curator", 403), ("admin", 403)])
def test_nobody_but_the_owning_contributors_may_erase(app, session, vault, world, role: str, status: int) -> None:
    case_id = _published_case(app, session, vault, world)
    client = _client(app, role)
    assert client.get(f"/contributions/{case_id}/erase-original").status_code == status
    assert _erase(client, case_id).status_code == status
    assert "erase-original" not in client.get(f"/contributions/{case_id}").get_data(as_text=True)
    owner = _client(app, "owner")
    assert "Qelvarine" in owner.get(f"/contributions/{case_id}/original").get_data(as_text=True)


def test_anonymous_is_sent_to_sign_in(app, session, vault, world) -> None:
    case_id = _published_case(app, session, vault, world)
    assert app.test_client().get(f"/contributions/{case_id}/erase-original").status_code == 302


def test_erasing_without_a_csrf_token_is_refused(app, session, vault, world) -> None:
    case_id = _published_case(app, session, vault, world)
    owner = _client(app, "owner")
    assert owner.post(f"/contributions/{case_id}/erase-original", data={"confirm": "y"}).status_code == 400
    assert "Qelvarine" in owner.get(f"/contributions/{case_id}/original").get_data(as_text=True)


def _bearer(session, user, scope: str = "contribute") -> dict[str, str]:  # type: ignore[no-untyped-def]
    _, token = create_token(session, actor(user), "erase", scope)
    session.commit()
    return {"Authorization": f"Bearer {token}"}


def test_the_api_erases_with_an_explicit_confirmation(app, session, vault, world) -> None:
    case_id = _published_case(app, session, vault, world)
    headers, url = _bearer(session, world.contributor_a), f"/api/v1/submissions/{case_id}/erase-original"
    client = app.test_client()
    assert client.post(url, headers=headers).status_code == 400  # no body: the schema refuses it
    assert client.post(url, headers=headers, json={"confirm": False}).status_code == 400
    before = client.get(f"/api/v1/submissions/{case_id}", headers=headers).get_json()
    assert before["raw_erased"] is False and "revise" in before["actions"]
    erased = client.post(url, headers=headers, json={"confirm": True})
    assert erased.status_code == 200
    assert erased.get_json()["raw_erased"] is True and erased.get_json()["state"] == "published"
    assert "revise" not in erased.get_json()["actions"]
    assert client.post(url, headers=headers, json={"confirm": True}).status_code == 409


def test_the_api_refuses_everyone_else(app, session, vault, world) -> None:
    case_id = _published_case(app, session, vault, world)
    url, client = f"/api/v1/submissions/{case_id}/erase-original", app.test_client()
    assert client.post(url, json={"confirm": True}).status_code == 401
    assert client.post(url, headers=_bearer(session, world.contributor_b), json={"confirm": True}).status_code == 404
    read_only = _bearer(session, world.contributor_a, "read")
    assert client.post(url, headers=read_only, json={"confirm": True}).status_code == 403
    owner = _client(app, "owner")
    assert "Qelvarine" in owner.get(f"/contributions/{case_id}/original").get_data(as_text=True)


def test_a_dataset_is_erased_from_its_page_and_its_raw_view_says_so(app, session, vault, world) -> None:
    from tests.datasets.conftest import publish_dataset

    dataset_id = publish_dataset(app, session, vault, world)
    owner = _client(app, "owner")
    assert "Zed Quux" in owner.get(f"/datasets/{dataset_id}/columns").get_data(as_text=True)  # the raw samples
    assert f'href="/contributions/{dataset_id}/erase-original"' in owner.get(f"/contributions/{dataset_id}").get_data(as_text=True)
    assert _erase(owner, dataset_id).status_code == 302
    raw = owner.get(f"/datasets/{dataset_id}/columns")
    assert raw.status_code == 410 and "erased" in raw.get_data(as_text=True)
    assert "Zed Quux" not in raw.get_data(as_text=True)
    download = _client(app, "member").get(f"/datasets/{dataset_id}/download")
    assert download.status_code == 200 and "oee_pct" in download.get_data(as_text=True)
