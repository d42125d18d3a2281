"""Where a member's own value sits against a peer group: a band, never an exact percentile.

The answer is read from the same smoothed, disclosure-controlled quartiles a table would show,
so probing with many values can reveal nothing that is not already published.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from anonymiser.disclosure import WITHHELD, DisclosureRules
from exchange.benchmarks.aggregates import NumericCell
from exchange.benchmarks.catalogue import Metric

QUARTILES = ("bottom quartile", "lower-middle quartile", "upper-middle quartile", "top quartile")
HALVES = ("worse than the median", "better than the median")
NEUTRAL_QUARTILES = ("lowest quartile", "second quartile", "third quartile", "highest quartile")
NEUTRAL_HALVES = ("below the median", "above the median")


@dataclass(frozen=True)
class ComparisonResult:
    metric: str
    n_organisations: int | None
    suppressed: bool
    reason: str = ""
    band: str | None = None
    band_index: int | None = None  # 0 = worst band … (bands - 1) = best; for neutral metrics lowest … highest
    bands: int | None = None


def position(metric: Metric, value: float, peer: NumericCell, rules: DisclosureRules) -> ComparisonResult:
    stats = peer.stats
    if peer.decision.suppressed or stats is None or stats.median is None:
        return ComparisonResult(metric.code, None, True, WITHHELD)
    n = stats.n_organisations
    if n >= rules.quantile_min_organisations and stats.q1 is not None and stats.q3 is not None:
        bounds, labels = [stats.q1, stats.median, stats.q3], QUARTILES
    else:
        bounds, labels = [stats.median], HALVES
    # A value equal to a boundary goes to the worse of the two bands (a conservative answer).
    if metric.direction == "lower":
        index = len(bounds) - bisect_right(bounds, value)
    else:
        index = bisect_left(bounds, value)
    if metric.direction == "neutral":
        labels = NEUTRAL_QUARTILES if len(bounds) == 3 else NEUTRAL_HALVES
    return ComparisonResult(metric.code, n, False, "", labels[index], index, len(labels))
