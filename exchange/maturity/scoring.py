"""Scoring: a dimension's score is the mean of the levels chosen for its questions (pure functions)."""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from exchange.maturity.views import FrameworkView

PRIORITIES = {1: "Low", 2: "Medium", 3: "High"}
DEFAULT_PRIORITY = 2


@dataclass(frozen=True)
class AssessmentInput:
    """Answers by question id, and the target level and priority by dimension code."""

    framework_id: int
    answers: Mapping[int, int] = field(default_factory=dict)
    targets: Mapping[str, int] = field(default_factory=dict)
    priorities: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DimensionScore:
    dimension_id: int
    code: str
    score: float
    target: int
    priority: int


def dimension_score(levels: Sequence[int]) -> float:
    """The mean level, to two decimals; a dimension needs at least one answer."""
    if not levels:
        raise ValueError("a dimension needs at least one answered question")
    return round(math.fsum(levels) / len(levels), 2)


def attained_level(score: float) -> int:
    """The highest level fully reached: 2.67 has reached level 2."""
    return math.floor(score + 1e-9)


def check_input(framework: FrameworkView, data: AssessmentInput) -> dict[str, str]:
    """Per-field messages: every question answered on the scale, a target and a priority per dimension."""
    low, high = framework.scale_min, framework.scale_max
    errors: dict[str, str] = {}
    known = {q.id for d in framework.dimensions for q in d.questions}
    for question_id in set(data.answers) - known:
        errors[f"q_{question_id}"] = "Not a question of this framework."
    for dim in framework.dimensions:
        for q in dim.questions:
            if not _within(data.answers.get(q.id), low, high):
                errors[f"q_{q.id}"] = f"Choose a level from {low} to {high}."
        if not _within(data.targets.get(dim.code), low, high):
            errors[f"target_{dim.code}"] = f"Choose a target level from {low} to {high}."
        if data.priorities.get(dim.code, DEFAULT_PRIORITY) not in PRIORITIES:
            errors[f"priority_{dim.code}"] = "Choose low, medium or high."
    return errors


def _within(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def score_assessment(framework: FrameworkView, data: AssessmentInput) -> list[DimensionScore]:
    """Scores of a checked input, in the framework's dimension order."""
    return [
        DimensionScore(dim.id, dim.code, dimension_score([data.answers[q.id] for q in dim.questions]),
                       data.targets[dim.code], data.priorities.get(dim.code, DEFAULT_PRIORITY))
        for dim in framework.dimensions
    ]
