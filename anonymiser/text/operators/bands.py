"""Bands for numbers: money (£1m–£5m), headcounts and batch sizes (10–50)."""
from __future__ import annotations

_MONEY_EDGES = (0, 1e5, 2.5e5, 5e5, 1e6, 5e6, 1e7, 5e7, 1e8, 5e8, 1e9)
_COUNT_EDGES = (0, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 50000, 100000)


def money_band(value: float, symbol: str) -> str:
    return _band(value, _MONEY_EDGES, lambda v: f"{symbol}{_short(v)}", "under", "over")


def count_band(value: float) -> str:
    return _band(value, _COUNT_EDGES, lambda v: f"{v:,.0f}", "fewer than", "more than")


def _band(value: float, edges: tuple[float, ...], fmt: object, below: str, above: str) -> str:
    assert callable(fmt)
    for low, high in zip(edges, edges[1:]):
        if value < high:
            return f"{below} {fmt(high)}" if low == 0 else f"{fmt(low)}–{fmt(high)}"
    return f"{above} {fmt(edges[-1])}"


def _short(value: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if value >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"
