"""Tables laid out by spaces, as a report, an invoice or a claim form pasted as text draws them:

    3. COST BUILD-UP (GBP, excl. VAT)                      <- the heading above the table, if any
    Item                          Hrs/Qty     Rate        Amount      <- the header: cells two or more spaces apart
    Cameras, optics, lighting     1 lot       -          41,860.00    <- rows, up to a blank line
    Mechanical design             96 h        92.00       8,832.00

A row of as many cells as the header has one under each header cell; in another, a cell belongs to the header's
cell it stands under (the most columns shared; figures are right-aligned and may start left of their header), or to
one whose edge is a space or two away. A header holds no figure; a second header line under it ("(budget)  (before
claim)") is passed over, and another header after rows starts another table. Ruled lines ("-----",
"==========  ======") between the header and the rows or among them are passed over.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

# A cell: words and figures one space apart; two spaces or more (or a tab) end it.
_CELL = re.compile(r"\S+(?: \S+)*")
_RULE = re.compile(r"[ \t]*[-=_]{3,}(?:[ \t+|]+[-=_]{3,})*[ \t]*")
_MAX_ROWS = 80
_MAX_CELLS = 40  # (no table a person reads has more columns: a line of more is no header)
# (how far a row's cell may stand beyond its header's edge and still be under it)
_SLACK = 2


@dataclass(frozen=True)
class Row:
    line: int  # where the row's line starts in the text
    cells: tuple[tuple[int, int], ...]  # its cells, as offsets in the text


@dataclass(frozen=True)
class SpacedTable:
    heading: tuple[int, int] | None  # the non-blank line just above the header (a blank line between allowed)
    line: int  # where the header's line starts in the text
    header: tuple[tuple[int, int], ...]  # the header's cells, as offsets in the text
    rows: tuple[Row, ...]

    @cached_property
    def _edges(self) -> tuple[list[int], list[int]]:
        """The header cells' starts and ends within their line (in order: cells never overlap)."""
        return [a - self.line for a, _ in self.header], [b - self.line for _, b in self.header]

    def columns_of(self, row: Row) -> list[int | None]:
        """The index of the header cell each cell of ``row`` stands under (None for none): a row of as many cells
        as the header's, one under each, whatever its spacing; another by where its cells stand."""
        if len(row.cells) == len(self.header):
            return list(range(len(row.cells)))
        return [self._column_of(a - row.line, b - row.line) for a, b in row.cells]

    def _column_of(self, a: int, b: int) -> int | None:
        starts, ends = self._edges
        best, best_shared = None, 0
        k = bisect_right(ends, a)  # (the first header cell ending after the cell's start: those before share nothing)
        while k < len(starts) and starts[k] < b:
            if (shared := min(b, ends[k]) - max(a, starts[k])) > best_shared:
                best, best_shared = k, shared
            k += 1
        if best is not None:
            return best
        k = bisect_left(ends, a - _SLACK)
        while k < len(starts) and starts[k] - _SLACK <= b:
            if a <= ends[k] + _SLACK:
                return k
            k += 1
        return None


def lines_and_starts(text: str) -> tuple[list[str], list[int]]:
    """The text's lines, and where each starts in it."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return lines, starts


def spaced_tables(text: str, is_header: Callable[[str, list[tuple[int, int]]], bool]) -> Iterator[SpacedTable]:
    """Each table laid out by spaces whose header line ``is_header`` accepts (given the line and its cells'
    offsets within it); a line is read as a header or a row once at most."""
    if "  " not in text:
        return
    lines, starts = lines_and_starts(text)
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not (cells := _heads(line, is_header)):
            continue
        header_line, at = i - 1, starts[i - 1]
        while i < len(lines) and _heads(lines[i], is_header):
            i += 1  # (a header written on two lines: "Total eligible   Costs to date" over "(budget)   (before claim)")
        rows: list[Row] = []
        while i < len(lines) and len(rows) < _MAX_ROWS and lines[i].strip() and not _heads(lines[i], is_header):
            if not _RULE.fullmatch(lines[i]):
                rows.append(Row(starts[i], tuple((starts[i] + a, starts[i] + b) for a, b in
                                                 (m.span() for m in _CELL.finditer(lines[i])))))
            i += 1
        if rows:
            yield SpacedTable(_heading(lines, starts, header_line), at, tuple((at + a, at + b) for a, b in cells),
                              tuple(rows))


def _heads(line: str, is_header: Callable[[str, list[tuple[int, int]]], bool]) -> list[tuple[int, int]]:
    """The cells of a line that heads a table (two or more, none a form's "Label: value"), or none."""
    if "  " not in line or "|" in line or "\t" in line or ": " in line:
        return []
    cells = [m.span() for m in _CELL.finditer(line)]
    return cells if 2 <= len(cells) <= _MAX_CELLS and is_header(line, cells) else []


def _heading(lines: list[str], starts: list[int], header_line: int) -> tuple[int, int] | None:
    k = header_line - 1
    if k >= 1 and not lines[k].strip():
        k -= 1  # (one blank line between a section's title and its table)
    if k < 0 or not lines[k].strip() or _RULE.fullmatch(lines[k]):
        return None
    return starts[k], starts[k] + len(lines[k])
