"""Benchmark tables and comparisons over 100,000 KPI values from 2,000 organisations.

Prints: the full benchmark table (every metric × segment × technology and totals, with
disclosure control and cell-key noise) computed in memory; one comparison answered in memory;
and the same two through the domain services on a SQLite database holding the same values.

    /work/main/.venv/bin/python bench/benchmarks.py [--values 100000] [--orgs 2000] [--no-db] [--reference]

``--reference`` also times the simple dict-based computation kept in the tests
(``tests/benchmarks/reference_aggregates.py``) on the same values, and checks the cells agree.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exchange.benchmarks.aggregates import ALL, Observation, build_table, build_tables  # noqa: E402
from exchange.benchmarks.catalogue import METRICS  # noqa: E402
from exchange.benchmarks.compare import position  # noqa: E402
from exchange.benchmarks.settings import settings_from_config  # noqa: E402
from exchange.domain.vocabulary import SEGMENTS, TECHNOLOGIES  # noqa: E402

SETTINGS = settings_from_config({"SECRET_KEY": "bench"})
ENTERABLE = [m for m in METRICS.values() if m.enterable]


def make_observations(n_values: int, n_orgs: int, rng: random.Random) -> list[Observation]:
    out: list[Observation] = []
    contribution = 0
    while len(out) < n_values:
        contribution += 1
        org = f"org{rng.randrange(n_orgs)}"
        segment = rng.choice(list(SEGMENTS))
        techs = tuple(sorted(rng.sample(list(TECHNOLOGIES), rng.randint(1, 3))))
        for metric in rng.sample(ENTERABLE, 3):
            low, high = metric.minimum, min(metric.maximum, metric.minimum + 100)
            for phase in ("before", "after") if "before" in metric.phases else ("value",):
                out.append(Observation(org, contribution, metric.code, phase, rng.uniform(low, high), segment, techs))
    return out[:n_values]


def timed(fn, repeat: int = 5):  # type: ignore[no-untyped-def]
    """Median wall time, median CPU time of this process (less sensitive to a shared machine), result."""
    wall, cpu, result = [], [], None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu), result


def in_memory(observations: list[Observation]) -> None:
    metrics = list(METRICS.values())
    median, cpu, tables = timed(lambda: build_tables(metrics, observations, SETTINGS.rules, SETTINGS.perturbation), 3)
    cells = sum(len(t.cells) for t in tables.values())
    published = sum(not c.suppressed for t in tables.values() for c in t.cells.values())
    print(f"full benchmark table, in memory: {cells} cells ({published} published) "
          f"in median {median * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU, over {len(observations):,} values")
    oee = [o for o in observations if o.metric == "oee_pct"]

    def compare():  # type: ignore[no-untyped-def]
        table = build_table(METRICS["oee_pct"], oee, SETTINGS.rules, SETTINGS.perturbation, by_technology=False)
        return position(METRICS["oee_pct"], 55.0, table.levels[("biologics", ALL)], SETTINGS.rules)

    median, cpu, result = timed(compare, 20)
    print(f"one comparison (OEE peer row across segments, then the band for one segment), in memory: median {median * 1000:.1f} ms "
          f"wall, {cpu * 1000:.1f} ms CPU -> {result.band} of {result.n_organisations}")
    print(f"(load average {', '.join(f'{x:.2f}' for x in os.getloadavg())})")


def against_reference(observations: list[Observation]) -> None:
    from tests.benchmarks.reference_aggregates import reference_table

    by_metric: dict[str, list[Observation]] = {}
    for o in observations:
        by_metric.setdefault(o.metric, []).append(o)

    def full(build):  # type: ignore[no-untyped-def]
        return {m.code: build(m, by_metric.get(m.code, []), SETTINGS.rules, SETTINGS.perturbation)
                for m in METRICS.values()}

    fast_wall, fast_cpu, fast = timed(lambda: full(build_table), 3)
    slow_wall, slow_cpu, slow = timed(lambda: full(reference_table), 3)
    same = all(fast[code].cells == slow[code].cells for code in fast)
    print(f"same values, per metric: vectorised {fast_wall * 1000:.0f} ms wall / {fast_cpu * 1000:.0f} ms CPU; "
          f"dict-based reference {slow_wall * 1000:.0f} ms wall / {slow_cpu * 1000:.0f} ms CPU; same cells: {same}")


def through_database(observations: list[Observation], n_orgs: int) -> None:
    from sqlalchemy import insert

    from exchange.benchmarks.service import BenchmarkQuery, ComparisonRequest, benchmark_view, compare_kpis
    from exchange.db import make_engine, make_session_factory
    from exchange.domain.actor import Actor
    from exchange.domain.roles import Role
    from exchange.migrate import upgrade
    from exchange.models import Contribution, ContributionTerm, KpiValue, Organisation, Revision, User

    tmp = tempfile.mkdtemp(prefix="bench-benchmarks-")
    url = f"sqlite:///{tmp}/bench.sqlite3"
    upgrade(url)
    engine = make_engine(url)
    start = time.perf_counter()
    contributions = {o.contribution_id: o for o in observations}
    with engine.begin() as conn:
        conn.execute(insert(Organisation), [{"id": i + 1, "name": f"Org {i}", "kind": "manufacturer",
                                             "size_band": "medium", "region": "", "segments": [], "known_terms": [],
                                             "created_at": _now()} for i in range(n_orgs)])
        conn.execute(insert(User), [{"id": 1, "email": "bench@example.org", "name": "", "password_hash": "-",
                                     "active": True, "failed_sign_ins": 0, "created_at": _now()}])
        conn.execute(insert(Contribution), [{"id": cid, "organisation_id": int(o.organisation[3:]) + 1, "kind": "case_study",
                                             "state": "published", "segment": o.segment, "index_pending": False,
                                             "created_at": _now(), "updated_at": _now()} for cid, o in contributions.items()])
        conn.execute(insert(Revision), [{"id": cid, "contribution_id": cid, "number": 1, "created_at": _now()}
                                        for cid in contributions])
        conn.execute(Contribution.__table__.update().values(published_revision_id=Contribution.id,
                                                            current_revision_id=Contribution.id))
        conn.execute(insert(ContributionTerm), [{"contribution_id": cid, "vocabulary": "technology", "code": t}
                                                for cid, o in contributions.items() for t in o.technologies])
        conn.execute(insert(KpiValue), [{"contribution_id": o.contribution_id, "organisation_id": int(o.organisation[3:]) + 1,
                                         "metric": o.metric, "phase": o.phase, "value": o.value, "self_reported": True,
                                         "period_end": date(2024, 12, 31), "recorded_at": _now()} for o in observations])
    print(f"(loaded {len(observations):,} values into SQLite in {time.perf_counter() - start:.1f} s)")
    factory = make_session_factory(engine)
    member = Actor(1, 1, Role.MEMBER)

    def view():  # type: ignore[no-untyped-def]
        with factory() as session:
            result = benchmark_view(session, member, BenchmarkQuery("oee_pct"), SETTINGS)
            session.rollback()
            return result

    def compare():  # type: ignore[no-untyped-def]
        with factory() as session:
            result = compare_kpis(session, member, ComparisonRequest("oee_pct", 55.0, segment="biologics"), SETTINGS)
            session.rollback()
            return result

    from exchange.benchmarks import service

    for name, fn, repeat in (("benchmark_view (one metric: load + canonical table + audit)", view, 5),
                             ("compare_kpis (load + peer row + band + audit)", compare, 10)):
        cold_wall, cold_cpu, _ = timed(lambda: (service._TABLES.clear(), fn())[1], repeat)
        warm_wall, warm_cpu, _ = timed(fn, repeat)
        print(f"{name}, SQLite: cold median {cold_wall * 1000:.0f} ms wall / {cold_cpu * 1000:.0f} ms CPU; "
              f"unchanged data (table reused) median {warm_wall * 1000:.1f} ms wall / {warm_cpu * 1000:.1f} ms CPU")


def _now():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime.now(UTC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--values", type=int, default=100_000)
    parser.add_argument("--orgs", type=int, default=2_000)
    parser.add_argument("--no-db", action="store_true")
    parser.add_argument("--reference", action="store_true")
    args = parser.parse_args()
    observations = make_observations(args.values, args.orgs, random.Random(2026))
    in_memory(observations)
    if args.reference:
        against_reference(observations)
    if not args.no_db:
        through_database(observations, args.orgs)


if __name__ == "__main__":
    main()
