"""Cell-key perturbation: consistent for a set, unrelated for a set one member larger."""
import pytest

from anonymiser.cellkey import cell_key, perturb, unit_noise
from anonymiser.errors import InvalidInput

SECRET = b"k" * 32


def test_same_set_gets_the_same_noise_whatever_the_order() -> None:
    assert cell_key(SECRET, ["a", "b", "c"]) == cell_key(SECRET, ["c", "a", "b", "a"])


def test_one_member_more_changes_the_key() -> None:
    assert cell_key(SECRET, ["a", "b", "c"]) != cell_key(SECRET, ["a", "b", "c", "d"])


def test_the_secret_matters() -> None:
    assert cell_key(SECRET, ["a"]) != cell_key(b"other", ["a"])


@pytest.mark.parametrize("members", [[], ["ünïcode", "組織"], ["x"] * 3])
def test_noise_is_bounded(members: list[str]) -> None:
    key = cell_key(SECRET, members)
    for label in ("median", "q1", "q3", ""):
        assert -1.0 <= unit_noise(key, label) < 1.0
        assert abs(perturb(50.0, 10.0, 0.2, key, label) - 50.0) <= 2.0


def test_noise_is_spread_over_its_range() -> None:
    noises = [unit_noise(cell_key(SECRET, [f"org{i}"]), "median") for i in range(2000)]
    assert min(noises) < -0.9 and max(noises) > 0.9
    assert abs(sum(noises) / len(noises)) < 0.05


@pytest.mark.parametrize(("value", "spread", "fraction"), [(float("nan"), 1.0, 0.1), (1.0, -1.0, 0.1),
                                                           (1.0, 1.0, 1.5), (1.0, float("inf"), 0.1)])
def test_perturb_refuses_bad_input(value: float, spread: float, fraction: float) -> None:
    with pytest.raises(InvalidInput):
        perturb(value, spread, fraction, cell_key(SECRET, ["a"]), "median")


def test_empty_secret_is_refused() -> None:
    with pytest.raises(InvalidInput):
        cell_key(b"", ["a"])
