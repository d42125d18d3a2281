import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from anonymiser.errors import InputTooLarge, InvalidInput
from anonymiser.tabular import Limits, load_table


def workbook_bytes() -> bytes:
    wb = Workbook()
    first = wb.active
    first.title = "Batches"
    first.append(["Site", "Batch date", "OEE", "Total"])
    first.append(["Speke", dt.datetime(2024, 3, 5), 41.5, "=C2*2"])
    first.append(["Ware", dt.date(2024, 4, 1), 40, None])
    second = wb.create_sheet("Lines")
    second.append(["Line", "Site"])
    second.append(["L1", "Speke"])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_first_sheet_is_read_as_values() -> None:
    table = load_table(workbook_bytes())
    assert table.header == ("Site", "Batch date", "OEE", "Total")
    assert table.column("Batch date") == ["2024-03-05", "2024-04-01"]
    assert table.column("OEE") == ["41.5", "40"]


def test_formulas_are_never_evaluated_nor_copied() -> None:
    table = load_table(workbook_bytes())
    assert table.column("Total") == ["", ""]  # no cached value was saved; the formula text never appears


def test_named_sheet_is_read(tmp_path: Path) -> None:
    path = tmp_path / "kpi.xlsx"
    path.write_bytes(workbook_bytes())
    assert load_table(path, sheet="Lines").header == ("Line", "Site")


def test_missing_sheet_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput, match="no sheet named 'Nope'"):
        load_table(workbook_bytes(), sheet="Nope")


def test_corrupt_workbook_is_invalid_input() -> None:
    with pytest.raises(InvalidInput):
        load_table(b"PK\x03\x04 this is not really a zip")


def test_declared_unpacked_size_over_the_limit_is_refused() -> None:
    with pytest.raises(InputTooLarge, match="unpacks to more than"):
        load_table(workbook_bytes(), limits=Limits(max_xlsx_uncompressed_bytes=1000))


def test_zip_bomb_is_refused_from_the_directory_before_unpacking(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 20_000_000)
    import openpyxl

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the workbook must not be opened")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    with pytest.raises(InputTooLarge, match="zip bomb"):
        load_table(buffer.getvalue())


def test_xlsx_row_limit_is_enforced() -> None:
    with pytest.raises(InputTooLarge, match="more than 1 rows"):
        load_table(workbook_bytes(), limits=Limits(max_rows=1))
