from pathlib import Path

import pytest

from anonymiser.errors import InputTooLarge, InvalidInput
from anonymiser.tabular import Limits, load_table


@pytest.mark.parametrize(
    ("data", "header", "first_row"),
    [
        (b"site,oee\nSpeke,41.5\n", ("site", "oee"), ["Speke", "41.5"]),
        (b"site;oee\nSpeke;41,5\n", ("site", "oee"), ["Speke", "41,5"]),
        (b"site\toee\nSpeke\t41.5\n", ("site", "oee"), ["Speke", "41.5"]),
        (b"site|oee\nSpeke|41.5\n", ("site", "oee"), ["Speke", "41.5"]),
        (b"\xef\xbb\xbfsite,oee\r\nSpeke,41.5\r\n", ("site", "oee"), ["Speke", "41.5"]),
        ("site,note\nZürich,\"two\nlines, quoted\"\n".encode(), ("site", "note"), ["Zürich", "two\nlines, quoted"]),
        ("site,oee\nSpeke,41.5\n".encode("utf-16"), ("site", "oee"), ["Speke", "41.5"]),
        ("site,oee\nCaf\xe9,41.5\n".encode("cp1252"), ("site", "oee"), ["Caf\xe9", "41.5"]),
        (b"Speke,41.5\nWare,39.0\nUlverston,55.1\n", ("column_1", "column_2"), ["Speke", "41.5"]),
        (b"site,site,\nA,B,C\n", ("site", "site_2", "column_3"), ["A", "B", "C"]),
        (b"site,oee\n\nSpeke,41.5\n\n", ("site", "oee"), ["Speke", "41.5"]),
        (b"site,oee,extra\nSpeke,41.5\n", ("site", "oee", "extra"), ["Speke", "41.5", ""]),
    ],
)
def test_csv_dialect_encoding_and_header_are_sniffed(data: bytes, header: tuple[str, ...], first_row: list[str]) -> None:
    table = load_table(data)
    assert table.header == header
    assert [c[0] for c in table.columns] == first_row


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"", InvalidInput, "empty"),
        (b"   \n\n", InvalidInput, "empty"),
        (b"site,oee\n", InvalidInput, "no rows"),
        (b"site,oee\nSpeke,41.5,extra\n", InvalidInput, "row 2 has 3 fields"),
        (b"\x00\x01\x02binary", InvalidInput, "binary"),
    ],
)
def test_bad_csv_gets_a_clear_error(data: bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        load_table(data)


@pytest.mark.parametrize(
    ("limits", "data", "message"),
    [
        (Limits(max_file_bytes=10), b"site,oee\nSpeke,41.5\n", "larger than 10 bytes"),
        (Limits(max_rows=2), b"a\n1\n2\n3\n", "more than 2 rows"),
        (Limits(max_columns=2), b"a,b,c\n1,2,3\n", "3 columns"),
        (Limits(max_cell_chars=5), b"a,b\n123456,1\n", "longer than 5"),
        (Limits(max_cell_chars=5), b'a,b\n"12\n3456",1\n', "longer than 5"),
    ],
)
def test_csv_limits_are_enforced(limits: Limits, data: bytes, message: str) -> None:
    with pytest.raises(InputTooLarge, match=message):
        load_table(data, limits=limits)


def test_file_size_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"a\n" + b"1\n" * 100)
    with pytest.raises(InputTooLarge):
        load_table(path, limits=Limits(max_file_bytes=50))


def test_missing_file_is_invalid_input(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="no such file"):
        load_table(tmp_path / "absent.csv")


def test_rows_in_memory_use_the_first_row_as_header() -> None:
    table = load_table([["site", "oee"], ["Speke", 41.5], ["Ware", None]])
    assert table.header == ("site", "oee") and table.columns[1] == ["41.5", ""]


def test_csv_field_limit_of_the_process_is_restored() -> None:
    import csv

    before = csv.field_size_limit()
    load_table(b"a,b\n1,2\n", limits=Limits(max_cell_chars=2000))
    with pytest.raises(InputTooLarge):
        load_table(b"a,b\n" + b"x" * 5000 + b",1\n", limits=Limits(max_cell_chars=2000))
    assert csv.field_size_limit() == before
