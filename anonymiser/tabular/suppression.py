"""Local suppression: drop the most extreme outlier records, within a budget, before partitioning.

An outlier lies more than ``FENCE`` interquartile ranges outside the quartiles of a number or
date quasi-identifier; one such record would stretch its whole equivalence class's interval.
Records are ranked by how far out they lie (in IQRs, worst dimension) and at most
``floor(budget * rows)`` of them are suppressed.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from anonymiser.tabular.codecs import QuasiColumn
from anonymiser.tabular.values import Kind

FENCE = 3.0


def outlier_scores(columns: Sequence[QuasiColumn]) -> np.ndarray:
    """Per row, the largest distance outside the fences in IQR units (0 for inliers)."""
    n = columns[0].codes.size if columns else 0
    score = np.zeros(n)
    for column in columns:
        if column.kind not in (Kind.NUMBER, Kind.DATE):
            continue
        present = column.codes > 0
        if present.sum() < 4:
            continue
        values = column.scale[column.codes]
        q1, q3 = np.percentile(values[present], [25, 75])
        iqr = q3 - q1
        if iqr <= 0:
            continue
        beyond = np.maximum(q1 - FENCE * iqr - values, values - q3 - FENCE * iqr) / iqr
        score = np.maximum(score, np.where(present, beyond, 0.0))
    return score


def choose_suppressed(columns: Sequence[QuasiColumn], budget: float) -> np.ndarray:
    """Indices of the rows to suppress, worst outliers first, at most ``floor(budget * rows)``."""
    score = outlier_scores(columns)
    allowed = int(np.floor(budget * score.size + 1e-9))
    candidates = np.flatnonzero(score > 0)
    if allowed <= 0 or candidates.size == 0:
        return np.array([], dtype=np.int64)
    worst = candidates[np.argsort(-score[candidates], kind="stable")]
    return np.sort(worst[:allowed])
