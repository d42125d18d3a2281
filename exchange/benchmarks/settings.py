"""Benchmark settings from the application configuration (a plain mapping: no Flask here)."""
from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from anonymiser.disclosure import DisclosureRules

QUANTILE_WINDOW = 3  # each published quantile is the mean of three neighbouring organisations
NOISE_FRACTION = 0.1  # cell-key noise: up to a tenth of the cell's interquartile range


@dataclass(frozen=True)
class Perturbation:
    """Consistent cell-key noise: the secret (derived from the app's secret key) and its size."""

    secret: bytes
    fraction: float = NOISE_FRACTION


@dataclass(frozen=True)
class BenchmarkSettings:
    rules: DisclosureRules
    min_age_months: int = 3
    perturbation: Perturbation | None = None


def settings_from_config(config: Mapping[str, Any]) -> BenchmarkSettings:
    minimum = int(config.get("MIN_GROUP_SIZE", 5))
    rules = DisclosureRules(
        min_organisations=minimum,
        quantile_min_organisations=max(minimum, int(config.get("QUANTILE_MIN_GROUP_SIZE", 10))),
        p_percent=float(config.get("P_PERCENT", 15.0)),
        combine="mean",
        quantile_window=min(QUANTILE_WINDOW, minimum),
    )
    secret = str(config.get("SECRET_KEY") or "").encode()
    perturbation = Perturbation(hmac.new(secret, b"benchmark cell keys", hashlib.sha256).digest()) if secret else None
    return BenchmarkSettings(rules, int(config.get("BENCHMARK_MIN_AGE_MONTHS", 3)), perturbation)
