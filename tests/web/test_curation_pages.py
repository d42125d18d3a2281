from __future__ import annotations

from tests.web.test_contribution_pages import _create


def _published(client, auth, session) -> int:  # type: ignore[no-untyped-def]
    auth.login("contrib@acmeford.example")
    case_id = _create(auth, session)
    auth.post(f"/contributions/{case_id}/actions/submit")
    auth.post(f"/contributions/{case_id}/actions/approve")
    auth.logout()
    auth.login("curator@centre.example")
    auth.post(f"/contributions/{case_id}/actions/publish")
    return case_id


def test_retired_case_shows_a_tombstone_with_410(client, auth, world, session) -> None:
    case_id = _published(client, auth, session)
    assert auth.post(f"/contributions/{case_id}/actions/retire", {"comment": "Out of date"}).status_code == 302
    response = client.get(f"/cases/{case_id}")
    assert response.status_code == 410 and "Out of date" in response.get_data(as_text=True)


def test_retire_without_reason_is_400(client, auth, world, session) -> None:
    case_id = _published(client, auth, session)
    assert auth.post(f"/contributions/{case_id}/actions/retire").status_code == 400


def test_curator_builds_a_collection_members_read_it(client, auth, world, session) -> None:
    case_id = _published(client, auth, session)
    response = auth.post("/curation/collections", {"title": "Cobots starter pack", "description": "Start here"})
    assert response.status_code == 302
    collection_url = response.headers["Location"]
    collection_id = collection_url.rstrip("/").rsplit("/", 1)[1]
    assert auth.post(f"/curation/collections/{collection_id}/add", {"case": str(case_id)}).status_code == 302
    auth.logout()
    auth.login("member@acmeford.example")
    assert "Cobots starter pack" in client.get("/cases/collections/").get_data(as_text=True)
    assert f"/cases/{case_id}" in client.get(collection_url).get_data(as_text=True)
    assert auth.post(f"/curation/collections/{collection_id}/add", {"case": str(case_id)}).status_code == 403


def test_queue_page_filters_and_shows_checks(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    case_id = _create(auth, session)
    auth.post(f"/contributions/{case_id}/actions/submit")
    auth.post(f"/contributions/{case_id}/actions/approve")
    auth.logout()
    auth.login("curator@centre.example")
    assert str(case_id) in client.get("/curation/?segment=biologics").get_data(as_text=True)
    assert f"/contributions/{case_id}" not in client.get("/curation/?segment=vaccines").get_data(as_text=True)
    assert "Pre-review checks" in client.get(f"/contributions/{case_id}").get_data(as_text=True)
    assert client.get("/curation/?segment=zz&state=<x>").status_code == 200
    assert client.get("/curation/?segment=%00").status_code == 400  # NUL is refused clearly


def test_diff_without_versions_is_400(client, auth, world, session) -> None:
    case_id = _published(client, auth, session)
    assert client.get(f"/cases/{case_id}/diff").status_code == 400
    assert client.get(f"/cases/{case_id}/diff?old=1&new=9").status_code == 404


def test_library_page_searches_with_facets_and_snippets(app, client, auth, world, session) -> None:
    case_id = _published(client, auth, session)
    auth.logout()
    auth.login("contrib@other.example")
    html = client.get("/cases/?q=cobots").get_data(as_text=True)
    assert f"/cases/{case_id}" in html and "<mark>" in html and "Technology" in html
    assert "Widnes" not in html and "Acmeford" not in html
    assert client.get('/cases/?q="unbalanced&segment=spaceships').status_code in (200, 400)
    assert client.get("/cases/?q=" + "x" * 5000).status_code in (200, 400)
    assert client.get("/cases/?page=999999").status_code in (200, 400)


def test_a_search_that_finds_nothing_shows_up_for_curators(client, auth, world, session) -> None:
    auth.login("member@acmeford.example")
    client.get("/cases/?q=radiopharmaceutical+cyclotron")
    auth.logout()
    auth.login("curator@centre.example")
    html = client.get("/curation/wanted").get_data(as_text=True)
    assert "radiopharmaceutical cyclotron" in html and "member@acmeford.example" not in html
