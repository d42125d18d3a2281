"""Consistent cell-key perturbation for published magnitudes (pure, no I/O).

The same set of contributors always gets the same noise (so averaging repeated queries reveals
nothing), and a set that differs by one contributor gets unrelated noise (so differencing two
releases — one organisation added or withdrawn — does not give that organisation's value, even
to an insider who knows its own). The key is secret: without it the noise cannot be recomputed.
"""
from __future__ import annotations

import hmac
import math
from collections.abc import Iterable, Sequence

from anonymiser.errors import InvalidInput


def cell_key(secret: bytes, members: Iterable[str]) -> bytes:
    """A key for the set of contributors (order and repetition do not matter)."""
    return sorted_cell_key(secret, sorted(set(members)))


def sorted_cell_key(secret: bytes, members: Sequence[str]) -> bytes:
    """``cell_key`` for members already distinct and in ascending order (not checked: the caller's promise)."""
    if not secret:
        raise InvalidInput("cell-key perturbation needs a secret")
    joined = "\x1f".join(members).encode("utf-8")
    return hmac.digest(secret, joined, "sha256")


def unit_noise(key: bytes, label: str) -> float:
    """A value in [-1, 1) derived from the cell key and the statistic's label."""
    digest = hmac.digest(key, label.encode("utf-8"), "sha256")
    return int.from_bytes(digest[:8], "big") / 2**63 - 1.0


def perturb(value: float, spread: float, fraction: float, key: bytes, label: str) -> float:
    """``value`` moved by up to ``fraction × spread``, consistently for the same key and label."""
    if not (math.isfinite(value) and math.isfinite(spread) and spread >= 0 and 0 <= fraction <= 1):
        raise InvalidInput("perturb needs a finite value, a non-negative spread and 0 <= fraction <= 1")
    return value + unit_noise(key, label) * fraction * spread
