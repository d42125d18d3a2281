"""Scoring a dimension and checking a submission (pure)."""
from __future__ import annotations

import pytest

from exchange.maturity.scoring import AssessmentInput, attained_level, check_input, dimension_score, score_assessment
from exchange.maturity.views import DimensionView, FrameworkView, LevelView, QuestionView

FRAMEWORK = FrameworkView(
    id=1, slug="f", version="1", name="F", description="", source="", builtin=True,
    levels=tuple(LevelView(n, f"L{n}", None) for n in range(0, 6)),
    dimensions=(DimensionView(10, "a", "A", ("G",), (), ("d",) * 6, (QuestionView(1, "Q1?"), QuestionView(2, "Q2?"))),
                DimensionView(11, "b", "B", ("G",), (), ("d",) * 6, (QuestionView(3, "Q3?"),))),
)


@pytest.mark.parametrize(("levels", "score"), [
    ([3], 3.0), ([2, 3], 2.5), ([2, 3, 3], 2.67), ([0, 0], 0.0), ([5, 5, 5, 5], 5.0), ([1, 2, 2], 1.67),
])
def test_dimension_score_is_the_mean_level_to_two_decimals(levels, score) -> None:
    assert dimension_score(levels) == score


def test_a_dimension_without_answers_has_no_score() -> None:
    with pytest.raises(ValueError):
        dimension_score([])


@pytest.mark.parametrize(("score", "level"), [(2.67, 2), (3.0, 3), (0.0, 0), (4.99, 4), (2.9999999999, 3)])
def test_attained_level_is_the_highest_level_fully_reached(score, level) -> None:
    assert attained_level(score) == level


def _input(answers=None, targets=None, priorities=None) -> AssessmentInput:  # type: ignore[no-untyped-def]
    return AssessmentInput(1, {1: 2, 2: 3, 3: 4} if answers is None else answers,
                           {"a": 4, "b": 5} if targets is None else targets, priorities or {})


@pytest.mark.parametrize(("data", "field"), [
    (_input(answers={1: 2, 3: 4}), "q_2"),
    (_input(answers={1: 2, 2: 6, 3: 4}), "q_2"),
    (_input(answers={1: 2, 2: -1, 3: 4}), "q_2"),
    (_input(answers={1: 2, 2: True, 3: 4}), "q_2"),
    (_input(answers={1: 2, 2: 3, 3: 4, 99: 1}), "q_99"),
    (_input(targets={"a": 4}), "target_b"),
    (_input(targets={"a": 4, "b": 9}), "target_b"),
    (_input(priorities={"a": 4}), "priority_a"),
    (_input(priorities={"a": 0}), "priority_a"),
])
def test_invalid_submission_gets_a_message_per_field(data, field) -> None:
    errors = check_input(FRAMEWORK, data)
    assert list(errors) == [field]


def test_valid_submission_is_scored_in_framework_order_with_default_priority() -> None:
    data = _input(priorities={"b": 3})
    assert check_input(FRAMEWORK, data) == {}
    scored = score_assessment(FRAMEWORK, data)
    assert [(s.code, s.score, s.target, s.priority) for s in scored] == [("a", 2.5, 4, 2), ("b", 4.0, 5, 3)]
