"""Amounts by their column: in a table whose column's header names its currency, every figure in it is money.

A budget tracker, a timesheet, an invoice's lines or a grant claim pasted into a case study write the currency once,
in the header ("Budget £", "Day rate (£)", "Total GBP", "Cost (£k)"), and bare figures below it ("286,000.00",
"690"): the money recogniser reads an amount by its currency, which a cell has none of. This second opinion reads
the tables of pipe-, tab- or comma-separated rows (``table_column.tables``): under a header naming a currency, each
figure nothing else was found in is an amount of that currency (thousands or millions when the header says so:
"£k", "£000", "(£m)"), banded like any. Noughts stay ("0.00" says nothing).

Tables laid out by spaces (``spaced_tables``: an invoice's lines, a claim's summary, an expense form) are read too,
and there a header need not name the currency itself: a column headed by a word for an amount ("Unit Price", "Net
Value", "Eligible costs", "Rate/hr") is one when the section's heading or another header cell names the currency
("PROJECT FINANCES (GBP)", "... Amount   Currency   GBP"), or, in a text that names its currency, when its
figures are written with pence ("495.00"); under such a heading, any column not headed by a word for what is counted
("Qty", "Hours", "Year") holds amounts where its figures are grouped in thousands or have pence ("318,400").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import ReadsFindings
from anonymiser.text.recognisers.money import NAMED, symbol
from anonymiser.text.recognisers.table_column import Cell, columns, tables
from anonymiser.text.spaced_tables import SpacedTable, spaced_tables
from anonymiser.text.spans import Span

NAME = "money_column"

# A header naming its currency, perhaps with a scale: "Budget £", "Day rate (£)", "Unit GBP", "EUR", "Cost (£k)",
# "Value £000", "(€m)".
_CURRENCY = re.compile(rf"(?P<cur>{NAMED})[ \t]*(?P<scale>k\b|000\b|'000\b|m\b|mn\b)?")
_SCALE = {"k": 1e3, "000": 1e3, "'000": 1e3, "m": 1e6, "mn": 1e6}
# A figure alone in its cell, as a spreadsheet writes one: "286,000.00", "-2,712.40", "(1,250)", "690", "48.5".
_FIGURE = re.compile(r"[-+\u2212]?\(?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\)?")


class MoneyColumnRecogniser(ReadsFindings):
    name = NAME

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        text = doc.text
        first = _CURRENCY.search(text)
        if first is None and not _PAY_HINT.search(doc.lower):
            return
        found_tables = tables(text)
        laid_out = list(spaced_tables(text, _amounts_header)) if first is not None else []
        if not found_tables and not laid_out:
            return
        covered = bytearray(len(text))
        for span in found:
            covered[span.start:span.end] = b"\x01" * (span.end - span.start)
        lines = [m.start() for m in _NEWLINE.finditer(text)] if found_tables else []
        for cells in found_tables:
            yield from _column_amounts(text, cells, covered, first, lines)
        for table in laid_out:
            yield from _spaced_amounts(text, table, covered, first)


def _column_amounts(text: str, cells: Sequence[Cell], covered: bytearray, first: re.Match[str] | None,
                    lines: Sequence[int]) -> Iterator[Span]:
    """The amounts of a table of pipe-, tab- or comma-separated rows: under a header naming its currency
    ("Day rate (£)", "base_salary_gbp"); and, as in a table laid out by spaces (``_spaced_amounts``), under a word for
    an amount ("Amount", "OT pay", "Hourly rate") in the currency the table's heading, another header or the row
    names ("... (all figures in GBP)", "| EUR | 42.00 |"), or in the text's when its figures are written as money;
    under a word for pay ("Salary", "basic_pay"), in a text naming no currency, in pounds."""
    table = columns(cells)
    heads = [_header(text, column) for column in table]
    named = [None if h is None or _FIGURE.fullmatch(text, h.start, h.end) else _HEADER_CURRENCY.search(text, h.start, h.end)
             for h in heads]
    scope = _table_heading_currency(text, cells[0].start) or next((m for m in named if m), None)
    words = [_Header(set(_WORD.findall(text[h.start:h.end].lower())) if h is not None else set()) for h in heads]
    rows: dict[int, re.Match[str]] = {}  # (a row's own currency, in a cell of its own: "| EUR | 42.00 |")
    for column, head in zip(table, heads):
        for cell in column:
            if cell is not head and (m := _CELL_CURRENCY.fullmatch(text, cell.start, cell.end)):
                rows[bisect_left(lines, cell.start)] = m
    for k, (column, head) in enumerate(zip(table, heads)):
        if head is None:
            continue
        header = words[k]
        for cell in column[column.index(head) + 1:]:
            start, end = _unquoted(text, cell)
            figure = _FIGURE.fullmatch(text, start, end)
            if figure is None or any(covered[start:end]):
                continue
            currency = named[k]
            if currency is None and not header.none:
                pence, grouped = _PENCE.search(figure.group()), _GROUPED.search(figure.group())
                row = rows.get(bisect_left(lines, start)) if rows else None
                if (row or scope) is not None and (header.paid or not header.counted and header.amount and (pence or grouped)):
                    currency = row or scope
                elif first is not None and header.paid and (pence or grouped and header.price):
                    currency = first
                elif first is None and header.pay and (pence or grouped or len(figure.group("num")) >= 4):
                    currency = _POUNDS.match("£")
            if currency is not None and (span := _amount(figure, currency)):
                yield span


def _header(text: str, column: Sequence[Cell]) -> Cell | None:
    """A column's header: its first cell with anything in it (a title's row above a data file's header leaves the
    columns after its first empty), if no figure."""
    head = next((c for c in column[:_TITLE_ROWS + 1] if c.end > c.start), None)
    return None if head is None or head is column[-1] else head


_TITLE_ROWS = 3


def _line_before(text: str, line_start: int) -> tuple[int, int] | None:
    """Where the line before the one starting at ``line_start`` starts and ends (none before the first)."""
    if line_start <= 0:
        return None
    end = line_start - 1
    return text.rfind("\n", 0, end) + 1, end


def _table_heading_currency(text: str, start: int) -> re.Match[str] | None:
    """The currency the line above a table (a blank line between allowed) names as its heading does: "Overtime
    claims (all figures in GBP)"."""
    line = _line_before(text, text.rfind("\n", 0, start) + 1)
    if line is not None and not text[line[0]:line[1]].strip():
        line = _line_before(text, line[0])
    if line is None or not text[line[0]:line[1]].strip():
        return None
    return _section_currency(text, *line)


def _amount(figure: re.Match[str], currency: re.Match[str]) -> Span | None:
    """A figure of a column of amounts in the currency (and scale) a header or heading names; none for a nought."""
    written, scale = symbol(currency.group("cur")), _SCALE.get(currency.group("scale") or "", 1.0)
    value = float(figure.group("num").replace(",", "")) * scale
    if not value:
        return None
    return Span(figure.start(), figure.end(), "money", NAME, 0.85, "Amount", f"{written}{value}",
                "A figure in a column of amounts", (("currency", written), ("value", repr(value))))


# Words of a header over amounts ("Unit Price", "Net Value", "Eligible costs", "Gross salary*", "Rate/hr", "VAT"),
# and over what is counted, not paid ("Qty", "Hrs/Qty", "Hours", "FTE", "Year"): an amount's word wins ("Rate/hr").
# Some name nothing else ("Cost", "Salary"): their figures are amounts when grouped in thousands too ("71,500"). Others
# are amounts' only in a text that names its currency ("NET", "VAT", "GROSS" over "495.00"); the rest ("Total",
# "Value", "Rate", "Remaining") only under a heading or beside a header cell naming the currency ("Value" and "Rate"
# head a pH's or a flow's figures too), except a rate by the hour or day ("Rate/hr", "Day rate").
_PRICE_WORDS = frozenset("amount amounts cost costs price prices fee fees salary salaries budget spend charge charges".split())
# (and a pay slip's, a payroll export's and an overtime claim's words for pay: "Basic pay", "OT_PAY", "Shift allowance")
_PAY_WORDS = frozenset("salary salaries pay wage wages earnings remuneration bonus allowance allowances allow premium "
                       "deduction deductions".split())
_PAID_WORDS = _PRICE_WORDS | _PAY_WORDS | frozenset("net vat gross subtotal spent grant claimed paid payable invoiced".split())
_AMOUNT_WORDS = _PAID_WORDS | frozenset("rate rates total totals value claim remaining balance variance var forecast eligible".split())
# (a rate by the hour or the day, or paid: "Rate/hr", "Day rate", "OT rate", "Basic rate", "pay_rate")
_TIME_WORDS = frozenset("hr hrs hour hourly day daily ot overtime pay basic charge shift night weekend agency".split())
# Words of a header over what is no amount, though it names pay: "Pay grade", "pay_period", "Salary band", "Bonus %".
_NOT_AMOUNT_WORDS = frozenset("grade band point scale period date code ref id no number type frequency method status".split())
_PAY_HINT = re.compile(r"salar|wage|pay|earning|remunerat|bonus|allowance")
# A header's currency, in capitals or not and in a field's name ("base_salary_gbp", "Amount (gbp)", "Rate £/hr").
_HEADER_CURRENCY = re.compile(r"(?P<cur>[£€$]|(?<![A-Za-z])(?i:gbp|eur|usd|chf)(?![A-Za-z]))[ \t]*(?P<scale>k\b|000\b|'000\b|m\b|mn\b)?")
# A cell that is a currency alone: a row's own ("| EUR | 42.00 |").
_CELL_CURRENCY = re.compile(r"(?P<cur>[£€$]|GBP|EUR|USD|CHF)(?P<scale>)")
_POUNDS = re.compile(r"(?P<cur>£)(?P<scale>)")
_NEWLINE = re.compile(r"\n")
_COUNT_WORDS = frozenset("""qty quantity hours hrs hr h days d units pcs packs no number count fte headcount year years yr
    date week wk month batch lot serial score rank kg weight pct percent""".split())
_WORD = re.compile(r"[a-z]+")
_HAS_FIGURE = re.compile(r"\d[.,]\d")  # (a header's figure: "GBP 39,735.06", "Total 1.5")
_PENCE = re.compile(r"\.\d\d\)?$")
_GROUPED = re.compile(r"\d,\d{3}")


def _amounts_header(line: str, cells: list[tuple[int, int]]) -> bool:
    """Whether a line laid out by spaces heads a table with a column of amounts: no figure in it, and one cell naming
    a currency or a word for an amount."""
    if _HAS_FIGURE.search(line) or any(_FIGURE.fullmatch(line, a, b) for a, b in cells):
        return False
    return any(_CURRENCY.search(line, a, b) or not _AMOUNT_WORDS.isdisjoint(_WORD.findall(line[a:b].lower()))
               for a, b in cells)


def _spaced_amounts(text: str, table: SpacedTable, covered: bytearray, first: re.Match[str]) -> Iterator[Span]:
    """The amounts in a table laid out by spaces (the module's docstring says which columns hold them); the
    currency of a column that does not name its own is the heading's, another header cell's or the text's ``first``."""
    named = [_CURRENCY.search(text, a, b) for a, b in table.header]
    scope = next((m for m in named if m), None)
    if table.heading and (heading := _section_currency(text, *table.heading)):
        scope = heading
    headers = [_Header(set(_WORD.findall(text[a:b].lower()))) for a, b in table.header]
    for row in table.rows:
        for (start, end), k in zip(row.cells, table.columns_of(row)):
            start, end = _unquoted(text, Cell(0, start, end))
            figure = _FIGURE.fullmatch(text, start, end)
            if figure is None or k is None or any(covered[start:end]):
                continue
            header = headers[k]
            pence, grouped = _PENCE.search(figure.group()), _GROUPED.search(figure.group())
            currency = named[k]
            if currency is None and scope is not None and (
                    header.paid or not header.counted and (pence or grouped or header.amount)):
                currency = scope
            elif currency is None and header.paid and (pence or grouped and header.price):
                currency = first
            if currency is not None and (span := _amount(figure, currency)):
                yield span


class _Header:
    """What a header cell's words say of its column: a price's ("Cost"), a paid amount's ("NET", "Rate/hr"), any
    amount's ("Total") or a count's ("Qty")."""

    def __init__(self, words: set[str]) -> None:
        self.price = not _PRICE_WORDS.isdisjoint(words)
        self.paid = _paid(words)
        self.amount = not _AMOUNT_WORDS.isdisjoint(words)
        self.counted = not _COUNT_WORDS.isdisjoint(words)
        self.pay = not _PAY_WORDS.isdisjoint(words) or "rate" in words and not _TIME_WORDS.isdisjoint(words)
        self.none = not _NOT_AMOUNT_WORDS.isdisjoint(words)  # (a pay grade's, a pay date's: no amount's)


def _paid(words: set[str]) -> bool:
    return not _PAID_WORDS.isdisjoint(words) or "rate" in words and not _TIME_WORDS.isdisjoint(words)


# A section's heading naming the currency of its table, not an amount: "PROJECT FINANCES (GBP)", "3. COST BUILD-UP
# (GBP, excl. VAT)", "Budget (£000)", "Currency: GBP"; not "Budget £4.1m" or "4,100 GBP".
def _section_currency(text: str, start: int, end: int) -> re.Match[str] | None:
    for m in _CURRENCY.finditer(text, start, end):
        if not text[m.end():end].lstrip()[:1].isdigit() and not text[start:m.start()].rstrip()[-1:].isdigit():
            return m
    return None


def _unquoted(text: str, cell: Cell) -> tuple[int, int]:
    """A cell's stretch without the quotes a comma-separated export puts round a figure with commas ("286,000.00")."""
    start, end = cell.start, cell.end
    if end - start >= 2 and text[start] == '"' and text[end - 1] == '"':
        return start + 1, end - 1
    return start, end


RECOGNISER = MoneyColumnRecogniser()
