import csv
import json
import os
from pathlib import Path

import pytest

from anonymiser.cli import main
from tests.anonymiser.tabular.privacy_check import k_and_l
from tests.anonymiser.tabular.tables import QUASI, SENSITIVE, kpi_rows


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_table_command_writes_k_anonymous_csv_and_report(tmp_path: Path) -> None:
    source = write_rows(tmp_path / "in.csv", kpi_rows(200, 21))
    out, report = tmp_path / "out.csv", tmp_path / "report.json"
    code = main(["table", str(source), "--out", str(out), "--k", "6", "--l", "2", "--report", str(report)])
    assert code == 0
    k_seen, l_seen = k_and_l(out, QUASI, SENSITIVE)
    assert k_seen is not None and k_seen >= 6 and l_seen["Deviation class"] >= 2
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["k_achieved"] == k_seen and data["columns"]["Batch ID"]["final"] == "identifier"


def test_columns_file_and_key_file_pseudonymise_identifiers(tmp_path: Path) -> None:
    source = write_rows(tmp_path / "in.csv", kpi_rows(60, 22))
    columns = tmp_path / "columns.yaml"
    columns.write_text("columns:\n  Batch ID: identifier\npseudonymise: [Batch ID]\n", encoding="utf-8")
    key = tmp_path / "dataset.key"
    out = tmp_path / "out.csv"
    assert main(["table", str(source), "--out", str(out), "--columns", str(columns), "--key-file", str(key)]) == 0
    assert oct(os.stat(key).st_mode & 0o777) == "0o600" and len(key.read_bytes()) == 32
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert "Batch ID" in header


@pytest.mark.parametrize(
    ("content", "extra", "message"),
    [
        (None, [], "no such file"),
        (b"", [], "empty"),
        (b"site,r\nSpeke,a\nWare,b\n", ["--k", "5"], "k=5 needs at least 5 rows"),
        (b"site,r\nSpeke,a\n", ["--k", "0"], "k must be"),
        (b"site,oee\nSpeke,41.5,9\n", [], "row 2 has 3 fields"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         content: bytes | None, extra: list[str], message: str) -> None:
    source = tmp_path / "in.csv"
    if content is not None:
        source.write_bytes(content)
    out = tmp_path / "out.csv"
    assert main(["table", str(source), "--out", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and err.startswith("anonymise: error:")
    assert not out.exists()


def test_pseudonymise_without_key_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_rows(tmp_path / "in.csv", kpi_rows(20, 23))
    columns = tmp_path / "c.json"
    columns.write_text('{"columns": {}, "pseudonymise": ["Batch ID"]}', encoding="utf-8")
    assert main(["table", str(source), "--out", str(tmp_path / "o.csv"), "--columns", str(columns)]) == 2
    assert "--key-file" in capsys.readouterr().err


def test_xlsx_sheet_goes_through_the_command(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Notes"
    sheet = wb.create_sheet("KPIs")
    for row in kpi_rows(80, 24):
        sheet.append(row)
    source = tmp_path / "kpi.xlsx"
    wb.save(source)
    out = tmp_path / "out.csv"
    assert main(["table", str(source), "--sheet", "KPIs", "--out", str(out), "--k", "5"]) == 0
    k_seen, l_seen = k_and_l(out, QUASI, SENSITIVE)
    assert k_seen is not None and k_seen >= 5 and l_seen["Deviation class"] >= 2
