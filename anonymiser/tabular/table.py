"""A table held column by column, every cell a string ('' for empty)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from anonymiser.errors import InputTooLarge, InvalidInput
from anonymiser.tabular.limits import DEFAULT_LIMITS, Limits


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    columns: tuple[list[str], ...]

    @property
    def n_rows(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    def column(self, name: str) -> list[str]:
        return self.columns[self.header.index(name)]


def clean_header(raw: Sequence[object]) -> tuple[str, ...]:
    """Strip names, name blank ones ``column_N`` and make duplicates unique (``name_2``)."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for i, cell in enumerate(raw, start=1):
        name = str(cell if cell is not None else "").strip().lstrip("\ufeff") or f"column_{i}"
        if name.casefold() in seen:
            seen[name.casefold()] += 1
            name = f"{name}_{seen[name.casefold()]}"
        seen.setdefault(name.casefold(), 1)
        out.append(name)
    return tuple(out)


class TableBuilder:
    """Accumulates rows into columns, enforcing the limits as it goes."""

    def __init__(self, header: Sequence[object], limits: Limits = DEFAULT_LIMITS) -> None:
        if not header:
            raise InvalidInput("the table has no columns")
        if len(header) > limits.max_columns:
            raise InputTooLarge(f"the table has {len(header)} columns; the limit is {limits.max_columns}")
        self.header = clean_header(header)
        self.limits = limits
        self.columns: tuple[list[str], ...] = tuple([] for _ in self.header)
        self.n_rows = 0

    def add(self, row: Sequence[str]) -> None:
        width = len(self.header)
        if len(row) > width and any(c.strip() for c in row[width:]):
            raise InvalidInput(f"row {self.n_rows + 2} has {len(row)} fields; the header has {width}")
        self.n_rows += 1
        if self.n_rows > self.limits.max_rows:
            raise InputTooLarge(f"the table has more than {self.limits.max_rows} rows")
        for i, col in enumerate(self.columns):
            cell = row[i] if i < len(row) else ""
            if len(cell) > self.limits.max_cell_chars:
                raise InputTooLarge(
                    f"a cell in column {self.header[i]!r} is longer than {self.limits.max_cell_chars} characters"
                )
            col.append(cell)

    def build(self) -> Table:
        if self.n_rows == 0:
            raise InvalidInput("the table has a header but no rows")
        return Table(self.header, self.columns)


def table_from_rows(rows: Sequence[Sequence[object]], limits: Limits = DEFAULT_LIMITS) -> Table:
    """Build a table from in-memory rows; the first row is the header."""
    if not rows:
        raise InvalidInput("the table is empty")
    builder = TableBuilder(rows[0], limits)
    for row in rows[1:]:
        builder.add(["" if c is None else str(c) for c in row])
    return builder.build()
