"""XLSX intake: the zip directory is checked before anything is unpacked; values only, no formulas."""
from __future__ import annotations

import datetime as dt
import io
import zipfile

from anonymiser.errors import InputTooLarge, InvalidInput
from anonymiser.tabular.limits import DEFAULT_LIMITS, Limits
from anonymiser.tabular.table import Table, TableBuilder


def check_zip_directory(data: bytes, limits: Limits) -> None:
    """Refuse a zip bomb from the sizes its central directory declares, without decompressing.

    ``zipfile`` never yields more than an entry's declared size, so a lying directory cannot
    inflate past this check either.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise InvalidInput("the file is not a valid XLSX workbook") from exc
    total = sum(i.file_size for i in infos)
    if total > limits.max_xlsx_uncompressed_bytes:
        raise InputTooLarge(f"the workbook unpacks to more than {limits.max_xlsx_uncompressed_bytes} bytes")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1_000_000 and ratio > limits.max_xlsx_compression_ratio:
            raise InputTooLarge("the workbook is compressed suspiciously well (a zip bomb?)")


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx_bytes(data: bytes, sheet: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Table:
    if len(data) > limits.max_file_bytes:
        raise InputTooLarge(f"the file is larger than {limits.max_file_bytes} bytes")
    check_zip_directory(data, limits)
    from openpyxl import load_workbook  # imported here: only XLSX intake needs it

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except (KeyError, ValueError, OSError, zipfile.BadZipFile) as exc:
        raise InvalidInput("the file is not a readable XLSX workbook") from exc
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise InvalidInput(f"the workbook has no sheet named {sheet!r}")
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        return _build(worksheet.iter_rows(values_only=True), limits)
    finally:
        workbook.close()


def _build(rows: "object", limits: Limits) -> Table:
    builder: TableBuilder | None = None
    for raw in rows:  # type: ignore[attr-defined]
        row = [cell_text(v) for v in raw]
        if not any(c.strip() for c in row):
            continue
        if builder is None:
            while row and not row[-1].strip():
                row.pop()
            builder = TableBuilder(row, limits)
        else:
            builder.add(row)
    if builder is None:
        raise InvalidInput("the sheet is empty")
    return builder.build()
