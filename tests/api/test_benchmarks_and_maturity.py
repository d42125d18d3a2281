"""The benchmarks and maturity endpoints: shapes, privacy, and their error paths."""
from __future__ import annotations

from exchange.maturity.frameworks import load_builtin_frameworks


def test_benchmark_cells_carry_the_disclosure_fields_and_never_min_or_max(api) -> None:
    body = api.member_a.get("/api/v1/benchmarks?metric=oee_pct").get_json()
    assert body["metric"]["code"] == "oee_pct" and "links" in body
    for cell in body["cells"] + [body["total"]]:
        assert {"n_organisations", "suppressed", "reason"} <= set(cell)
        assert not {"min", "max", "minimum", "maximum"} & set(cell)
        assert cell["suppressed"] is True  # no published data in an empty library


def test_unknown_metric_is_a_field_error(api) -> None:
    response = api.member_a.get("/api/v1/benchmarks?metric=nonsense")
    assert response.status_code == 400 and response.content_type == "application/problem+json"
    assert api.member_a.get("/api/v1/benchmarks").status_code == 400  # metric is required


def test_compare_answers_with_a_withheld_band_in_an_empty_group(api) -> None:
    response = api.member_a.post("/api/v1/benchmarks/compare", json={"metric": "oee_pct", "value": 42})
    body = response.get_json()
    assert response.status_code == 200 and body["suppressed"] is True and body["band"] is None


def test_compare_refuses_bad_values(api) -> None:
    for payload in ({"metric": "oee_pct"}, {"metric": "oee_pct", "value": "high"}, {"metric": "oee_pct", "value": 140}):
        assert api.member_a.post("/api/v1/benchmarks/compare", json=payload).status_code == 400


def test_benchmarks_need_a_token(api) -> None:
    assert api.anonymous.get("/api/v1/benchmarks?metric=oee_pct").status_code == 401


def test_maturity_assessment_round_trip_and_privacy(api, session) -> None:
    load_builtin_frameworks(session)
    session.commit()
    frameworks = api.member_a.get("/api/v1/maturity/frameworks").get_json()["items"]
    plant = next(f for f in frameworks if f["slug"] == "plant-maturity")
    answers = {str(q["id"]): 2 for d in plant["dimensions"] for q in d["questions"]}
    targets = {d["code"]: 4 for d in plant["dimensions"]}
    created = api.member_a.post("/api/v1/maturity/assessments",
                                json={"framework_id": plant["id"], "answers": answers, "targets": targets})
    assert created.status_code == 201
    assessment_id = created.get_json()["id"]
    gaps = api.member_a.get(f"/api/v1/maturity/assessments/{assessment_id}/gaps").get_json()
    assert gaps["total"] == len(plant["dimensions"]) and all(g["size"] > 0 for g in gaps["items"])
    for outsider in (api.contributor_b, api.curator_read, api.admin):
        assert outsider.get(f"/api/v1/maturity/assessments/{assessment_id}/gaps").status_code == 404


def test_malformed_assessment_is_a_400_problem(api, session) -> None:
    load_builtin_frameworks(session)
    session.commit()
    response = api.member_a.post("/api/v1/maturity/assessments", json={"framework_id": "x", "answers": []})
    assert response.status_code == 400 and response.content_type == "application/problem+json"
