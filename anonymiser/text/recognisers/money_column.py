"""Amounts by their column: in a table whose column's header names its currency, every figure in it is money.

A budget tracker, a timesheet, an invoice's lines or a grant claim pasted into a case study write the currency once,
in the header ("Budget £", "Day rate (£)", "Total GBP", "Cost (£k)"), and bare figures below it ("286,000.00",
"690"): the money recogniser reads an amount by its currency, which a cell has none of. This second opinion reads
the tables of pipe-, tab- or comma-separated rows (``table_column.tables``): under a header naming a currency, each
figure nothing else was found in is an amount of that currency (thousands or millions when the header says so:
"£k", "£000", "(£m)"), banded like any. Noughts stay ("0.00" says nothing).
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import ReadsFindings
from anonymiser.text.recognisers.money import NAMED, symbol
from anonymiser.text.recognisers.table_column import Cell, columns, tables
from anonymiser.text.spans import Span

NAME = "money_column"

# A header naming its currency, perhaps with a scale: "Budget £", "Day rate (£)", "Unit GBP", "EUR", "Cost (£k)",
# "Value £000", "(€m)".
_CURRENCY = re.compile(rf"(?P<cur>{NAMED})[ \t]*(?P<scale>k\b|000\b|'000\b|m\b|mn\b)?")
_SCALE = {"k": 1e3, "000": 1e3, "'000": 1e3, "m": 1e6, "mn": 1e6}
# A figure alone in its cell, as a spreadsheet writes one: "286,000.00", "-2,712.40", "(1,250)", "690", "48.5".
_FIGURE = re.compile(r"[-\u2212]?\(?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\)?")


class MoneyColumnRecogniser(ReadsFindings):
    name = NAME

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        text = doc.text
        if not _CURRENCY.search(text):
            return
        found_tables = tables(text)
        if not found_tables:
            return
        covered = bytearray(len(text))
        for span in found:
            covered[span.start:span.end] = b"\x01" * (span.end - span.start)
        for cells in found_tables:
            yield from _column_amounts(text, cells, covered)


def _column_amounts(text: str, cells: Sequence[Cell], covered: bytearray) -> Iterator[Span]:
    for column in columns(cells):
        header = column[0]
        named = _CURRENCY.search(text, header.start, header.end)
        if named is None or _FIGURE.fullmatch(text, header.start, header.end):
            continue
        written, scale = symbol(named.group("cur")), _SCALE.get(named.group("scale") or "", 1.0)
        for cell in column[1:]:
            start, end = _unquoted(text, cell)
            figure = _FIGURE.fullmatch(text, start, end)
            if figure is None or any(covered[start:end]):
                continue
            value = float(figure.group("num").replace(",", "")) * scale
            if value == 0:
                continue
            yield Span(start, end, "money", NAME, 0.85, "Amount", f"{written}{value}",
                       "A figure in a column of amounts", (("currency", written), ("value", repr(value))))


def _unquoted(text: str, cell: Cell) -> tuple[int, int]:
    """A cell's stretch without the quotes a comma-separated export puts round a figure with commas ("286,000.00")."""
    start, end = cell.start, cell.end
    if end - start >= 2 and text[start] == '"' and text[end - 1] == '"':
        return start + 1, end - 1
    return start, end


RECOGNISER = MoneyColumnRecogniser()
