"""Privacy measured from published columns alone: equivalence classes, k, l and prosecutor risk."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from anonymiser.tabular.values import factorise

SIZE_BUCKETS = (1, 2, 3, 4, 5, 10, 20, 50, 100, 1000)


@dataclass(frozen=True)
class Measured:
    rows: int
    classes: int
    k: int | None
    l: dict[str, int] = field(default_factory=dict)
    highest_risk: float = 0.0
    average_risk: float = 0.0
    size_distribution: dict[str, int] = field(default_factory=dict)


def class_ids(quasi: Sequence[Sequence[str]], n: int) -> np.ndarray:
    """Equivalence class of every row: rows with identical quasi-identifier values share one."""
    key = np.zeros(n, dtype=np.int64)
    for column in quasi:
        distinct, codes = factorise(column)
        key = np.unique(key * len(distinct) + codes, return_inverse=True)[1].astype(np.int64).reshape(-1)
    return key


def _bucket(size: int) -> str:
    lower = max(b for b in SIZE_BUCKETS if b <= size)
    later = [b for b in SIZE_BUCKETS if b > lower]
    if not later:
        return f"{lower}+"
    return str(lower) if later[0] == lower + 1 else f"{lower}-{later[0] - 1}"


def measure(quasi: Sequence[Sequence[str]], sensitive: dict[str, Sequence[str]], n: int) -> Measured:
    if n == 0:
        return Measured(0, 0, None, {name: 0 for name in sensitive})
    ids = class_ids(quasi, n)
    sizes = np.bincount(ids)
    diversity: dict[str, int] = {}
    for name, column in sensitive.items():
        distinct, codes = factorise(column)
        pairs = np.unique(ids * len(distinct) + codes)
        diversity[name] = int(np.bincount(pairs // len(distinct), minlength=sizes.size).min())
    distribution: dict[str, int] = {}
    for size, count in zip(*np.unique(sizes, return_counts=True), strict=True):
        label = _bucket(int(size))
        distribution[label] = distribution.get(label, 0) + int(count)
    return Measured(
        rows=n,
        classes=int(sizes.size),
        k=int(sizes.min()),
        l=diversity,
        highest_risk=1.0 / float(sizes.min()),
        average_risk=float(sizes.size) / n,
        size_distribution=distribution,
    )
