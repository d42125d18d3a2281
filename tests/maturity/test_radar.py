"""The radar chart geometry."""
from __future__ import annotations

import pytest

from exchange.maturity.radar import CENTRE, RADIUS, radar


def test_first_axis_points_up_and_values_scale_from_centre_to_rim() -> None:
    chart = radar(["A", "B", "C", "D"], 0, 5, [("current", "Current", [5, 0, 2.5, 5])])
    points = chart.series[0].points
    assert (points[0].x, points[0].y) == (CENTRE, CENTRE - RADIUS)
    assert (points[1].x, points[1].y) == (CENTRE, CENTRE)
    assert points[2].y == pytest.approx(CENTRE + RADIUS / 2, abs=0.1)
    assert len(chart.rings) == 5 and [a.number for a in chart.axes] == [1, 2, 3, 4]


def test_a_series_with_a_missing_value_draws_markers_only() -> None:
    chart = radar(["A", "B", "C"], 1, 5, [("median", "Median", [3, None, 2]), ("target", "Target", [4, 4, 4])])
    assert chart.series[0].polygon == "" and chart.series[0].points[1] is None
    assert chart.series[1].polygon.count(",") == 3


def test_values_outside_the_scale_are_clamped() -> None:
    chart = radar(["A", "B", "C"], 1, 5, [("current", "Current", [9, -3, 1])])
    assert chart.series[0].points[0].y == CENTRE - RADIUS and chart.series[0].points[1].y == CENTRE


@pytest.mark.parametrize(("names", "low", "high"), [(["A", "B"], 0, 5), (["A", "B", "C"], 3, 3), ([], 0, 5)])
def test_a_radar_needs_three_axes_and_a_scale(names, low, high) -> None:
    with pytest.raises(ValueError):
        radar(names, low, high, [])
