"""CSV output, neutralised against spreadsheet formula injection."""
from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Sequence

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_FIRST = frozenset(_TRIGGERS)
_NEEDS_QUOTES = re.compile(r'[",\r\n]')
_STARTS_ANY = re.compile(r"\n[=+\-@\t\r]")
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")


def neutralise(cell: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would read as a formula (OWASP CSV injection).

    Plain numbers such as ``-4.5`` are left alone: a spreadsheet reads them as numbers, not formulas.
    """
    if cell.startswith(_TRIGGERS) and not _PLAIN_NUMBER.match(cell):
        return "'" + cell
    return cell


def _safe_rows(header: Sequence[str], columns: Sequence[Sequence[str]]) -> Iterable[Sequence[str]]:
    yield [neutralise(h) for h in header]
    yield from zip(*(_safe_column(col) for col in columns), strict=True)


def _safe_column(column: Sequence[str]) -> Sequence[str]:
    if not _STARTS_ANY.search("\n" + "\n".join(column)):
        return column
    return [neutralise(c) if c[:1] in _FIRST else c for c in column]


def _quote(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if _NEEDS_QUOTES.search(cell) else cell


def _ready_column(column: Sequence[str], single: bool) -> Sequence[str]:
    """Neutralise and quote (RFC 4180 minimal quoting, as ``csv.QUOTE_MINIMAL``) a whole column.

    One join finds the common case, a column needing neither, without a Python step per cell.
    In a one-column table an empty cell is written ``""`` so that its line is not blank.
    """
    joined = "\n".join(column)
    clean = (
        not _STARTS_ANY.search("\n" + joined)
        and not _NEEDS_QUOTES.search(joined.replace("\n", ""))
        and joined.count("\n") == max(len(column) - 1, 0)
        and not (single and "" in column)
    )
    if clean:
        return column
    ready = [_quote(neutralise(c)) if c[:1] in _FIRST else _quote(c) for c in column]
    return [c or '""' for c in ready] if single else ready


def write_csv(path: str | os.PathLike[str], header: Sequence[str], columns: Sequence[Sequence[str]],
              chunk: int = 100_000) -> None:
    """Write UTF-8 CSV with CRLF line ends; cells neutralised, then quoted where needed."""
    cells = [_ready_column(col, len(columns) == 1) for col in columns]
    n = len(cells[0]) if cells else 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(_quote(neutralise(h)) for h in header) + "\r\n")
        for start in range(0, n, chunk):
            rows = zip(*(col[start:start + chunk] for col in cells), strict=True)
            handle.write("\r\n".join(map(",".join, rows)) + "\r\n")


def csv_text(header: Sequence[str], columns: Sequence[Sequence[str]]) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(_safe_rows(header, columns))
    return buffer.getvalue()
