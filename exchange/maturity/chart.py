"""The radar of one assessment result: current, target and (where released) the sector median."""
from __future__ import annotations

from exchange.maturity.radar import Radar, radar
from exchange.maturity.results import AssessmentResult


def result_chart(result: AssessmentResult) -> Radar | None:
    """None when the framework has fewer than three dimensions (the table carries the figures)."""
    dims = result.dimensions
    if len(dims) < 3:
        return None
    return radar(
        [d.dimension.name for d in dims], result.framework.scale_min, result.framework.scale_max,
        [("current", "Current", [d.score for d in dims]),
         ("target", "Target", [float(d.target) for d in dims]),
         ("median", "Sector median", [d.median.median for d in dims])],
    )
