"""A dataset's KPI mapping (measure column → catalogue metric, a period column, month or quarter)
and the per-period values it gives: the mean of each mapped column over its valid numeric cells.
Pure: a raw table in, figures out; the caller keeps the raw table inside the pipeline."""
from __future__ import annotations

import calendar
import math
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from anonymiser.tabular import Table
from exchange.benchmarks.catalogue import METRICS, Metric
from exchange.domain.errors import ValidationFailed

GRANULARITIES = ("month", "quarter")
MAX_VALUES = 5_000  # per dataset: 40 years of months for ten metrics
DATE_SAMPLE = 20
_DATE_FORMATS = (
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?"), ("y", "m", "d")),
    (re.compile(r"(\d{4})-(\d{1,2})"), ("y", "m")),
    (re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), ("d", "m", "y")),
)


def mappable_metrics() -> tuple[Metric, ...]:
    """Metrics a table's column can give per period: enterable operational measures that take a
    plain value (not the deployment's own figures such as payback, nor money, shown only as bands)."""
    return tuple(m for m in METRICS.values()
                 if m.enterable and not m.banded and "value" in m.phases and "before" in m.phases)


def suggest_metric(column: str) -> str | None:
    """The metric a column's name names (``oee_pct`` or ``oee`` → ``oee_pct``), else None."""
    name = re.sub(r"[^a-z0-9]+", "_", column.casefold()).strip("_")
    for metric in mappable_metrics():
        stem = metric.code.rsplit("_", 1)[0] if metric.code.endswith(("_pct", "_h", "_days")) else metric.code
        if name in (metric.code, stem):
            return metric.code
    return None


@dataclass(frozen=True)
class KpiMapping:
    """What the contributor chose; stored as JSON on the dataset revision."""

    metrics: dict[str, str] = field(default_factory=dict)  # column → metric code
    period_column: str | None = None
    granularity: str = "month"

    def as_json(self) -> dict[str, Any] | None:
        if not self.metrics:
            return None
        return {"metrics": dict(self.metrics), "period_column": self.period_column, "granularity": self.granularity}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> KpiMapping:
        if not data:
            return cls()
        return cls(dict(data.get("metrics") or {}), data.get("period_column"), data.get("granularity") or "month")


@dataclass(frozen=True)
class PeriodValue:
    metric: str
    period_end: date
    value: float
    cells: int  # how many numeric cells the mean is over


def parse_period(cell: str) -> date | None:
    """A date from ISO (2024-03-15, 2024-03, with a time), 2024/03/15 or UK 15/03/2024; else None."""
    text = cell.strip()
    for pattern, order in _DATE_FORMATS:
        match = pattern.fullmatch(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            try:
                return date(parts["y"], parts["m"], parts.get("d", 1))
            except ValueError:
                return None
    return None


def period_end(day: date, granularity: str) -> date:
    """The last day of the month or quarter ``day`` falls in."""
    month = day.month if granularity == "month" else 3 * ((day.month - 1) // 3) + 3
    return date(day.year, month, calendar.monthrange(day.year, month)[1])


def date_columns(table: Table) -> tuple[str, ...]:
    """Columns whose first non-blank cells (up to DATE_SAMPLE) are all dates."""
    found = []
    for name, cells in zip(table.header, table.columns, strict=True):
        sample = [c for c in cells if c.strip()][:DATE_SAMPLE]
        if sample and all(parse_period(c) for c in sample):
            found.append(name)
    return tuple(found)


def _number(cell: str) -> float | None:
    try:
        number = float(cell.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def validate_mapping(table: Table, roles: Mapping[str, str], mapping: KpiMapping) -> None:
    """ValidationFailed (keyed by column, ``period`` or ``granularity``) unless every mapped column
    is a measure column whose numeric cells all lie in its metric's valid range."""
    period_values(table, roles, mapping, today=date.max)


def period_values(table: Table, roles: Mapping[str, str], mapping: KpiMapping, *, today: date) -> list[PeriodValue]:
    """The mean of each mapped column per period, over its valid numeric cells (blank or
    non-numeric cells and rows without a date are left out; periods ending after ``today`` are
    not complete and are left out). Refuses, all errors at once, any cell outside a metric's range."""
    if not mapping.metrics:
        return []
    errors = _mapping_errors(table, roles, mapping)
    if errors:
        raise ValidationFailed("The KPI columns were refused: " + " ".join(errors.values()), errors)
    assert mapping.period_column is not None
    periods = [parse_period(c) for c in table.column(mapping.period_column)]
    found: list[PeriodValue] = []
    for column, code in mapping.metrics.items():
        metric = METRICS[code]
        sums: dict[date, list[float]] = defaultdict(list)
        outside = 0
        for day, cell in zip(periods, table.column(column), strict=True):
            number = _number(cell)
            if number is None:
                continue
            if not metric.minimum <= number <= metric.maximum:
                outside += 1
            elif day is not None:
                sums[period_end(day, mapping.granularity)].append(number)
        if outside:
            errors[column] = (f"Column '{column}': {outside} cell{'s' if outside != 1 else ''} outside the valid range "
                              f"of {metric.label} ({metric.minimum:g} to {metric.maximum:g} {metric.unit}).")
            continue
        values = [v for cells in sums.values() for v in cells]
        if metric.unit == "%" and values and max(values) <= 1 and min(values) >= 0 and any(values):
            errors[column] = (f"Column '{column}' holds fractions between 0 and 1; {metric.label} is in per cent "
                              "(0 to 100): give per cent or do not map it.")
            continue
        found += [PeriodValue(code, end, sum(cells) / len(cells), len(cells))
                  for end, cells in sorted(sums.items()) if end <= today]
    if errors:
        raise ValidationFailed("The KPI columns were refused: " + " ".join(errors.values()), errors)
    if len(found) > MAX_VALUES:
        raise ValidationFailed(f"At most {MAX_VALUES} period values per dataset: choose quarters or fewer columns.",
                               {"granularity": f"More than {MAX_VALUES} period values."})
    return found


def _mapping_errors(table: Table, roles: Mapping[str, str], mapping: KpiMapping) -> dict[str, str]:
    errors: dict[str, str] = {}
    allowed = {m.code for m in mappable_metrics()}
    used: dict[str, str] = {}
    for column, code in mapping.metrics.items():
        if column not in table.header:
            errors[column] = f"Column '{column[:80]}' is not in the table."
        elif roles.get(column) != "measure":
            errors[column] = f"Column '{column}' is not a measure column: only measure columns can give KPI values."
        elif code not in allowed:
            errors[column] = f"Column '{column}': choose a metric of the catalogue that takes values per period."
        elif code in used:
            errors[column] = f"Columns '{used[code]}' and '{column}' both give {METRICS[code].label}: map one."
        used.setdefault(code, column)
    if mapping.granularity not in GRANULARITIES:
        errors["granularity"] = "Choose month or quarter."
    if mapping.period_column is None or mapping.period_column not in table.header:
        errors["period"] = "Choose the column that dates each row."
    elif mapping.period_column not in date_columns(table):
        errors["period"] = f"Column '{mapping.period_column}' does not hold dates (for example 2024-03-15 or 2024-03)."
    return errors
