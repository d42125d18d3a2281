"""A table held column by column, every cell a string ('' for empty)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from anonymiser.errors import InputTooLarge, InvalidInput
from anonymiser.tabular.limits import DEFAULT_LIMITS, Limits
from anonymiser.tabular.values import factorise


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    columns: tuple[list[str], ...]
    _coded: dict[str, tuple[list[str], np.ndarray]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def n_rows(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    def column(self, name: str) -> list[str]:
        return self.columns[self.header.index(name)]

    def coded(self, name: str) -> tuple[list[str], np.ndarray]:
        """The column's distinct values and each row's index into them (computed once)."""
        if name not in self._coded:
            self._coded[name] = factorise(self.column(name))
        return self._coded[name]


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
    """Accumulates rows, enforcing the row and width limits as it goes and cell lengths at the end."""

    def __init__(self, header: Sequence[object], limits: Limits = DEFAULT_LIMITS) -> None:
        if not header:
            raise InvalidInput("the table has no columns")
        if len(header) > limits.max_columns:
            raise InputTooLarge(f"the table has {len(header)} columns; the limit is {limits.max_columns}")
        self.header = clean_header(header)
        self.limits = limits
        self.rows: list[Sequence[str]] = []

    def add(self, row: Sequence[str]) -> None:
        width = len(self.header)
        if len(row) != width:
            if len(row) > width and any(c.strip() for c in row[width:]):
                raise InvalidInput(f"row {len(self.rows) + 2} has {len(row)} fields; the header has {width}")
            row = [*row[:width], *([""] * (width - len(row)))]
        self.rows.append(row)
        if len(self.rows) > self.limits.max_rows:
            raise InputTooLarge(f"the table has more than {self.limits.max_rows} rows")

    def extend(self, rows: Iterable[Sequence[str]]) -> None:
        width, limit, kept = len(self.header), self.limits.max_rows, self.rows
        if isinstance(rows, list) and set(map(len, rows)) <= {width}:
            if len(kept) + len(rows) > limit:
                raise InputTooLarge(f"the table has more than {limit} rows")
            kept.extend(rows)
            return
        for row in rows:
            if len(row) != width:
                self.add(row)
                continue
            kept.append(row)
            if len(kept) > limit:
                raise InputTooLarge(f"the table has more than {limit} rows")

    def build(self) -> Table:
        if not self.rows:
            raise InvalidInput("the table has a header but no rows")
        columns = tuple(list(col) for col in zip(*self.rows, strict=True))
        self.rows = []
        for name, col in zip(self.header, columns, strict=True):
            if max(map(len, col)) > self.limits.max_cell_chars:
                raise InputTooLarge(
                    f"a cell in column {name!r} is longer than {self.limits.max_cell_chars} characters"
                )
        return Table(self.header, columns)


def table_from_rows(rows: Sequence[Sequence[object]], limits: Limits = DEFAULT_LIMITS) -> Table:
    """Build a table from in-memory rows; the first row is the header."""
    if not rows:
        raise InvalidInput("the table is empty")
    builder = TableBuilder(rows[0], limits)
    for row in rows[1:]:
        builder.add(["" if c is None else str(c) for c in row])
    return builder.build()
