"""The dataset pages over HTTP: upload with CSRF, the role step, review, library and download."""
from __future__ import annotations

import io
import re

import pytest
from sqlalchemy import select

from exchange.models import Contribution, DatasetRevision
from tests.datasets.conftest import CANARIES, ROLES, canary_rows, to_csv

FORM = {"title": "Acmeford OEE at Widnes", "summary": "Widnes batches.", "segment": "biologics",
        "sensitive_terms": "Widnes\nRuncorn\nZed Quux"}


def _upload(auth, data: bytes | None = None, **extra):  # type: ignore[no-untyped-def]
    payload = {**FORM, **extra, "file": (io.BytesIO(to_csv(canary_rows()) if data is None else data), "t.csv")}
    return auth.post("/datasets/new", payload, content_type="multipart/form-data")


def _latest(session) -> int:  # type: ignore[no-untyped-def]
    return session.scalars(select(Contribution.id).order_by(Contribution.id.desc())).first()


def _choose(auth, dataset_id: int, roles: dict[str, str] = ROLES, k: str = "5", l: str = "2"):  # type: ignore[no-untyped-def]  # noqa: E741
    data = {"k": k, "l": l, **{f"role-{i}": role for i, role in enumerate(roles.values())}}
    return auth.post(f"/datasets/{dataset_id}/columns", data)


def _publish_over_http(client, auth, session) -> int:  # type: ignore[no-untyped-def]
    auth.login("contrib@acmeford.example")
    assert _upload(auth).status_code == 302
    dataset_id = _latest(session)
    assert _choose(auth, dataset_id).status_code == 302
    auth.post(f"/contributions/{dataset_id}/actions/submit")
    review = client.get(f"/datasets/{dataset_id}/review").get_data(as_text=True)
    assert "contributor review" in review and "P-" in review and "Privacy levels" in review
    auth.post(f"/contributions/{dataset_id}/actions/approve")
    auth.logout()
    auth.login("curator@centre.example")
    assert auth.post(f"/contributions/{dataset_id}/actions/publish").status_code == 302
    auth.logout()
    return dataset_id


def test_the_full_journey_over_http_leaks_nothing_raw_to_others(client, auth, world, session) -> None:
    dataset_id = _publish_over_http(client, auth, session)
    pages = {}
    for email in ("curator@centre.example", "admin@centre.example", "contrib@other.example"):
        auth.login(email)
        for url in ("/datasets/", f"/datasets/{dataset_id}", f"/datasets/{dataset_id}/download",
                    f"/contributions/{dataset_id}", f"/datasets/{dataset_id}/review", "/curation/"):
            response = client.get(url)
            pages[(email, url)] = (response.status_code, response.get_data(as_text=True))
        auth.logout()
    assert pages[("contrib@other.example", f"/datasets/{dataset_id}")][0] == 200
    assert pages[("contrib@other.example", f"/datasets/{dataset_id}/download")][1].startswith("batch_id,")
    refused = {key for key, (status, _) in pages.items() if status != 200}
    assert refused == {("contrib@other.example", "/curation/")}
    for (email, url), (status, html) in pages.items():
        for canary in CANARIES:
            assert canary not in html, (email, url, canary)


@pytest.mark.parametrize("email", ["curator@centre.example", "admin@centre.example", "contrib@other.example"])
def test_the_role_step_with_samples_is_refused_outside_the_organisation(client, auth, world, session, email) -> None:
    auth.login("contrib@acmeford.example")
    _upload(auth)
    dataset_id = _latest(session)
    auth.logout()
    auth.login(email)
    response = client.get(f"/datasets/{dataset_id}/columns")
    assert response.status_code in (403, 404)
    assert all(c not in response.get_data(as_text=True) for c in CANARIES)


def test_the_owner_sees_samples_and_suggestions(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    _upload(auth)
    html = client.get(f"/datasets/{_latest(session)}/columns").get_data(as_text=True)
    assert "Widnes" in html and "CANARYBATCH" in html and 'name="role-6"' in html


def test_upload_without_csrf_is_refused(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    response = client.post("/datasets/new", data={**FORM, "file": (io.BytesIO(b"a,b\n1,2\n"), "t.csv")},
                           content_type="multipart/form-data")
    assert response.status_code == 400 and _latest(session) is None


def test_role_step_without_csrf_is_refused(client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    _upload(auth)
    dataset_id = _latest(session)
    response = client.post(f"/datasets/{dataset_id}/columns", data={"k": "5", "l": "2", "role-0": "drop"})
    assert response.status_code == 400
    assert session.get(DatasetRevision, session.get(Contribution, dataset_id).current_revision_id).roles is None


@pytest.mark.parametrize(("data", "message"), [(b"", "empty"), (b"\x00\xff" * 100, "not a table"),
                                               (b"only,a,header\n", "no rows")])
def test_a_bad_file_gets_a_clear_400_and_keeps_the_form(client, auth, world, session, data, message) -> None:
    auth.login("contrib@acmeford.example")
    response = _upload(auth, data)
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and message in html and "Acmeford OEE at Widnes" in html
    assert _latest(session) is None


@pytest.mark.parametrize(("roles", "k", "message"), [
    ({**ROLES, "site": "nonsense", "note": "drop"}, "5", "Each role must be one of"),
    ({**ROLES, "note": "drop"}, "1", "Number must be between 2 and 100"),
    ({**ROLES, "note": "drop"}, "", "This field is required"),
])
def test_bad_roles_get_a_400_and_keep_the_choices(client, auth, world, session, roles, k, message) -> None:
    auth.login("contrib@acmeford.example")
    _upload(auth)
    response = _choose(auth, _latest(session), roles, k=k)
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and message in html
    assert re.search(r'name="role-6">.*?<option value="drop" selected>', html, re.S)


def test_members_cannot_upload(client, auth, world) -> None:
    auth.login("member@acmeford.example")
    assert client.get("/datasets/new").status_code == 403


def test_anonymous_is_sent_to_sign_in(client, world) -> None:
    for url in ("/datasets/", "/datasets/1", "/datasets/1/download", "/datasets/new"):
        response = client.get(url)
        assert response.status_code == 302 and "/sign-in" in response.headers["Location"]


def test_library_lists_and_pages_have_the_dictionary(client, auth, world, session) -> None:
    dataset_id = _publish_over_http(client, auth, session)
    auth.login("member@acmeford.example")
    index = client.get("/datasets/").get_data(as_text=True)
    page = client.get(f"/datasets/{dataset_id}").get_data(as_text=True)
    assert f"/datasets/{dataset_id}" in index and "1 published" in index
    assert "Data dictionary" in page and "pseudonymised" in page and re.search(r"k \(requested", page)
    assert "<script" not in page and "style=" not in page
    assert client.get("/datasets/999999").status_code == 404
    response = client.get(f"/datasets/{dataset_id}/download")
    assert response.mimetype == "text/csv" and "attachment" in response.headers["Content-Disposition"]
