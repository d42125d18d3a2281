"""The contribution journey over HTTP, and its refusals: 404 across organisations, 409, CSRF."""
from __future__ import annotations

from sqlalchemy import select

from exchange.models import Contribution

FORM = {
    "title": "Acmeford Biologics cuts changeover at Widnes",
    "summary": "Acmeford deployed cobots at Widnes.",
    "body": "Email jane.doe@acmeford.example. Acmeford led the work.",
    "lessons": "Involve QA early.",
    "segment": "biologics",
    "technologies": ["robotics_automation"],
    "barriers": ["risk_aversion"],
    "maturity_before": "2",
    "maturity_after": "3",
    "sensitive_terms": "Acmeford\nWidnes",
}


def _create(auth, session) -> int:  # type: ignore[no-untyped-def]
    response = auth.post("/contributions/new", FORM)
    assert response.status_code == 302
    return session.scalars(select(Contribution.id).order_by(Contribution.id.desc())).first()


def test_contributor_creates_submits_and_sees_the_redacted_version(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    case_id = _create(auth, session)
    response = auth.post(f"/contributions/{case_id}/actions/submit", follow_redirects=True)
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "contributor review" in html
    assert "<mark" in html and "Widnes" not in html.split("<h1>")[1]


def test_full_journey_to_the_library_leaks_nothing_raw(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    case_id = _create(auth, session)
    auth.post(f"/contributions/{case_id}/actions/submit")
    auth.post(f"/contributions/{case_id}/actions/approve")
    auth.logout()
    auth.login("curator@centre.example")
    assert "Widnes" not in client.get("/curation/").get_data(as_text=True)
    assert auth.post(f"/contributions/{case_id}/actions/publish").status_code == 302
    auth.logout()
    auth.login("contrib@other.example")
    pages = [client.get("/cases/").get_data(as_text=True), client.get(f"/cases/{case_id}").get_data(as_text=True)]
    assert str(case_id) in pages[0]
    for html in pages:
        for canary in ("Acmeford", "Widnes", "jane.doe"):
            assert canary not in html


def test_other_organisations_contribution_is_not_found(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    case_id = _create(auth, session)
    auth.logout()
    auth.login("contrib@other.example")
    for url in (f"/contributions/{case_id}", f"/contributions/{case_id}/original", f"/contributions/{case_id}/edit"):
        assert client.get(url).status_code == 404
    assert auth.post(f"/contributions/{case_id}/actions/withdraw").status_code == 404
    assert session.get(Contribution, case_id).state == "draft"


def test_illegal_transition_over_http_is_409_and_changes_nothing(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    case_id = _create(auth, session)
    response = auth.post(f"/contributions/{case_id}/actions/approve")
    assert response.status_code == 409 and "Cannot approve" in response.get_data(as_text=True)
    unknown = auth.post(f"/contributions/{case_id}/actions/explode")
    assert unknown.status_code == 409 and "Unknown action" in unknown.get_data(as_text=True)
    session.expire_all()
    assert session.get(Contribution, case_id).state == "draft"


def test_action_without_csrf_token_is_refused(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    case_id = _create(auth, session)
    response = client.post(f"/contributions/{case_id}/actions/submit")
    assert response.status_code == 400
    session.expire_all()
    assert session.get(Contribution, case_id).state == "draft"


def test_invalid_form_shows_field_errors(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    response = auth.post("/contributions/new", {**FORM, "title": "", "segment": "spaceships"})
    assert response.status_code == 400
    assert session.scalar(select(Contribution.id)) is None


def test_member_cannot_create_contributions(client, auth, world) -> None:
    auth.login("member@acmeford.example")
    assert client.get("/contributions/new").status_code == 403


def test_owner_sees_original_text_and_its_view_is_recorded(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    case_id = _create(auth, session)
    html = client.get(f"/contributions/{case_id}/original").get_data(as_text=True)
    assert "Widnes" in html


def test_html_in_content_is_escaped(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    auth.post("/contributions/new", {**FORM, "title": "<script>alert(1)</script> line"})
    html = client.get("/contributions/").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_edit_draft_round_trips(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    case_id = _create(auth, session)
    page = client.get(f"/contributions/{case_id}/edit").get_data(as_text=True)
    assert "Acmeford Biologics cuts changeover" in page
    assert auth.post(f"/contributions/{case_id}/edit", {**FORM, "title": "New title"}).status_code == 302
    assert "New title" in client.get("/contributions/").get_data(as_text=True)


def test_uploaded_docx_becomes_the_story(client, auth, world, session) -> None:
    import io

    from tests.exchange.test_intake import make_docx

    auth.login("contrib@acmeford.example")
    data = {**FORM, "body": "", "story_file": (io.BytesIO(make_docx("Story from Word at Widnes.")), "story.docx")}
    response = auth.post("/contributions/new", data, content_type="multipart/form-data", follow_redirects=True)
    assert response.status_code == 200 and "taken from your DOCX file" in response.get_data(as_text=True)
    case_id = session.scalars(select(Contribution.id)).one()
    assert "Story from Word" in client.get(f"/contributions/{case_id}/original").get_data(as_text=True)


def test_bad_upload_keeps_what_was_typed(client, auth, world, session) -> None:
    import io

    auth.login("contrib@acmeford.example")
    data = {**FORM, "story_file": (io.BytesIO(b"\x00\x01\x02"), "x.bin")}
    response = auth.post("/contributions/new", data, content_type="multipart/form-data")
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and "Upload a DOCX" in html and "cuts changeover at Widnes" in html


def test_oversized_request_gets_413_page(app, client, auth, world) -> None:
    import io

    app.config["MAX_CONTENT_LENGTH"] = 100_000  # small, so the test body stays in memory
    auth.login("contrib@acmeford.example")
    data = {**FORM, "story_file": (io.BytesIO(b"a" * 200_000), "big.txt")}
    response = auth.post("/contributions/new", data, content_type="multipart/form-data")
    assert response.status_code == 413 and "Too large" in response.get_data(as_text=True)
