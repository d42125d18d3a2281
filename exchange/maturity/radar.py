"""Geometry of the radar chart (current vs target vs sector median), drawn as SVG by a template.

Pure: values in, coordinates out. Axis ``i`` points up and turns clockwise; the centre is the
scale's lowest level, the rim its highest.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

SIZE = 420
CENTRE = SIZE / 2
RADIUS = 150
LABEL_RADIUS = RADIUS + 22


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass(frozen=True)
class Axis:
    number: int  # 1-based, as in the table of figures
    name: str
    end: Point
    label: Point


@dataclass(frozen=True)
class Series:
    key: str  # current | target | median
    label: str
    points: tuple[Point | None, ...]  # None: no value on that axis (a withheld median)

    @property
    def polygon(self) -> str:
        """SVG points when every axis has a value, else empty (markers only)."""
        if any(p is None for p in self.points):
            return ""
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points if p is not None)


@dataclass(frozen=True)
class Radar:
    size: int
    axes: tuple[Axis, ...]
    rings: tuple[tuple[int, str], ...]  # (level, polygon points)
    series: tuple[Series, ...]


def _at(index: int, count: int, fraction: float, radius: float = RADIUS) -> Point:
    angle = -math.pi / 2 + 2 * math.pi * index / count
    return Point(round(CENTRE + radius * fraction * math.cos(angle), 1),
                 round(CENTRE + radius * fraction * math.sin(angle), 1))


def radar(names: Sequence[str], low: int, high: int,
          series: Sequence[tuple[str, str, Sequence[float | None]]]) -> Radar:
    """``series``: (key, label, one value per axis or None). Needs three axes or more to be a radar."""
    count = len(names)
    if count < 3 or high <= low:
        raise ValueError("a radar needs at least three axes and a scale")

    def fraction(value: float) -> float:
        return (min(max(value, low), high) - low) / (high - low)

    axes = tuple(Axis(i + 1, name, _at(i, count, 1.0), _at(i, count, 1.0, LABEL_RADIUS))
                 for i, name in enumerate(names))
    rings = tuple((level, " ".join(f"{p.x:.1f},{p.y:.1f}" for p in
                                   (_at(i, count, fraction(level)) for i in range(count))))
                  for level in range(low + 1, high + 1))
    drawn = tuple(Series(key, label, tuple(None if v is None else _at(i, count, fraction(v))
                                           for i, v in enumerate(values)))
                  for key, label, values in series)
    return Radar(SIZE, axes, rings, drawn)
