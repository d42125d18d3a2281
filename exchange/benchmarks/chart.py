"""Geometry of the server-side SVG chart: plain numbers for the template, no drawing library.

One horizontal row per cell: the quartile band as a box, the median as a line; a withheld cell
is a labelled row with no mark. The scale comes from published figures only (never a min/max).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from exchange.benchmarks.aggregates import BenchmarkCell

WIDTH, LABEL_W, ROW_H, PAD = 640, 200, 28, 12


@dataclass(frozen=True)
class ChartRow:
    label: str
    y: float
    withheld: bool
    median_x: float | None = None
    box_x: float | None = None
    box_w: float | None = None
    text: str = ""


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot_x: int
    plot_w: int
    rows: list[ChartRow]
    ticks: list[tuple[float, str]]
    unit: str


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def build_chart(cells: list[tuple[str, BenchmarkCell]], unit: str) -> Chart | None:
    """``None`` for banded metrics (money is shown as bands in the table only)."""
    figures = [v for _, c in cells for v in (_number(c.q1), _number(c.median), _number(c.q3)) if v is not None]
    if any(isinstance(c.median, str) for _, c in cells):
        return None
    low = min([0.0, *figures])
    high = max([*figures, 1.0]) * 1.1
    plot_w = WIDTH - LABEL_W - PAD

    def x(value: float) -> float:
        return round(LABEL_W + (value - low) / (high - low) * plot_w, 1)

    rows = [_row(label, cell, PAD + i * ROW_H, x, unit) for i, (label, cell) in enumerate(cells)]
    ticks = [(x(low + (high - low) * k / 4), f"{low + (high - low) * k / 4:.3g}") for k in range(5)]
    return Chart(WIDTH, PAD * 2 + ROW_H * len(cells) + 20, LABEL_W, plot_w, rows, ticks, unit)


def _row(label: str, cell: BenchmarkCell, y: float, x: Callable[[float], float], unit: str) -> ChartRow:
    median = _number(cell.median)
    if cell.suppressed or median is None:
        return ChartRow(label, y, True, text=f"{label}: withheld")
    q1, q3 = _number(cell.q1), _number(cell.q3)
    box_x = box_w = None
    text = f"{label}: median {median:g} {unit}, {cell.n_organisations} organisations"
    if q1 is not None and q3 is not None:
        box_x, box_w = x(q1), max(round(x(q3) - x(q1), 1), 1.0)
        text += f", middle half {q1:g} to {q3:g}"
    return ChartRow(label, y, False, x(median), box_x, box_w, text)
