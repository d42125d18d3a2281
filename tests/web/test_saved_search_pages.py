"""Saved searches on the web: save from /cases (CSRF), the /searches page with counts, delete,
digest frequency and feed address, per role; someone else's saved search is "not found"; and the
Atom feed read with its token (valid Atom, published cases only, a wrong token is a 404)."""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET  # the feed under test is our own output
from datetime import UTC, datetime, timedelta

import pytest
from werkzeug.datastructures import MultiDict

from exchange import indexing
from exchange.domain import saved_searches
from exchange.domain.saved_searches import SavedSearchInput
from exchange.models import SavedSearch
from tests.conftest import Auth, csrf_token
from tests.exchange.saved_search_cases import SECRET_SITE, publish, story, take
from tests.factories import actor

A = "{http://www.w3.org/2005/Atom}"
EMAILS = {"member": "member@acmeford.example", "contributor": "contrib@acmeford.example",
          "curator": "curator@centre.example", "admin": "admin@centre.example"}


def _save_via_library(client, query: str):  # type: ignore[no-untyped-def]
    page = client.get("/cases/?" + query)
    body = page.get_data(as_text=True)
    assert page.status_code == 200 and "Save this search" in body
    form = re.search(r'<form method="post" action="/searches/">(.*?)</form>', body, re.S).group(1)
    data = [(html.unescape(n), html.unescape(v)) for n, v in re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', form)]
    data += [(html.unescape(n), html.unescape(v)) for n, v in re.findall(r'name="([^"]+)" type="hidden" value="([^"]*)"', form)]
    data += [("name", "My cobots search"), ("frequency", "weekly")]
    return client.post("/searches/", data=MultiDict(data))


@pytest.fixture()
def saved(app, session, world):  # type: ignore[no-untyped-def]
    made = saved_searches.create(session, indexing.app_index(app), actor(world.member_a),
                                 SavedSearchInput(text="cobots", filters={"segment": ["biologics"]}))
    session.commit()
    return made


@pytest.mark.parametrize("role", list(EMAILS))
def test_every_role_can_save_from_the_library_page_and_see_it_listed(client, auth, world, session, role) -> None:
    auth.login(EMAILS[role])
    response = _save_via_library(client, "q=cobots&segment=biologics&sort=date")
    assert response.status_code == 302 and response.headers["Location"].endswith("/searches/")
    [row] = session.query(SavedSearch).all()
    assert (row.name, row.query_text, row.filters, row.sort, row.digest_frequency) == (
        "My cobots search", "cobots", {"segment": ["biologics"]}, "date", "weekly")
    listing = client.get("/searches/").get_data(as_text=True)
    assert "My cobots search" in listing and "/cases/?q=cobots" in listing and "segment=biologics" in listing


def test_signed_out_visitors_are_sent_to_sign_in(client, saved) -> None:
    assert client.get("/searches/").status_code == 302
    assert client.post("/searches/", data={"csrf_token": csrf_token(client), "frequency": "none"}).status_code == 302


def test_saving_without_csrf_is_refused_and_stores_nothing(client, auth, world, session) -> None:
    auth.login(EMAILS["member"])
    response = client.post("/searches/", data={"q": "cobots", "frequency": "none"})
    assert response.status_code == 400 and session.query(SavedSearch).count() == 0


@pytest.mark.parametrize("data, message", [
    ({"q": "x" * 1001, "frequency": "none"}, "too long"),
    ({"q": "cobots", "frequency": "hourly"}, "Not a valid choice"),
    ({"q": "cobots", "frequency": "none", "sort": "random"}, "Sort by relevance or date"),
    ({"q": " ".join(f"w{i}" for i in range(40)), "frequency": "none"}, "too many terms"),
    ({"q": "cobots\x00", "frequency": "none"}, "NUL"),
])
def test_bad_saves_get_a_clear_400_and_store_nothing(client, auth, world, session, data, message) -> None:
    auth.login(EMAILS["member"])
    response = auth.post("/searches/", data)
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert session.query(SavedSearch).count() == 0


def test_the_list_shows_matches_and_new_since_counts(app, client, auth, world, session, vault) -> None:
    now = datetime.now(UTC)
    publish(app, session, vault, world, story("Cobots old"), now - timedelta(days=3))
    publish(app, session, vault, world, story("Cobots new"), now - timedelta(hours=1))
    made = saved_searches.create(session, indexing.app_index(app), actor(world.member_a), SavedSearchInput(text="cobots"))
    session.query(SavedSearch).filter_by(id=made.id).update({"created_at": now - timedelta(days=1)})
    session.commit()
    auth.login(EMAILS["member"])
    listing = client.get("/searches/").get_data(as_text=True)
    row = re.search(r"<tr>\s*<td><a href=\"/cases/\?q=cobots.*?</tr>", listing, re.S).group(0)
    assert re.findall(r"<td>(\d+)", row)[:2] == ["2", "1"]


def test_owner_can_change_frequency_regenerate_the_feed_and_delete(client, auth, world, session, saved) -> None:
    auth.login(EMAILS["member"])
    token = csrf_token(client, "/searches/")
    assert client.post(f"/searches/{saved.id}/frequency", data={"csrf_token": token, "frequency": "daily"}).status_code == 302
    assert client.post(f"/searches/{saved.id}/frequency", data={"csrf_token": token, "frequency": "hourly"}).status_code == 400
    assert client.post(f"/searches/{saved.id}/token", data={"csrf_token": token}).status_code == 302
    session.expire_all()
    row = session.get(SavedSearch, saved.id)
    assert row.digest_frequency == "daily" and row.feed_token != saved.feed_token
    assert client.post(f"/searches/{saved.id}/delete", data={"csrf_token": token}).status_code == 302
    session.expire_all()
    assert session.get(SavedSearch, saved.id) is None


@pytest.mark.parametrize("role", ["contributor", "curator", "admin"])
def test_someone_elses_saved_search_is_not_found(client, auth, world, session, saved, role) -> None:
    auth.login(EMAILS[role])
    token = csrf_token(client, "/searches/")
    for action, data in (("delete", {}), ("frequency", {"frequency": "daily"}), ("token", {})):
        assert client.post(f"/searches/{saved.id}/{action}", data={"csrf_token": token, **data}).status_code == 404
    assert "cobots" not in client.get("/searches/").get_data(as_text=True)
    session.expire_all()
    row = session.get(SavedSearch, saved.id)
    assert row is not None and row.digest_frequency == "none" and row.feed_token == saved.feed_token


def test_actions_without_csrf_are_refused(client, auth, world, session, saved) -> None:
    auth.login(EMAILS["member"])
    for action in ("delete", "frequency", "token"):
        assert client.post(f"/searches/{saved.id}/{action}", data={"frequency": "daily"}).status_code == 400
    session.expire_all()
    assert session.get(SavedSearch, saved.id).feed_token == saved.feed_token


def _feed(client, saved_id: int, token: str):  # type: ignore[no-untyped-def]
    return client.get(f"/searches/{saved_id}/feed.atom?token={token}")


def test_feed_is_valid_atom_with_the_newest_published_matches_only(app, client, world, session, vault) -> None:
    now = datetime.now(UTC)
    older = publish(app, session, vault, world, story("Cobots older"), now - timedelta(days=40))
    newer = publish(app, session, vault, world, story("Cobots newer"), now - timedelta(days=1))
    other = publish(app, session, vault, world, story("Cobots in vaccines", segment="vaccines"), now)
    withdrawn = publish(app, session, vault, world, story("Cobots withdrawn"), now)
    take(app, session, vault, world, withdrawn, "withdraw")
    made = saved_searches.create(session, indexing.app_index(app), actor(world.member_a),
                                 SavedSearchInput(text="cobots", filters={"segment": ["biologics"]}, name="Mine <&>"))
    session.commit()
    response = _feed(client, made.id, made.feed_token)
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    text = response.get_data(as_text=True)
    assert SECRET_SITE not in text and "withdrawn" not in text.lower()
    feed = ET.fromstring(response.get_data())
    assert feed.tag == f"{A}feed" and feed.findtext(f"{A}title") == "The Exchange — saved search: Mine <&>"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{A}{required}") is not None, required
    assert made.feed_token not in feed.findtext(f"{A}id")
    entries = feed.findall(f"{A}entry")
    links = [e.find(f"{A}link").get("href") for e in entries]
    assert links == [f"http://localhost/cases/{newer}", f"http://localhost/cases/{older}"]
    assert all(f"/cases/{other}" not in link for link in links)
    for entry in entries:
        assert entry.findtext(f"{A}title").startswith("Cobots") and entry.findtext(f"{A}id")
        datetime.fromisoformat(entry.findtext(f"{A}updated").replace("Z", "+00:00"))


def test_a_retired_case_disappears_from_the_feed(app, client, world, session, vault, saved) -> None:
    case = publish(app, session, vault, world, story("Cobots to retire"))
    assert f"/cases/{case}" in _feed(client, saved.id, saved.feed_token).get_data(as_text=True)
    take(app, session, vault, world, case, "retire")
    assert f"/cases/{case}" not in _feed(client, saved.id, saved.feed_token).get_data(as_text=True)


def test_feed_with_a_wrong_missing_or_old_token_is_not_found(client, world, session, saved) -> None:
    for token in ("", "nope", saved.feed_token[:-2], saved.feed_token + "A", "%C3%A9" * 500):
        assert _feed(client, saved.id, token).status_code == 404
    assert _feed(client, saved.id, "%00").status_code == 400  # NUL anywhere: the app's clear 400
    assert _feed(client, saved.id + 1, saved.feed_token).status_code == 404
    saved_searches.regenerate_token(session, actor(world.member_a), saved.id)
    session.commit()
    assert _feed(client, saved.id, saved.feed_token).status_code == 404


def test_feed_is_rate_limited(app, client, saved) -> None:
    app.config["FEED_RATE_LIMIT"] = "2 per minute"
    assert [_feed(client, saved.id, saved.feed_token).status_code for _ in range(3)] == [200, 200, 429]


def test_feed_escapes_odd_characters_and_stays_well_formed(app, client, world, session, vault) -> None:
    made = saved_searches.create(session, indexing.app_index(app), actor(world.member_a),
                                 SavedSearchInput(name="a\x01b ]]> </title><x>", text="cobots"))
    session.commit()
    publish(app, session, vault, world, story("Cobots & <robots> \"quoted\""))
    feed = ET.fromstring(_feed(client, made.id, made.feed_token).get_data())
    assert feed.findtext(f"{A}title").endswith("ab ]]> </title><x>")
    assert "<robots>" in feed.find(f"{A}entry").findtext(f"{A}title")


def test_the_navigation_links_to_saved_searches(client, world) -> None:
    Auth(client).login(EMAILS["member"])
    assert 'href="/searches/"' in client.get("/").get_data(as_text=True)
