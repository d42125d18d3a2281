"""The vectorised table gives the same cells as the simple dict-based reference computation."""
import dataclasses
import random

import pytest

from anonymiser.errors import InvalidInput
from exchange.benchmarks.aggregates import Observation, build_table
from exchange.benchmarks.catalogue import METRICS
from exchange.benchmarks.settings import settings_from_config
from tests.benchmarks.reference_aggregates import reference_table

SEGMENTS = ("biologics", "vaccines", "oral_solid_dose", None)
TECHNOLOGIES = ("mes_ebr", "ai_ml", "robotics", "pat", "scada")


def random_observations(rng: random.Random, n_contributions: int, n_orgs: int) -> list[Observation]:
    out = []
    for cid in range(1, n_contributions + 1):
        org, segment = f"org{rng.randrange(n_orgs)}", rng.choice(SEGMENTS)
        techs = tuple(rng.choices(TECHNOLOGIES, k=rng.randint(0, 3)))  # a repeated tag too
        for metric in rng.sample(["oee_pct", "changeover_time_h", "ftes_redeployed", "capital_invested_gbp"], 2):
            phases = ["value"] if "value" in METRICS[metric].phases and metric != "oee_pct" else \
                rng.choice([["before", "after"], ["after"], ["before"], ["before", "after", "after"], ["value"]])
            for phase in phases:
                value = rng.choice([rng.uniform(0, 100), float(rng.randint(0, 20)), 1e6 * rng.random()])
                out.append(Observation(org, cid, metric, phase, value, segment, techs))
    return out


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("secret", ["", "a secret"])
@pytest.mark.parametrize("by_technology", [True, False])
def test_vectorised_table_has_the_same_cells_as_the_reference(seed: int, secret: str, by_technology: bool) -> None:
    rng = random.Random(seed)
    observations = random_observations(rng, rng.choice([20, 150, 600]), rng.choice([6, 25, 120]))
    settings = settings_from_config({"SECRET_KEY": secret, "MIN_GROUP_SIZE": rng.choice([3, 5])})
    for code in ("oee_pct", "changeover_time_h", "ftes_redeployed", "capital_invested_gbp"):
        metric = METRICS[code]
        fast = build_table(metric, observations, settings.rules, settings.perturbation, by_technology=by_technology)
        slow = reference_table(metric, observations, settings.rules, settings.perturbation,
                               by_technology=by_technology)
        assert fast.cells == slow.cells
        assert fast.levels.keys() == slow.levels.keys()
        for key, level in fast.levels.items():
            assert level.decision == slow.levels[key].decision
            if level.stats is not None:
                expected = slow.levels[key].stats
                for name in ("q1", "median", "q3"):
                    got, want = getattr(level.stats, name), getattr(expected, name)
                    assert (got is None and want is None) or got == pytest.approx(want, rel=1e-12, abs=1e-12)


def test_the_order_observations_come_in_does_not_change_any_figure() -> None:
    rng = random.Random(7)
    observations = random_observations(rng, 400, 30)
    settings = settings_from_config({"SECRET_KEY": "s"})
    shuffled = observations[:]
    rng.shuffle(shuffled)
    for code in ("oee_pct", "changeover_time_h"):
        first = build_table(METRICS[code], observations, settings.rules, settings.perturbation)
        again = build_table(METRICS[code], shuffled, settings.rules, settings.perturbation)
        assert first.cells == again.cells and first.levels == again.levels


def test_a_contribution_without_an_organisation_is_refused() -> None:
    observations = [Observation(f"o{i}", i, "oee_pct", "after", 50.0, "biologics", ()) for i in range(5)]
    observations.append(dataclasses.replace(observations[0], organisation=" ", contribution_id=99))
    with pytest.raises(InvalidInput):
        build_table(METRICS["oee_pct"], observations, settings_from_config({}).rules)


def test_an_empty_metric_gives_a_withheld_total_only() -> None:
    table = build_table(METRICS["oee_pct"], [], settings_from_config({}).rules)
    assert table.cell(None, None).suppressed and table.cell("biologics", None).suppressed
