"""Replace quasi-identifier values by the label of their equivalence class, and measure the loss."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from anonymiser.tabular.codecs import QuasiColumn


def _members(codes: np.ndarray, classes: np.ndarray, n_classes: int) -> list[list[int]]:
    width = int(codes.max()) + 1
    pairs = np.unique(classes * width + codes)
    owners = pairs // width
    bounds = np.searchsorted(owners, np.arange(n_classes + 1))
    values = (pairs % width).tolist()
    return [values[bounds[c]:bounds[c + 1]] for c in range(n_classes)]


def generalise_column(column: QuasiColumn, rows: np.ndarray, classes: np.ndarray,
                      sizes: np.ndarray) -> tuple[list[str], float]:
    """Published cells (in ``rows`` order) and the column's NCP averaged over rows."""
    n_classes = sizes.size
    if n_classes == 0:
        return [], 0.0
    codes = column.codes[rows]
    order = np.argsort(classes, kind="stable")
    starts = np.searchsorted(classes[order], np.arange(n_classes))
    lo = np.minimum.reduceat(codes[order], starts).tolist()
    hi = np.maximum.reduceat(codes[order], starts).tolist()
    members = _members(codes, classes, n_classes) if column.labeller.needs_members else None
    labels: list[str] = []
    penalties = np.empty(n_classes)
    cache: dict[tuple[int, int], tuple[str, float]] = {}
    for c in range(n_classes):
        if members is None:
            key = (lo[c], hi[c])
            if key not in cache:
                cache[key] = column.labeller.label(lo[c], hi[c], ())
            label, penalty = cache[key]
        else:
            label, penalty = column.labeller.label(lo[c], hi[c], members[c])
        labels.append(label)
        penalties[c] = penalty
    published = np.asarray(labels, dtype=object)[classes].tolist()
    ncp = float((penalties * sizes).sum() / sizes.sum()) if sizes.size else 0.0
    return published, ncp


def generalise(columns: Sequence[QuasiColumn], rows: np.ndarray,
               classes: np.ndarray) -> tuple[list[list[str]], list[float]]:
    sizes = np.bincount(classes) if classes.size else np.zeros(0, dtype=np.int64)
    out = [generalise_column(c, rows, classes, sizes) for c in columns]
    return [cells for cells, _ in out], [ncp for _, ncp in out]
