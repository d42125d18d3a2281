"""Gap ranking: size × priority, ties by size then framework order; no gap at or above target."""
from __future__ import annotations

import pytest

from exchange.maturity.gaps import ScoredDimension, rank_gaps


def _dim(code: str, score: float, target: int, priority: int) -> ScoredDimension:
    return ScoredDimension(hash(code) % 1000, code, code.title(), score, target, priority)


@pytest.mark.parametrize(("dims", "order"), [
    ([], []),
    ([_dim("a", 3.0, 3, 3), _dim("b", 4.0, 3, 3)], []),
    ([_dim("a", 1.0, 3, 1), _dim("b", 2.0, 3, 3)], ["b", "a"]),  # 1×3 = 3 beats 2×1 = 2
    ([_dim("a", 1.0, 2, 2), _dim("b", 2.0, 4, 1)], ["b", "a"]),  # equal weight 2: the larger gap first
    ([_dim("a", 1.0, 2, 2), _dim("b", 1.0, 2, 2)], ["a", "b"]),  # full tie: framework order
    ([_dim("a", 2.67, 3, 3), _dim("b", 0.0, 5, 1)], ["b", "a"]),
    ([_dim("ü", 2.99, 3, 1)], ["ü"]),
])
def test_gaps_rank_by_size_times_priority(dims, order) -> None:
    assert [g.code for g in rank_gaps(dims)] == order


def test_gap_carries_size_and_weight() -> None:
    gap = rank_gaps([_dim("a", 2.67, 4, 3)])[0]
    assert (gap.current, gap.target, gap.size, gap.weight, gap.case_ids) == (2.67, 4, 1.33, 3.99, ())
