"""What ``anonymise_table`` returns: the published columns and a report of what was done."""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from typing import Any

from anonymiser.tabular.output import csv_text, write_csv


@dataclass(frozen=True)
class ColumnReport:
    suggested: str
    reason: str
    final: str
    action: str
    kind: str | None = None
    hierarchy: tuple[str, ...] = ()
    information_loss: float | None = None


@dataclass(frozen=True)
class TableReport:
    k_requested: int
    l_requested: int
    rows_in: int
    rows_out: int
    records_suppressed: int
    suppression_budget: float
    k_achieved: int | None
    l_achieved: dict[str, int]
    equivalence_classes: int
    size_distribution: dict[str, int]
    information_loss_ncp: float
    risk_highest: float
    risk_average: float
    columns: dict[str, ColumnReport]
    fully_suppressed: bool = False
    warnings: tuple[str, ...] = ()

    @property
    def suppressed_fraction(self) -> float:
        return self.records_suppressed / self.rows_in if self.rows_in else 0.0

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["suppressed_fraction"] = self.suppressed_fraction
        data["warnings"] = list(self.warnings)
        for column in data["columns"].values():
            column["hierarchy"] = list(column["hierarchy"])
        return data


@dataclass(frozen=True)
class TableResult:
    header: tuple[str, ...]
    columns: tuple[list[str], ...]
    report: TableReport
    pseudonym_key: bytes | None = field(default=None, repr=False)

    @property
    def n_rows(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    def rows(self) -> list[list[str]]:
        return [list(r) for r in zip(*self.columns, strict=True)]

    def write_csv(self, path: str | os.PathLike[str]) -> None:
        write_csv(path, self.header, self.columns)

    def to_csv(self) -> str:
        return csv_text(self.header, self.columns)
