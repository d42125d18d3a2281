"""Replace quasi-identifier values by the label of their equivalence class, and measure the loss."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from anonymiser.tabular.codecs import MAX_LISTED, QuasiColumn

BITS = 63
MASK_DOMAIN = 4 * BITS


@dataclass(frozen=True)
class Classes:
    """Rows grouped by class: ``order`` sorts rows by class, ``starts`` marks each class in it."""

    ids: np.ndarray
    order: np.ndarray
    starts: np.ndarray
    sizes: np.ndarray

    @classmethod
    def of(cls, ids: np.ndarray) -> Classes:
        sizes = np.bincount(ids) if ids.size else np.zeros(0, dtype=np.int64)
        order = np.argsort(ids, kind="stable")
        return cls(ids, order, np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64), sizes)


def _members(codes: np.ndarray, classes: Classes) -> list[tuple[int, ...]]:
    width = int(codes.max()) + 1
    pairs = np.unique(classes.ids * width + codes)
    bounds = np.searchsorted(pairs // width, np.arange(classes.sizes.size + 1)).tolist()
    values = (pairs % width).tolist()
    return [tuple(values[bounds[c]:bounds[c + 1]]) for c in range(classes.sizes.size)]


def _by_range(column: QuasiColumn, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    width = int(hi.max()) + 1
    unique, inverse = np.unique(lo * width + hi, return_inverse=True)
    labelled = [column.labeller.label(int(u // width), int(u % width), ()) for u in unique]
    labels = np.asarray([t for t, _ in labelled], dtype=object)
    penalties = np.asarray([p for _, p in labelled], dtype=np.float64)
    return labels[inverse.reshape(-1)], penalties[inverse.reshape(-1)]


def _by_members(column: QuasiColumn, codes: np.ndarray, classes: Classes) -> tuple[np.ndarray, np.ndarray]:
    if len(column.scale) <= MASK_DOMAIN:
        return _by_masks(column, codes, classes)
    cache: dict[tuple[int, ...], tuple[str, float]] = {}
    labels = np.empty(classes.sizes.size, dtype=object)
    penalties = np.empty(classes.sizes.size)
    for c, members in enumerate(_members(codes, classes)):
        if members not in cache:
            cache[members] = column.labeller.label(members[0], members[-1], members)
        labels[c], penalties[c] = cache[members]
    return labels, penalties


def _bits(words: list[int]) -> tuple[int, ...]:
    out: list[int] = []
    for w, value in enumerate(words):
        while value:
            low = value & -value
            out.append(w * BITS + low.bit_length() - 1)
            value ^= low
    return tuple(out)


def _by_masks(column: QuasiColumn, codes: np.ndarray, classes: Classes) -> tuple[np.ndarray, np.ndarray]:
    """Each class's set of codes as a bit mask (small domains), labelled once per distinct set."""
    ordered = codes[classes.order]
    n_words = (len(column.scale) + BITS - 1) // BITS
    bit = np.left_shift(np.int64(1), ordered % BITS)
    masks = np.empty((classes.sizes.size, n_words), dtype=np.int64)
    for w in range(n_words):
        masks[:, w] = np.bitwise_or.reduceat(np.where(ordered // BITS == w, bit, 0), classes.starts)
    unique, inverse = np.unique(masks, axis=0, return_inverse=True)
    counts = np.bitwise_count(unique).sum(axis=1)
    labelled = [
        ("*", 1.0) if count > MAX_LISTED else column.labeller.label(0, 0, _bits(words))
        for words, count in zip(unique.tolist(), counts.tolist(), strict=True)
    ]
    labels = np.asarray([t for t, _ in labelled], dtype=object)
    penalties = np.asarray([p for _, p in labelled], dtype=np.float64)
    return labels[inverse.reshape(-1)], penalties[inverse.reshape(-1)]


def generalise_column(column: QuasiColumn, rows: np.ndarray, classes: Classes) -> tuple[list[str], float]:
    """Published cells (in ``rows`` order) and the column's NCP averaged over rows."""
    if classes.sizes.size == 0:
        return [], 0.0
    codes = column.codes[rows]
    if column.labeller.needs_members:
        labels, penalties = _by_members(column, codes, classes)
    else:
        lo = np.minimum.reduceat(codes[classes.order], classes.starts)
        hi = np.maximum.reduceat(codes[classes.order], classes.starts)
        labels, penalties = _by_range(column, lo, hi)
    ncp = float((penalties * classes.sizes).sum() / classes.sizes.sum())
    return labels[classes.ids].tolist(), ncp


def generalise(columns: Sequence[QuasiColumn], rows: np.ndarray,
               ids: np.ndarray) -> tuple[list[list[str]], list[float]]:
    classes = Classes.of(ids)
    out = [generalise_column(c, rows, classes) for c in columns]
    return [cells for cells, _ in out], [ncp for _, ncp in out]
