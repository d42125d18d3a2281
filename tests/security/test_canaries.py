"""Invariant 1: nothing raw reaches a surface anyone but the contributor can see.

Canary strings go into every field (and the uploaded document's properties) of contributions that
are then driven to every state. Every page and API response reachable by another organisation's
contributor, a curator and an admin, the exports, and every log record are searched for them.
"""
from __future__ import annotations

import io
import logging
import re

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import docx
import pytest
from flask import Flask
from sqlalchemy import update

from exchange import indexing
from exchange.domain import contributions, digests, pipeline, raw_erasure, saved_searches
from exchange.domain.saved_searches import SavedSearchInput
from exchange.mail import FileMailer
from exchange.models import SavedSearch
from exchange.domain.contribution_input import CaseStudyInput
from exchange.domain.tokens import create_token
from tests.conftest import Auth
from tests.factories import actor

CANARIES = ("Zqvortex", "Plimbrook", "Dr Wenna Quaile", "ZQX-4471", "zqvortex.example")


def canary_case(n: int) -> CaseStudyInput:
    return CaseStudyInput(
        title=f"Zqvortex line {n} at Plimbrook",
        summary="Zqvortex deployed cobots at Plimbrook, led by Dr Wenna Quaile.",
        body="Compound ZQX-4471 moved to continuous. Mail ops@zqvortex.example. Plimbrook site.",
        lessons="Dr Wenna Quaile says: start with QA.",
        segment="biologics", technologies=("robotics_automation",), barriers=("risk_aversion",),
        maturity_before=2, maturity_after=3,
        sensitive_terms=("Zqvortex", "Plimbrook", "Dr Wenna Quaile", "ZQX-4471"),
    )


def _drive(app: Flask, session, vault, world, monkeypatch) -> dict[str, int]:  # type: ignore[no-untyped-def]
    owner, curator = actor(world.contributor_a), actor(world.curator)
    factory = app.extensions["exchange"]["sessions"]
    ids: dict[str, int] = {}
    states = ("draft", "review", "curation", "published", "withdrawn", "retired", "failed", "erased")
    for n, state in enumerate(states):
        case = contributions.create_case_study(session, vault, owner, canary_case(n))
        ids[state] = case.id
        if state == "draft":
            continue
        contributions.take_action(session, vault, owner, case.id, "submit")
        session.commit()
        if state == "failed":
            with monkeypatch.context() as patch:
                patch.setattr(pipeline.anonymiser, "anonymise_fields", _explode)
                pipeline.process(factory, vault, case.id)
            continue
        pipeline.process(factory, vault, case.id)
        session.expire_all()
        if state == "review":
            continue
        contributions.take_action(session, vault, owner, case.id, "approve")
        if state != "curation":
            contributions.take_action(session, vault, curator, case.id, "publish")
        if state == "withdrawn":
            contributions.take_action(session, vault, owner, case.id, "withdraw")
        if state == "retired":
            contributions.take_action(session, vault, curator, case.id, "retire", "Superseded by a newer case.")
        if state == "erased":  # published, then its original erased by the contributor
            raw_erasure.erase_raw(session, vault, owner, case.id, confirmed=True)
        session.commit()
    return ids


def _explode(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise RuntimeError("Zqvortex at Plimbrook: the anonymiser crashed mid-way")


def _crawl(client, seeds: list[str], limit: int = 400) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Fetch the seeds and every same-site page they link to (GET only), up to ``limit`` pages."""
    seen: dict[str, str] = {}
    queue = list(seeds)
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen or url.startswith(("/static/", "/sign-out")):
            continue
        body = client.get(url).get_data(as_text=True)
        seen[url] = body
        queue += [link for link in re.findall(r'href="(/[^"#]*)"', body) if link not in seen]
    return seen


def _leaks(text: str) -> list[str]:
    lowered = text.lower()
    return [c for c in CANARIES if c.lower() in lowered]


@pytest.mark.parametrize("viewer", ["contrib@other.example", "curator@centre.example", "admin@centre.example"])
def test_no_canary_on_any_surface_another_party_can_reach(app, session, vault, world, monkeypatch, caplog, viewer) -> None:
    caplog.set_level(logging.DEBUG)
    ids = _drive(app, session, vault, world, monkeypatch)
    user = {"contrib@other.example": world.contributor_b, "curator@centre.example": world.curator,
            "admin@centre.example": world.admin}[viewer]
    saved = _saved_search_over_the_indexed_library(app, session, user)
    client = app.test_client()
    Auth(client).login(viewer)
    seeds = ["/", "/cases/", "/curation/", "/contributions/", "/benchmarks/", "/maturity/", "/cases/collections/",
             "/searches/", "/password-reset", "/password-reset/new", f"/searches/{saved.id}/feed.atom?token={saved.feed_token}"]
    for case_id in ids.values():
        seeds += [f"/contributions/{case_id}", f"/cases/{case_id}", f"/contributions/{case_id}/review/",
                  f"/contributions/{case_id}/original", f"/cases/{case_id}/diff?old=1&new=1",
                  f"/contributions/{case_id}/erase-original"]
    pages = _crawl(client, seeds)
    assert {url: _leaks(body) for url, body in pages.items() if _leaks(body)} == {}
    assert f"/cases/{ids['published']}</id>" in pages[f"/searches/{saved.id}/feed.atom?token={saved.feed_token}"]
    _, token = create_token(session, actor(user), "canary", "read")
    session.commit()
    headers = {"Authorization": f"Bearer {token}"}
    api = ["/api/v1/cases", "/api/v1/export?format=jsonl", "/api/v1/export?format=csv", "/api/v1/catalogue.json",
           "/api/v1/curation/queue", "/api/v1/taxonomies", "/api/v1/benchmarks?metric=oee_pct"]
    for case_id in ids.values():
        api += [f"/api/v1/cases/{case_id}", f"/api/v1/cases/{case_id}/similar", f"/api/v1/submissions/{case_id}"]
    api += ["/api/v1/searches", f"/api/v1/searches/{saved.id}/new?since=2000-01-01T00:00:00Z"]
    responses = {url: app.test_client().get(url, headers=headers).get_data(as_text=True) for url in api}
    assert {url: _leaks(body) for url, body in responses.items() if _leaks(body)} == {}
    assert _leaks(caplog.text) == []
    digest = _digest_of(app, saved.id)
    assert "2 new" in digest and _leaks(digest) == []  # the published case and the one whose original was erased
    mails = {p.name: p.read_text(errors="replace") for p in (Path(app.config["DATA_DIR"]) / "outbox").glob("*.eml")}
    assert {name: _leaks(body) for name, body in mails.items() if _leaks(body)} == {}


def _saved_search_over_the_indexed_library(app: Flask, session, user):  # type: ignore[no-untyped-def]
    """Index every public case, and save a search for everything that e-mails daily (saved two days ago)."""
    index = indexing.app_index(app)
    indexing.rebuild(app.extensions["exchange"]["sessions"], index)
    saved = saved_searches.create(session, index, actor(user), SavedSearchInput(frequency="daily"))
    session.execute(update(SavedSearch).where(SavedSearch.id == saved.id)
                    .values(created_at=datetime.now(UTC) - timedelta(days=2)))
    session.commit()
    return saved


def _digest_of(app: Flask, saved_id: int) -> str:
    outbox = Path(app.config["DATA_DIR"]) / "canary-outbox"
    links = digests.DigestLinks(case_url=lambda case_id: f"/cases/{case_id}", manage_url="/searches/")
    digests.send_digests(app.extensions["exchange"]["sessions"], indexing.app_index(app), FileMailer(outbox), links)
    mails = [message_from_bytes(p.read_bytes(), policy=policy.default) for p in outbox.glob("*.eml")]
    return "".join(str(m["Subject"]) + m.get_content() for m in mails)


def test_no_canary_in_the_search_index_files(app, session, vault, world, monkeypatch) -> None:
    _drive(app, session, vault, world, monkeypatch)
    index = indexing.app_index(app)
    assert indexing.rebuild(app.extensions["exchange"]["sessions"], index) == 2  # the published one and the published one whose original was erased
    index.close()
    app.extensions["exchange"].pop("search")
    files = [p for p in (Path(app.config["DATA_DIR"]) / "search-index").rglob("*") if p.is_file()]
    assert files
    leaks = {str(p): [c for c in CANARIES if c.lower().encode() in p.read_bytes().lower()] for p in files}
    assert {path: found for path, found in leaks.items() if found} == {}


def test_document_properties_never_reach_the_contribution(app, client, auth, world, session) -> None:
    document = docx.Document()
    document.add_paragraph("A story about cobots.")
    document.core_properties.author = "Dr Wenna Quaile"
    document.core_properties.comments = "Zqvortex confidential"
    buffer = io.BytesIO()
    document.save(buffer)
    auth.login("contrib@acmeford.example")
    form = {"title": "Cobots", "segment": "biologics", "sensitive_terms": "",
            "story_file": (io.BytesIO(buffer.getvalue()), "story.docx")}
    auth.post("/contributions/new", form, content_type="multipart/form-data")
    pages = _crawl(client, ["/contributions/"])
    assert {url: _leaks(body) for url, body in pages.items() if _leaks(body)} == {}
