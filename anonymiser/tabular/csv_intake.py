"""CSV intake: encoding, delimiter and header sniffed; BOM and quoted newlines handled."""
from __future__ import annotations

import csv
import io
import re

from anonymiser.errors import InputTooLarge, InvalidInput
from anonymiser.tabular.limits import DEFAULT_LIMITS, Limits
from anonymiser.tabular.table import Table, TableBuilder

_DELIMITERS = ",;\t|"
_DATA_LIKE = re.compile(r"^\s*(?:[-+]?\d[\d,]*(?:\.\d+)?|\d{4}-\d{2}-\d{2}.*|\d{1,2}/\d{1,2}/\d{4})\s*$")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 as spreadsheets export."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InvalidInput("the CSV file is neither UTF-8 nor Windows-1252 text") from exc


def sniff_dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
    except csv.Error:
        first = sample.split("\n", 1)[0]
        counts = {d: first.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        dialect = csv.excel()
        dialect.delimiter = best if counts[best] else ","
        return dialect


def looks_like_header(sample: str, first_row: list[str]) -> bool:
    """A first row is data only when the sniffer says so AND it holds a number or a date."""
    try:
        sniffed = csv.Sniffer().has_header(sample)
    except csv.Error:
        sniffed = True
    return sniffed or not any(_DATA_LIKE.match(c) for c in first_row if c)


def read_csv_bytes(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Table:
    if len(data) > limits.max_file_bytes:
        raise InputTooLarge(f"the file is larger than {limits.max_file_bytes} bytes")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput("the file is binary, not CSV text")
    text = decode(data)
    if not text.strip():
        raise InvalidInput("the CSV file is empty")
    sample = text[:65536]
    dialect = sniff_dialect(sample)
    previous = csv.field_size_limit(max(limits.max_cell_chars + 1, 1024))  # process-wide: restored below
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        return _build(reader, sample, limits)
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise InputTooLarge(f"a cell is longer than {limits.max_cell_chars} characters") from exc
        raise InvalidInput(f"malformed CSV: {exc}") from exc
    finally:
        csv.field_size_limit(previous)


def _build(reader: "csv._reader", sample: str, limits: Limits) -> Table:
    rows = filter(any, reader)
    first = next(rows, None)
    if first is None:
        raise InvalidInput("the CSV file is empty")
    if looks_like_header(sample, first):
        builder = TableBuilder(first, limits)
    else:
        builder = TableBuilder([f"column_{i}" for i in range(1, len(first) + 1)], limits)
        builder.add(first)
    builder.extend(list(rows))
    return builder.build()
