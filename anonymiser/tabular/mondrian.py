"""Multidimensional (Mondrian) partitioning to k-anonymity and distinct l-diversity, vectorised.

LeFevre, DeWitt, Ramakrishnan, "Mondrian multidimensional k-anonymity" (ICDE 2006). All active
partitions are split together, one round at a time: each partition is sorted on its widest
remaining dimension (normalised span) and cut at the median, moved to the nearest boundary
between distinct values when both halves keep k rows (strict), otherwise at the median itself
(relaxed). A cut is kept only when both halves hold at least k rows and at least l distinct
values of every sensitive column; otherwise the next-widest dimension is tried in the next round,
and a partition with no allowable cut is final. Every final partition therefore has >= k rows and
>= l distinct sensitive values whenever the whole input has.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass
class _Active:
    starts: np.ndarray
    ends: np.ndarray
    tried: np.ndarray


def _gather(active: _Active) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    lengths = active.ends - active.starts
    offsets = np.cumsum(lengths) - lengths
    seg = np.repeat(np.arange(lengths.size), lengths)
    pos = np.arange(int(lengths.sum())) - np.repeat(offsets - active.starts, lengths)
    return lengths, offsets, seg, pos


def _spans(values: Sequence[np.ndarray], widths: Sequence[float], rows: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    spans = np.empty((offsets.size, len(values)))
    for j, (column, width) in enumerate(zip(values, widths, strict=True)):
        v = column[rows]
        spans[:, j] = (np.maximum.reduceat(v, offsets) - np.minimum.reduceat(v, offsets)) / width
    return spans


def _cut(keys: np.ndarray, seg: np.ndarray, lengths: np.ndarray, offsets: np.ndarray, k: int) -> np.ndarray:
    """Left size of each partition's cut: the distinct-value boundary nearest the median, else the median."""
    total = keys.size
    idx = np.arange(total)
    change = np.ones(total, dtype=bool)
    change[1:] = (keys[1:] != keys[:-1]) | (seg[1:] != seg[:-1])
    run_start = np.maximum.accumulate(np.where(change, idx, 0))
    nxt = np.append(np.where(change, idx, total)[1:], total)
    run_end = np.minimum.accumulate(nxt[::-1])[::-1]
    mid = offsets + lengths // 2
    a = run_start[mid] - offsets
    b = run_end[mid] - offsets
    ok_a = (a >= k) & (lengths - a >= k)
    ok_b = (b >= k) & (lengths - b >= k)
    half = lengths / 2.0
    prefer_a = ok_a & (~ok_b | (np.abs(a - half) < np.abs(b - half)))
    return np.where(prefer_a, a, np.where(ok_b, b, lengths // 2))


def _diverse(sensitive: Sequence[np.ndarray], rows: np.ndarray, child: np.ndarray, n_seg: int, l: int) -> np.ndarray:
    ok = np.ones(n_seg, dtype=bool)
    if l <= 1:
        return ok
    for values in sensitive:
        width = int(values.max()) + 1
        pairs = np.unique(child * width + values[rows])
        counts = np.bincount(pairs // width, minlength=2 * n_seg)
        ok &= (counts[0::2] >= l) & (counts[1::2] >= l)
    return ok


@dataclass(frozen=True)
class _Data:
    """Codes column by column (flattened, for one gather per round) and each row's position."""

    flat: np.ndarray
    values: list[np.ndarray]
    widths: list[float]
    sensitive: Sequence[np.ndarray]
    k: int
    l: int

    @property
    def dims(self) -> int:
        return len(self.values)


def partition(codes: np.ndarray, scales: Sequence[np.ndarray], sensitive: Sequence[np.ndarray],
              k: int, l: int) -> np.ndarray:
    """Class id of every row. ``codes`` is (rows, dims) of int codes; ``scales[j][code]`` its position."""
    n, d = codes.shape
    data = _Data(
        flat=np.ascontiguousarray(codes.T).reshape(-1),
        values=[scale[codes[:, j]] for j, scale in enumerate(scales)],
        widths=[float(scale[-1] - scale[0]) or 1.0 for scale in scales],
        sensitive=sensitive, k=k, l=l,
    )
    order = np.arange(n)
    final: list[tuple[np.ndarray, np.ndarray]] = []
    active = _Active(np.array([0]), np.array([n]), np.array([0]))
    while active.starts.size:
        small = (active.ends - active.starts) < 2 * k
        if d == 0:
            small[:] = True
        final.append((active.starts[small], active.ends[small]))
        active = _Active(active.starts[~small], active.ends[~small], active.tried[~small])
        if active.starts.size:
            active = _round(data, n, order, active, final)
    return _labels(order, final, n)


def _round(data: _Data, n: int, order: np.ndarray, active: _Active,
           final: list[tuple[np.ndarray, np.ndarray]]) -> _Active:
    lengths, offsets, seg, pos = _gather(active)
    m = lengths.size
    rows = order[pos]
    spans = _spans(data.values, data.widths, rows, offsets)
    ranked = np.argsort(-spans, axis=1, kind="stable")
    dim = ranked[np.arange(m), active.tried]
    movable = spans[np.arange(m), dim] > 0
    keys = data.flat[dim[seg] * n + rows]
    perm = np.argsort(seg * (int(keys.max()) + 1) + keys)
    rows, keys = rows[perm], keys[perm]
    order[pos] = rows
    left = _cut(keys, seg, lengths, offsets, data.k)
    child = 2 * seg + (np.arange(seg.size) >= np.repeat(offsets + left, lengths))
    split = movable & _diverse(data.sensitive, rows, child, m, data.l)
    tried = active.tried + 1
    dead = ~split & ((tried >= data.dims) | ~movable)
    final.append((active.starts[dead], active.ends[dead]))
    retry = ~split & ~dead
    mids = active.starts[split] + left[split]
    return _Active(
        np.concatenate((active.starts[split], mids, active.starts[retry])),
        np.concatenate((mids, active.ends[split], active.ends[retry])),
        np.concatenate((np.zeros(2 * int(split.sum()), dtype=np.int64), tried[retry])),
    )


def _labels(order: np.ndarray, final: list[tuple[np.ndarray, np.ndarray]], n: int) -> np.ndarray:
    starts = np.concatenate([s for s, _ in final]) if final else np.array([], dtype=np.int64)
    ends = np.concatenate([e for _, e in final]) if final else np.array([], dtype=np.int64)
    keep = ends > starts
    active = _Active(starts[keep], ends[keep], np.zeros(int(keep.sum()), dtype=np.int64))
    lengths, _, seg, pos = _gather(active)
    labels = np.full(n, -1, dtype=np.int64)
    labels[order[pos]] = seg
    return labels
