from pathlib import Path

import pytest

from anonymiser.tabular.output import csv_text, neutralise, write_csv


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-4.5", "-4.5"),
        ("+12", "+12"),
        ("-1e5", "-1e5"),
        ("Speke", "Speke"),
        ("[10, 20]", "[10, 20]"),
        ("", ""),
        ("été=1", "été=1"),
    ],
)
def test_formula_cells_are_neutralised(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def test_written_csv_neutralises_header_and_cells(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_csv(path, ["=bad", "ok"], [["@x", "1"], ["y", "-3"]])
    assert path.read_bytes() == b"'=bad,ok\r\n'@x,y\r\n1,-3\r\n"
    assert csv_text(["a"], [["=1"]]) == "a\r\n'=1\r\n"


@pytest.mark.parametrize(
    "columns",
    [
        [["plain", "with,comma"], ['say "hi"', "two\nlines"]],
        [["", " spaced "], ["é", "東京"]],
        [["\r\nx", "="], ["-5", "@a,b"]],
        [["", "x", ""]],
        [['=a"b', '"'], ["-", "+1"]],
    ],
)
def test_fast_writer_matches_the_csv_module_round_trip(tmp_path: Path, columns: list[list[str]]) -> None:
    import csv

    path = tmp_path / "out.csv"
    header = ["a", "b"][: len(columns)]
    write_csv(path, header, columns)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == header
    assert [list(r) for r in zip(*rows[1:])] == [[neutralise(c) for c in col] for col in columns]
    assert path.read_bytes().decode("utf-8") == csv_text(header, columns)
