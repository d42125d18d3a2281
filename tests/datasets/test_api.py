"""The datasets API: list, detail with data dictionary and report, download; read scope;
problem+json errors; the open-data catalogue lists dataset metadata (never values)."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from exchange.models import AuditEvent
from tests.api.conftest import Clients, api  # noqa: F401
from tests.api.test_errors import assert_problem
from tests.datasets.conftest import CANARIES, make_dataset, submit_and_process


def _no_canary(text: str) -> None:
    for canary in CANARIES:
        assert canary not in text, canary


@pytest.mark.parametrize("who", ["contributor_a_read", "member_a", "contributor_b", "curator_read", "admin"])
def test_every_reader_lists_and_reads_published_datasets_without_raw_values(api, published_dataset, who) -> None:  # noqa: F811
    client = getattr(api, who)
    listing = client.get("/api/v1/datasets")
    detail = client.get(f"/api/v1/datasets/{published_dataset}")
    download = client.get(f"/api/v1/datasets/{published_dataset}/download")
    body = listing.get_json()
    assert listing.status_code == 200 and body["total"] == 1 and body["links"]["self"]
    assert body["items"][0]["download"] == f"/api/v1/datasets/{published_dataset}/download"
    one = detail.get_json()
    assert one["report"]["k_achieved"] >= 5 and {"column", "role", "action"} <= set(one["dictionary"][0])
    assert one["published_at"].endswith("+00:00")
    assert download.status_code == 200 and download.mimetype == "text/csv"
    for response in (listing, detail, download):
        _no_canary(response.get_data(as_text=True))


def test_downloads_through_the_api_are_audited(api, session, published_dataset) -> None:  # noqa: F811
    api.member_a.get(f"/api/v1/datasets/{published_dataset}/download")
    assert session.scalar(select(AuditEvent.action).where(AuditEvent.action == "dataset.download"))


def test_errors_are_problems(api, app, session, vault, world) -> None:  # noqa: F811
    draft = make_dataset(session, vault, world.contributor_a)
    submit_and_process(app, session, vault, world.contributor_a, draft)
    assert_problem(api.anonymous.get("/api/v1/datasets"), 401)
    assert_problem(api.member_a.get("/api/v1/datasets/999999"), 404)
    assert_problem(api.contributor_b.get(f"/api/v1/datasets/{draft}"), 404)
    assert_problem(api.contributor_a.get(f"/api/v1/datasets/{draft}/download"), 404)
    assert_problem(api.member_a.get("/api/v1/datasets?per_page=0"), 400)
    assert_problem(api.member_a.get("/api/v1/datasets?page=abc"), 400)


def test_an_empty_library_is_an_empty_list(api) -> None:  # noqa: F811
    body = api.member_a.get("/api/v1/datasets").get_json()
    assert body["items"] == [] and body["total"] == 0 and body["links"]["next"] is None


def test_the_catalogue_describes_published_datasets(client, published_dataset) -> None:
    catalogue = client.get("/api/v1/catalogue.json").get_json()
    entries = [d for d in catalogue["dcat:dataset"] if d["dct:identifier"] == f"exchange-dataset-{published_dataset}"]
    assert len(entries) == 1
    assert entries[0]["dcat:distribution"][0]["dcat:downloadURL"].endswith(f"/api/v1/datasets/{published_dataset}/download")
    _no_canary(json.dumps(catalogue))


def test_the_case_export_does_not_carry_datasets(api, published_dataset) -> None:  # noqa: F811
    assert api.member_a.get("/api/v1/export?format=jsonl").get_data(as_text=True) == ""
    assert api.member_a.get("/api/v1/cases").get_json()["total"] == 0


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_dataset_metadata_export_is_audited_and_holds_no_values(api, session, published_dataset, fmt) -> None:  # noqa: F811
    response = api.member_a.get(f"/api/v1/datasets/export?format={fmt}")
    text = response.get_data(as_text=True)
    assert response.status_code == 200 and f"/api/v1/datasets/{published_dataset}/download" in text
    assert "attachment" in response.headers["Content-Disposition"]
    _no_canary(text)
    assert session.scalar(select(AuditEvent.action).where(AuditEvent.action == "export.datasets"))


def test_dataset_export_refuses_an_unknown_format(api) -> None:  # noqa: F811
    assert_problem(api.member_a.get("/api/v1/datasets/export?format=xml"), 400)


def test_the_catalogue_points_to_the_dataset_metadata_export(client) -> None:
    catalogue = client.get("/api/v1/catalogue.json").get_json()
    entry = next(d for d in catalogue["dcat:dataset"] if d["dct:identifier"] == "exchange-dataset-metadata")
    assert [d["dcat:downloadURL"].split("/api/v1/")[1] for d in entry["dcat:distribution"]] == [
        "datasets/export?format=jsonl", "datasets/export?format=csv"]
