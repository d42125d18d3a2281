"""Gaps: target − current, ranked by size × priority (pure functions)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from exchange.maturity.linking import LinkedCase

EPSILON = 1e-9


@dataclass(frozen=True)
class Gap:
    dimension_id: int
    code: str
    name: str
    current: float
    target: int
    priority: int
    size: float
    weight: float  # size × priority: the ranking key
    cases: tuple[LinkedCase, ...] = field(default_factory=tuple)

    @property
    def case_ids(self) -> tuple[int, ...]:
        return tuple(c.id for c in self.cases)


@dataclass(frozen=True)
class ScoredDimension:
    dimension_id: int
    code: str
    name: str
    score: float
    target: int
    priority: int


def rank_gaps(dimensions: Sequence[ScoredDimension]) -> list[Gap]:
    """Dimensions whose target is above the current score, the largest size × priority first;
    ties: the larger gap, then the framework's order."""
    gaps = []
    for position, dim in enumerate(dimensions):
        size = round(dim.target - dim.score, 2)
        if size > EPSILON:
            gaps.append((position, Gap(dim.dimension_id, dim.code, dim.name, dim.score, dim.target, dim.priority,
                                       size, round(size * dim.priority, 2))))
    gaps.sort(key=lambda pair: (-pair[1].weight, -pair[1].size, pair[0]))
    return [gap for _, gap in gaps]
