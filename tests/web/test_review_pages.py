from __future__ import annotations

from tests.web.test_contribution_pages import _create


def test_review_page_over_http_adds_a_term(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    case_id = _create(auth, session)
    auth.post(f"/contributions/{case_id}/actions/submit")
    page = client.get(f"/contributions/{case_id}/review/")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Will be published" in html and "Original" in html
    response = auth.post(f"/contributions/{case_id}/review/terms", {"terms": "QA"}, follow_redirects=True)
    assert "Redacted 1 more term" in response.get_data(as_text=True)


def test_review_forms_need_csrf(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    case_id = _create(auth, session)
    auth.post(f"/contributions/{case_id}/actions/submit")
    assert client.post(f"/contributions/{case_id}/review/terms", data={"terms": "QA"}).status_code == 400


def test_review_page_is_not_found_for_another_organisation(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    case_id = _create(auth, session)
    auth.post(f"/contributions/{case_id}/actions/submit")
    auth.logout()
    auth.login("curator@centre.example")
    assert client.get(f"/contributions/{case_id}/review/").status_code == 404


def test_restore_with_bad_index_is_a_clear_400(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    case_id = _create(auth, session)
    auth.post(f"/contributions/{case_id}/actions/submit")
    response = auth.post(f"/contributions/{case_id}/review/restore", {"field": "body", "finding": "abc"})
    assert response.status_code == 400
