"""The OpenAPI document, the browsable reference and the schemas' round-trips."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from exchange.api import schemas
from exchange.domain.contribution_input import CaseStudyInput
from exchange.domain.library import CaseFilters, PublishedCase

OPERATIONS = {
    ("get", "/api/v1/cases"), ("get", "/api/v1/cases/{case_id}"), ("get", "/api/v1/cases/{case_id}/similar"),
    ("post", "/api/v1/submissions"), ("get", "/api/v1/submissions/{submission_id}"),
    ("post", "/api/v1/submissions/{submission_id}/submit"), ("post", "/api/v1/submissions/{submission_id}/retry"), ("post", "/api/v1/submissions/{submission_id}/approve"),
    ("post", "/api/v1/submissions/{submission_id}/withdraw"), ("get", "/api/v1/curation/queue"),
    ("post", "/api/v1/submissions/{submission_id}/erase-original"),
    ("post", "/api/v1/curation/{submission_id}/request-changes"), ("post", "/api/v1/curation/{submission_id}/publish"),
    ("post", "/api/v1/curation/{submission_id}/retire"), ("get", "/api/v1/taxonomies"), ("get", "/api/v1/export"),
    ("get", "/api/v1/catalogue.json"), ("get", "/api/v1/benchmarks"), ("post", "/api/v1/benchmarks/compare"),
    ("get", "/api/v1/benchmarks/peer-groups"), ("post", "/api/v1/benchmarks/peer-groups"),
    ("delete", "/api/v1/benchmarks/peer-groups/{group_id}"),
    ("get", "/api/v1/maturity/frameworks"), ("post", "/api/v1/maturity/assessments"),
    ("get", "/api/v1/maturity/assessments/{assessment_id}/gaps"),
    ("get", "/api/v1/datasets"), ("get", "/api/v1/datasets/{dataset_id}"), ("get", "/api/v1/datasets/{dataset_id}/download"),
    ("get", "/api/v1/datasets/export"),
    ("get", "/api/v1/searches"), ("post", "/api/v1/searches"), ("get", "/api/v1/searches/{search_id}/new"),
    ("delete", "/api/v1/searches/{search_id}"),
}


def test_openapi_document_lists_every_operation_with_bearer_security(client) -> None:
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.") and spec["info"]["version"] == "v1"
    found = {(m, p) for p, item in spec["paths"].items() for m in item if m in ("get", "post", "put", "patch", "delete")}
    assert found == OPERATIONS
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert list(spec["components"]["responses"]["DEFAULT_ERROR"]["content"]) == ["application/problem+json"]
    assert list(spec["paths"]["/api/v1/cases"]["get"]["responses"]["200"]["content"]) == ["application/json"]
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in ("get", "post", "delete") and path != "/api/v1/catalogue.json":
                assert op["security"] == [{"bearerAuth": []}] and "401" in op["responses"], (method, path)


def test_reference_page_lists_operations_without_inline_script_or_style(client) -> None:
    response = client.get("/api/v1/reference")
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "/api/v1/curation/{submission_id}/request-changes" in html
    assert "<script" not in html and "style=" not in html and "<style" not in html
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]


def test_api_root_links_to_the_documents(client) -> None:
    assert client.get("/api/v1/").get_json()["openapi"] == "/api/v1/openapi.json"


def test_case_schema_round_trips() -> None:
    case = PublishedCase(id=3, title="Cobots at [SITE]", summary="s", body="b", lessons="l", segment="biologics",
                         technologies=("mes_ebr",), barriers=("scale",), maturity_before=2, maturity_after=None,
                         organisation_kind="manufacturer", size_band="large", region="Wales", revision=1,
                         published_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
                         updated_at=datetime(2026, 1, 2, tzinfo=UTC))
    dumped = schemas.Case().dump(case)
    assert dumped["published_at"] == "2026-01-02T03:04:05+00:00"
    loaded = schemas.Case().load(dumped)
    assert loaded["published_at"] == case.published_at and loaded["technologies"] == ["mes_ebr"]
    assert schemas.Case().dump(loaded) == dumped


def test_submission_input_loads_into_the_domain_input() -> None:
    loaded = schemas.SubmissionIn().load({"title": "Łódź", "technologies": ["mes_ebr"], "external_ref": "a-1"})
    assert loaded == {"data": CaseStudyInput(title="Łódź", technologies=("mes_ebr",)), "external_ref": "a-1"}


@pytest.mark.parametrize("query, filters", [
    ({}, CaseFilters()),
    ({"segment": ["biologics"], "barrier": ["scale"]}, CaseFilters(("biologics",), (), ("scale",))),
])
def test_case_query_loads_filters(query, filters) -> None:
    loaded = schemas.CaseQuery().load(query)
    assert loaded == {"q": "", "page": 1, "per_page": 20, "filters": filters}
