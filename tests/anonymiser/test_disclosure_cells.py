"""Vectorised disclosure rules give the one-cell functions' decisions and statistics."""
import random

import numpy as np
import pytest

from anonymiser.disclosure import Contribution, DisclosureRules, aggregate_cell, assess_cell
from anonymiser.disclosure_cells import combine_cells
from anonymiser.errors import InvalidInput


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("combine", ["mean", "sum"])
def test_every_cell_matches_the_one_cell_rules(seed: int, combine: str) -> None:
    rng = random.Random(seed)
    rules = DisclosureRules(min_organisations=3, quantile_min_organisations=6, p_percent=15.0, combine=combine,
                            quantile_window=rng.choice([1, 3]))
    entries = [(rng.randrange(8), rng.randrange(12), rng.choice([rng.uniform(-5, 50), 900.0, 0.0]))
               for _ in range(rng.randint(0, 150))]
    cells = combine_cells(np.array([e[0] for e in entries], dtype=np.int64),
                          np.array([e[1] for e in entries], dtype=np.int64),
                          np.array([e[2] for e in entries]), rules, n_cells=8, n_organisations=12)
    for cell in range(8):
        values = [Contribution(f"{org:02d}", value) for c, org, value in entries if c == cell]
        assert cells.decision(cell, rules) == assess_cell(values, rules)
        fast, slow = cells.aggregate(cell, rules), aggregate_cell(values, rules)
        assert (fast.n_organisations, fast.suppressed, fast.rule) == (slow.n_organisations, slow.suppressed, slow.rule)
        for name in ("median", "q1", "q3", "mean"):
            got, want = getattr(fast, name), getattr(slow, name)
            assert (got is None and want is None) or got == pytest.approx(want, rel=1e-12, abs=1e-9)
        assert sorted(cells.organisations(cell).tolist()) == cells.organisations(cell).tolist()
        assert len(set(cells.organisations(cell).tolist())) == len(cells.organisations(cell))


def test_a_non_finite_value_is_refused() -> None:
    with pytest.raises(InvalidInput):
        combine_cells(np.array([0]), np.array([0]), np.array([float("nan")]), DisclosureRules(),
                      n_cells=1, n_organisations=1)


def test_codes_out_of_range_are_refused() -> None:
    with pytest.raises(InvalidInput):
        combine_cells(np.array([2]), np.array([0]), np.array([1.0]), DisclosureRules(), n_cells=2, n_organisations=1)
    with pytest.raises(InvalidInput):
        combine_cells(np.array([0, 1]), np.array([0]), np.array([1.0]), DisclosureRules(), n_cells=2,
                      n_organisations=1)


def test_sparse_grouping_gives_the_same_cells_as_dense(monkeypatch: pytest.MonkeyPatch) -> None:
    from anonymiser import disclosure_cells

    rng = np.random.default_rng(3)
    cells, orgs, values = rng.integers(0, 5, 400), rng.integers(0, 40, 400), rng.uniform(0, 10, 400)
    rules = DisclosureRules(min_organisations=3)
    dense = combine_cells(cells, orgs, values, rules, n_cells=5, n_organisations=100_000)
    monkeypatch.setattr(disclosure_cells, "DENSE_LIMIT", 0)
    sparse = combine_cells(cells, orgs, values, rules, n_cells=5, n_organisations=100_000)
    for cell in range(5):
        assert dense.decision(cell, rules) == sparse.decision(cell, rules)
        assert dense.aggregate(cell, rules) == sparse.aggregate(cell, rules)
