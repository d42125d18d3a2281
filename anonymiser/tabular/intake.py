"""Load a table from a path, raw bytes or in-memory rows."""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from anonymiser.errors import InputTooLarge, InvalidInput
from anonymiser.tabular.csv_intake import read_csv_bytes
from anonymiser.tabular.gc_pause import gc_paused
from anonymiser.tabular.limits import DEFAULT_LIMITS, Limits
from anonymiser.tabular.table import Table, table_from_rows
from anonymiser.tabular.xlsx_intake import read_xlsx_bytes

TableSource = str | os.PathLike[str] | bytes | Sequence[Sequence[object]] | Table


def is_xlsx(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def read_bytes(data: bytes, *, sheet: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Table:
    """XLSX when the bytes are a zip archive, CSV otherwise."""
    if is_xlsx(data):
        return read_xlsx_bytes(data, sheet, limits)
    return read_csv_bytes(data, limits)


def read_path(path: str | os.PathLike[str], *, sheet: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Table:
    p = Path(path)
    if not p.is_file():
        raise InvalidInput(f"no such file: {p.name}")
    if p.stat().st_size > limits.max_file_bytes:
        raise InputTooLarge(f"the file is larger than {limits.max_file_bytes} bytes")
    return read_bytes(p.read_bytes(), sheet=sheet, limits=limits)


def load_table(source: TableSource, *, sheet: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Table:
    with gc_paused():
        return _load(source, sheet, limits)


def _load(source: TableSource, sheet: str | None, limits: Limits) -> Table:
    if isinstance(source, Table):
        return source
    if isinstance(source, bytes):
        return read_bytes(source, sheet=sheet, limits=limits)
    if isinstance(source, str | os.PathLike):
        return read_path(source, sheet=sheet, limits=limits)
    return table_from_rows(source, limits)
