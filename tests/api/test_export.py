"""The open-data export (API and command line), its catalogue, CSV neutralisation and JSON-LD:
published, redacted content only — canary strings driven through the real pipeline never appear."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from exchange import cli
from exchange.domain import contributions
from exchange.domain.accounts import actor_for
from exchange.domain.export import COLUMNS, neutralise, to_csv
from exchange.models import AuditEvent
from tests.api.conftest import CANARIES
from tests.factories import CANARY_TEXT


@pytest.fixture()
def library(app, session, vault, world, published) -> int:
    """One published case and one draft with the same canary text (the draft must not leak)."""
    contributions.create_case_study(session, vault, actor_for(world.contributor_a), CANARY_TEXT)
    session.commit()
    return published


def _assert_no_canary(text: str) -> None:
    for canary in CANARIES:
        assert canary not in text


def test_jsonl_export_holds_published_redacted_cases_only(api, library, session) -> None:
    response = api.member_a.get("/api/v1/export?format=jsonl")
    assert response.status_code == 200 and response.mimetype == "application/x-ndjson"
    lines = response.get_data(as_text=True).splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == [library] and records[0]["published_at"].endswith("+00:00")
    _assert_no_canary(response.get_data(as_text=True))
    event = session.scalar(select(AuditEvent).where(AuditEvent.action == "export.cases"))
    assert event.detail == {"format": "jsonl", "count": 1}


def test_csv_export_has_a_header_and_no_raw_text(api, library) -> None:
    response = api.member_a.get("/api/v1/export?format=csv")
    assert response.mimetype == "text/csv" and "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [int(r["id"]) for r in rows] == [library] and rows[0]["technologies"] == "robotics_automation"
    _assert_no_canary(response.get_data(as_text=True))


def test_export_format_is_validated_and_needs_a_token(api) -> None:
    assert api.member_a.get("/api/v1/export?format=xlsx").status_code == 400
    assert api.anonymous.get("/api/v1/export").status_code == 401


@pytest.mark.parametrize("cell, expected", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tTAB", "'\tTAB"), ("\rCR", "'\rCR"), ("plain", "plain"), ("", ""),
    (None, ""), (["a", "=b"], "a;=b"), (["=b"], "'=b"), ("Łódź =1", "Łódź =1"),
])
def test_csv_cells_are_neutralised_against_formulas(cell, expected) -> None:
    assert neutralise(cell) == expected


def test_csv_keeps_integers_as_numbers() -> None:
    record = {c: "" for c in ("title", "summary", "body", "lessons", "segment", "organisation_kind",
                              "size_band", "region", "published_at")}
    record.update(id=7, technologies=[], barriers=[], maturity_before=None, maturity_after=-1, revision=1)
    rows = list(csv.reader(io.StringIO(to_csv([record]))))
    assert rows[1][0] == "7" and rows[1][COLUMNS.index("maturity_after")] == "-1"


def test_catalogue_is_public_dcat_metadata(client, library) -> None:
    body = client.get("/api/v1/catalogue.json").get_json()
    assert body["@type"] == "dcat:Catalog"
    dataset = body["dcat:dataset"][0]
    urls = [d["dcat:downloadURL"] for d in dataset["dcat:distribution"]]
    assert urls == ["http://localhost/api/v1/export?format=jsonl", "http://localhost/api/v1/export?format=csv"]
    assert "Biologics" in dataset["dcat:keyword"] and dataset["dct:modified"].endswith("+00:00")
    _assert_no_canary(json.dumps(body))


def test_cli_export_writes_its_files_without_raw_text(app, library, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(cli, "_app", lambda: app)
    result = CliRunner().invoke(cli.main, ["export", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["cases.csv", "cases.jsonl", "catalogue.json", "datasets.csv", "datasets.jsonl"]
    for path in (tmp_path / "out").iterdir():
        _assert_no_canary(path.read_text(encoding="utf-8"))
    assert json.loads((tmp_path / "out" / "cases.jsonl").read_text().splitlines()[0])["id"] == library


def test_cli_token_create_prints_only_a_working_token(app, client, world, monkeypatch) -> None:
    monkeypatch.setattr(cli, "_app", lambda: app)
    result = CliRunner().invoke(cli.main, ["token", "create", "contrib@acmeford.example", "--scope", "contribute"])
    assert result.exit_code == 0, result.output
    secret = result.output.strip()
    assert result.output == secret + "\n" and secret.startswith("exg_") and " " not in secret
    assert client.post("/api/v1/submissions", json={"title": "x"},
                       headers={"Authorization": f"Bearer {secret}"}).status_code == 201


def test_cli_token_revoke_stops_only_the_named_tokens(app, client, world, monkeypatch) -> None:
    monkeypatch.setattr(cli, "_app", lambda: app)
    runner = CliRunner()
    made = {name: runner.invoke(cli.main, ["token", "create", "contrib@acmeford.example", "--scope", "contribute",
                                           "--name", name]).output.strip() for name in ("bench", "ci")}
    result = runner.invoke(cli.main, ["token", "revoke", "contrib@acmeford.example", "--name", "bench"])
    assert result.exit_code == 0 and "Revoked 1 token(s) named 'bench'." in result.output
    status = {name: client.post("/api/v1/submissions", json={"title": "x"},
                                headers={"Authorization": f"Bearer {secret}"}).status_code
              for name, secret in made.items()}
    assert status == {"bench": 401, "ci": 201}
    again = runner.invoke(cli.main, ["token", "revoke", "contrib@acmeford.example", "--name", "bench"])
    assert again.exit_code == 0 and "Revoked 0 token(s)" in again.output


@pytest.mark.parametrize("args, message", [
    (["token", "revoke", "nobody@example.org", "--name", "bench"], "No user"),
    (["token", "revoke", "member@acmeford.example"], "--name"),
    (["token", "create", "nobody@example.org"], "No active user"),
    (["token", "create", "member@acmeford.example", "--scope", "curate"], "scope"),
    (["token", "create", "member@acmeford.example", "--scope", "root"], "Invalid value"),
])
def test_cli_token_create_refuses_clearly(app, world, monkeypatch, args, message) -> None:
    monkeypatch.setattr(cli, "_app", lambda: app)
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code != 0 and message in result.output and "exg_" not in result.output


def test_case_page_carries_escaped_schema_org_json_ld(app, client, auth, session, vault, world) -> None:
    import dataclasses

    from tests.api.conftest import publish_case

    data = dataclasses.replace(CANARY_TEXT, title="Cobots </script><b>bold</b> at Widnes")
    case_id = publish_case(app, session, vault, world, data)
    auth.login("contrib@other.example")
    html = client.get(f"/cases/{case_id}").get_data(as_text=True)
    start = html.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    block = html[start:html.index("</script>", start)]
    data_ld = json.loads(block)
    assert data_ld["@type"] == "Article" and data_ld["identifier"] == case_id
    assert "</script><b>" in data_ld["name"] and "<b>" not in block  # escaped as \u003c
    _assert_no_canary(block)
