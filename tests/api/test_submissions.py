"""Submissions and curation over the API: the whole journey, idempotency, scopes and refusals."""
from __future__ import annotations

from sqlalchemy import select

from exchange.models import AuditEvent
from tests.api.conftest import CANARIES

PAYLOAD = {
    "title": "Acmeford Biologics cuts changeover at Widnes",
    "summary": "Acmeford Biologics deployed cobots at its Widnes site.",
    "body": "Contact jane.doe@acmeford.example or 0161 496 0000. Acmeford led the work.",
    "lessons": "Involve QA early.",
    "segment": "biologics",
    "technologies": ["robotics_automation"],
    "barriers": ["risk_aversion"],
    "maturity_before": 2,
    "maturity_after": 3,
    "sensitive_terms": ["Acmeford", "Widnes"],
}


def _create(api, **extra) -> dict:  # type: ignore[no-untyped-def]
    response = api.contributor_a.post("/api/v1/submissions", json={**PAYLOAD, **extra})
    assert response.status_code in (200, 201), response.get_json()
    return response.get_json()


def test_contributor_drives_a_submission_to_publication(api, session) -> None:
    created = _create(api)
    assert created["state"] == "draft" and created["redacted"] is None and "submit" in created["actions"]
    submitted = api.contributor_a.post(f"/api/v1/submissions/{created['id']}/submit").get_json()
    assert submitted["state"] == "contributor_review"
    for canary in CANARIES:
        assert canary not in str(submitted["redacted"]) and canary not in str(submitted["report"])
    assert submitted["report"]["title"]["findings"]
    assert api.contributor_a.post(f"/api/v1/submissions/{created['id']}/approve").get_json()["state"] == "curator_review"
    queue = api.curator.get("/api/v1/curation/queue").get_json()
    assert [item["id"] for item in queue["items"]] == [created["id"]] and "Widnes" not in str(queue)
    published = api.curator.post(f"/api/v1/curation/{created['id']}/publish")
    assert published.status_code == 200 and published.get_json()["state"] == "published"
    assert api.member_a.get("/api/v1/cases").get_json()["total"] == 1
    actions = set(session.scalars(select(AuditEvent.action).where(AuditEvent.object_id == str(created["id"]))))
    assert {"contribution.create", "contribution.submit", "contribution.approve", "contribution.publish"} <= actions


def test_create_is_idempotent_on_external_ref(api) -> None:
    first = api.contributor_a.post("/api/v1/submissions", json={**PAYLOAD, "external_ref": "dms/2026-041"})
    again = api.contributor_a.post("/api/v1/submissions", json={**PAYLOAD, "external_ref": "dms/2026-041"})
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.get_json()["id"] == again.get_json()["id"] and again.get_json()["external_ref"] == "dms/2026-041"
    other_org = api.contributor_b.post("/api/v1/submissions", json={**PAYLOAD, "external_ref": "dms/2026-041"})
    assert other_org.status_code == 201 and other_org.get_json()["id"] != first.get_json()["id"]


def test_another_organisations_submission_is_404_for_every_operation(api) -> None:
    created = _create(api)
    for method, suffix in (("get", ""), ("post", "/submit"), ("post", "/approve"), ("post", "/withdraw")):
        response = getattr(api.contributor_b, method)(f"/api/v1/submissions/{created['id']}{suffix}")
        assert response.status_code == 404, suffix


def test_published_case_of_another_organisation_is_still_404_as_a_submission(api, published) -> None:
    assert api.contributor_b.get(f"/api/v1/submissions/{published}").status_code == 404
    assert api.contributor_b.post(f"/api/v1/submissions/{published}/withdraw").status_code == 404


def test_withdraw_shreds_and_a_second_withdraw_is_409(api) -> None:
    created = _create(api)
    assert api.contributor_a.post(f"/api/v1/submissions/{created['id']}/withdraw").get_json()["state"] == "withdrawn"
    assert api.contributor_a.post(f"/api/v1/submissions/{created['id']}/withdraw").status_code == 409


def test_request_changes_needs_a_reason(api) -> None:
    created = _create(api)
    api.contributor_a.post(f"/api/v1/submissions/{created['id']}/submit")
    api.contributor_a.post(f"/api/v1/submissions/{created['id']}/approve")
    url = f"/api/v1/curation/{created['id']}/request-changes"
    for body in (None, {}, {"reason": ""}, {"reason": "   "}, {"reason": "x" * 5001}, {"reason": "ok", "extra": 1}):
        response = api.curator.post(url, json=body)
        assert response.status_code == 400, body
    done = api.curator.post(url, json={"reason": "Generalise the site’s région — ünïcode ok"})
    assert done.status_code == 200 and done.get_json()["state"] == "changes_requested"
    assert done.get_json()["curator_comment"].startswith("Generalise")
    own = api.contributor_a.get(f"/api/v1/submissions/{created['id']}").get_json()
    assert own["curator_comment"].startswith("Generalise") and "submit" in own["actions"]


def test_curator_cannot_publish_a_draft_or_see_it(api) -> None:
    created = _create(api)
    assert api.curator.post(f"/api/v1/curation/{created['id']}/publish").status_code == 404
    assert api.curator.post("/api/v1/curation/999999/retire", json={"reason": "x"}).status_code == 404


def test_retire_takes_a_case_out_of_the_library(api, published) -> None:
    assert api.curator.post(f"/api/v1/curation/{published}/retire").status_code == 400  # a reason is required
    retired = api.curator.post(f"/api/v1/curation/{published}/retire", json={"reason": "Superseded"})
    assert retired.get_json()["state"] == "retired"
    assert api.curator.post(f"/api/v1/curation/{published}/retire", json={"reason": "Again"}).status_code == 409
    assert api.member_a.get(f"/api/v1/cases/{published}").status_code == 404


def test_submission_input_is_validated_field_by_field(api) -> None:
    rows = [
        ({"title": ""}, "title"), ({"title": "t" * 201}, "title"), ({"technologies": ["warp_drive"]}, "technologies"),
        ({"barriers": "scale"}, "barriers"), ({"maturity_after": 0}, "maturity_after"),
        ({"sensitive_terms": ["x" * 201]}, "sensitive_terms"), ({"external_ref": "has space"}, "external_ref"),
        ({"external_ref": "nul\u0000"}, "external_ref"), ({"unknown": 1}, "unknown"),
    ]
    for change, field in rows:
        response = api.contributor_a.post("/api/v1/submissions", json={**PAYLOAD, **change})
        assert response.status_code == 400 and field in response.get_json()["errors"], change


def test_unicode_text_is_accepted_but_a_reference_is_plain_ascii(api) -> None:
    created = _create(api, title="Étude: robots à Łódź — 機械", external_ref="dms-1")
    assert created["state"] == "draft" and created["external_ref"] == "dms-1"
    refused = api.contributor_a.post("/api/v1/submissions", json={**PAYLOAD, "external_ref": "ünï"})
    assert refused.status_code == 400 and "external_ref" in refused.get_json()["errors"]


def test_a_failed_run_is_reported_and_can_be_retried(api, monkeypatch) -> None:
    import anonymiser

    created = _create(api)
    real = anonymiser.anonymise_fields

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise anonymiser.AnonymiserError("The anonymiser could not read the text.")

    monkeypatch.setattr(anonymiser, "anonymise_fields", broken)
    failed = api.contributor_a.post(f"/api/v1/submissions/{created['id']}/submit").get_json()
    assert failed["state"] == "failed" and failed["failure_reason"] and "retry" in failed["actions"]
    monkeypatch.setattr(anonymiser, "anonymise_fields", real)
    retried = api.contributor_a.post(f"/api/v1/submissions/{created['id']}/retry").get_json()
    assert retried["state"] == "contributor_review" and retried["failure_reason"] is None
    assert api.contributor_a.post(f"/api/v1/submissions/{created['id']}/retry").status_code == 409


def test_submission_can_carry_the_story_as_a_base64_file(api) -> None:
    import base64

    from tests.exchange.test_intake import make_docx

    story = base64.b64encode(make_docx("Story from Word about cobots.")).decode()
    response = api.contributor_a.post("/api/v1/submissions", json={"title": "Cobots", "story_file": story})
    assert response.status_code == 201
    for bad in ("not base64!!", base64.b64encode(b"\x00\x01binary").decode()):
        refused = api.contributor_a.post("/api/v1/submissions", json={"title": "Cobots", "story_file": bad})
        assert refused.status_code == 400 and "story_file" in refused.get_json()["errors"]
