from pathlib import Path

import pytest

from anonymiser.tabular import InvalidColumnsFile, Role, anonymise_table, load_columns_file, suggest_roles
from anonymiser.tabular.columns_file import parse_spec
from anonymiser.tabular.roles import suggest_role
from tests.anonymiser.tabular.tables import kpi_rows

UNIQUE = [f"X{i:04d}Q" for i in range(50)]


@pytest.mark.parametrize(
    ("name", "cells", "role"),
    [
        ("Batch ID", ["B1", "B2"], Role.IDENTIFIER),
        ("Operator", ["J. Smith", "A. Khan"], Role.IDENTIFIER),
        ("contact", ["a@example.com", "b@example.org"], Role.IDENTIFIER),
        ("Site", ["Speke", "Ware"], Role.QUASI),
        ("Product name", ["Tablet A", "Vial B"], Role.QUASI),
        ("Batch date", ["2024-01-02", "2024-02-03"], Role.QUASI),
        ("when", ["02/01/2024", "03/02/2024"], Role.QUASI),
        ("Batch size", ["100", "200"], Role.QUASI),
        ("Batch cycle time (h)", ["12.5", "13"], Role.MEASURE),
        ("OEE (%)", ["41.5", "39"], Role.MEASURE),
        ("x1", ["1", "2"], Role.MEASURE),
        ("Deviation class", ["minor", "major"], Role.SENSITIVE),
        ("Root cause", ["human error", "equipment"], Role.SENSITIVE),
        ("Comments", ["fine", "ok"], Role.TEXT),
        ("misc", ["a long free text value that goes on and on and on about the line stoppage"] * 2, Role.TEXT),
        ("empty", ["", " "], Role.DROP),
        ("opaque", UNIQUE, Role.IDENTIFIER),
        ("colour", ["red", "blue"] * 20, Role.QUASI),
        ("Ünïcödé Farbe", ["rot", "grün"], Role.QUASI),
        # (names no dictionary knows: the cells go through the text anonymiser, whatever they name)
        ("Ünïcödé Standort", ["Zürich", "Köln"], Role.TEXT),
        ("how to reach", ["ring 0161 496 0000 after 5", "ring 0161 496 0001 after 5", "no"] * 3, Role.TEXT),
    ],
)
def test_role_is_suggested_from_header_and_values(name: str, cells: list[str], role: Role) -> None:
    suggestion = suggest_role(name, cells)
    assert suggestion.role is role, suggestion.reason
    assert suggestion.reason


def test_reasons_never_quote_cell_values() -> None:
    table_rows = kpi_rows(30, 1)

    suggestions = suggest_roles(table_rows)
    values = {c for row in table_rows[1:] for c in row}
    assert not any(v in s.reason for s in suggestions.values() for v in values if len(v) > 3)


@pytest.mark.parametrize(("suffix", "text"), [
    (".json", '{"Batch ID": "drop", "Site": "quasi", "OEE (%)": "sensitive"}'),
    (".yaml", "Batch ID: drop\nSite: quasi\nOEE (%): sensitive\n"),
    (".yml", "columns:\n  Batch ID: drop\n  Site: quasi\n  OEE (%): sensitive\nhierarchies:\n  Line: [Site, Region]\n"),
])
def test_columns_file_overrides_suggestions(tmp_path: Path, suffix: str, text: str) -> None:
    path = tmp_path / f"columns{suffix}"
    path.write_text(text, encoding="utf-8")
    result = anonymise_table(kpi_rows(100, 2), columns=load_columns_file(path))
    report = result.report.columns
    assert report["OEE (%)"].suggested == "measure" and report["OEE (%)"].final == "sensitive"
    assert report["Batch ID"].final == "drop" and "Batch ID" not in result.header


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (["quasi"], "must hold an object"),
        ({"Site": "secret"}, "unknown role 'secret'"),
        ({"columns": {"Site": "quasi"}, "hierarchies": {"Site": 3}}, "hierarchy of 'Site'"),
        ({"columns": {}, "pseudonymise": "Batch ID"}, "'pseudonymise' a list"),
    ],
)
def test_bad_columns_spec_is_refused(raw: object, message: str) -> None:
    with pytest.raises(InvalidColumnsFile, match=message):
        parse_spec(raw)


def test_columns_file_with_bad_syntax_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidColumnsFile, match="not valid JSON or YAML"):
        load_columns_file(path)


def test_roles_for_unknown_columns_are_refused() -> None:
    with pytest.raises(InvalidColumnsFile, match="not in the table: Nope"):
        anonymise_table(kpi_rows(20, 3), roles={"Nope": "quasi"})


def test_declared_hierarchy_that_is_not_nested_is_refused() -> None:
    rows = [["Line", "Site", "R"]] + [["L1", "Speke", "a"], ["L1", "Ware", "b"]] * 5
    with pytest.raises(InvalidColumnsFile, match="not nested"):
        anonymise_table(rows, roles={"Line": "quasi", "Site": "quasi", "R": "sensitive"}, hierarchies={"Line": ["Site"]})
