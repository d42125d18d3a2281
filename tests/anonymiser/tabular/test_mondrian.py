import numpy as np
import pytest

from anonymiser.tabular.mondrian import partition


def check(labels: np.ndarray, sensitive: list[np.ndarray], k: int, l: int) -> None:
    assert (labels >= 0).all()
    sizes = np.bincount(labels)
    assert sizes.min() >= k
    for values in sensitive:
        for c in range(sizes.size):
            assert np.unique(values[labels == c]).size >= l


@pytest.mark.parametrize(("seed", "n", "dims", "card", "k", "l"), [
    (0, 500, 3, 50, 5, 2), (1, 500, 1, 3, 5, 2), (2, 97, 4, 1000, 7, 3), (3, 1000, 6, 2, 10, 2),
    (4, 10, 2, 10, 10, 1), (5, 11, 2, 10, 5, 1), (6, 400, 0, 1, 5, 2),
])
def test_every_partition_has_k_rows_and_l_values(seed: int, n: int, dims: int, card: int, k: int, l: int) -> None:
    rng = np.random.default_rng(seed)
    codes = rng.integers(0, card, size=(n, dims))
    scales = [np.arange(card, dtype=float) for _ in range(dims)]
    sensitive = [rng.integers(0, 4, size=n)]
    check(partition(codes, scales, sensitive, k, l), sensitive, k, l)


def test_heavy_ties_and_a_dominant_sensitive_value() -> None:
    rng = np.random.default_rng(7)
    n = 600
    codes = np.stack([np.where(rng.random(n) < 0.9, 0, rng.integers(1, 5, n)), rng.integers(0, 3, n)], axis=1)
    sensitive = [np.where(rng.random(n) < 0.97, 0, 1)]
    labels = partition(codes, [np.arange(5.0), np.arange(3.0)], sensitive, 5, 2)
    check(labels, sensitive, 5, 2)


def test_splits_reduce_to_small_classes_on_spread_data() -> None:
    codes = np.arange(1000).reshape(-1, 1)
    labels = partition(codes, [np.arange(1000.0)], [], 5, 1)
    sizes = np.bincount(labels)
    assert sizes.min() >= 5 and sizes.max() <= 9
