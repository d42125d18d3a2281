"""Per-request cost of the pages the load test hits, in one process (no HTTP, no other clients):
wall and CPU time per request, SQL statements per request, and optionally a cProfile of them.

Run it against a database the load test's set-up has filled (seed, ``bench/synthesise.py``,
``exchange reindex``), with the same ``EXCHANGE_*`` environment as the server::

    EXCHANGE_DATABASE_URL=postgresql://postgres@127.0.0.1/exchange_bench EXCHANGE_SEARCH_BACKEND=postgres \\
    EXCHANGE_DATA_DIR=… PYTHONPATH=. python bench/profile_pages.py --requests 30 [--profile case]

The first requests of each page warm the caches (templates, the search index's connection,
per-process caches) and are not counted. See bench/README.md, "Load test".
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import time
from collections.abc import Callable

from sqlalchemy import event, func, select

from exchange.app import create_app
from load import postgres_cpu  # bench/ is on sys.path when run as a script
from exchange.domain.accounts import credential_stamp
from exchange.models import Contribution, User

MEMBER = "tom.whitfield@northfield.example"
QUERIES = ["continuous manufacturing", "digital twin", "NIR OR Raman", '"review by exception"', "cobot*",
           "predictive maintenance", "serialisation", "eQMS deviation", "continous manufacturing", "lyophil*"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=30, help="measured requests per page (default 30)")
    parser.add_argument("--profile", choices=["case", "comparable", "list", "search", "benchmarks"], default=None,
                        help="print the cProfile of this page's measured requests")
    parser.add_argument("--top", type=int, default=30, help="lines of the profile to print")
    args = parser.parse_args()
    app = create_app()
    engine = app.extensions["exchange"]["engine"]
    statements = [0]
    event.listen(engine, "before_cursor_execute", lambda *_: statements.__setitem__(0, statements[0] + 1))
    with app.extensions["exchange"]["sessions"]() as session:
        member = session.scalars(select(User).where(User.email == MEMBER)).one()
        session_user = f"{member.id}:{credential_stamp(member.password_hash)}"
        ids = list(session.scalars(select(Contribution.id).where(Contribution.state == "published",
                                                                  Contribution.kind == "case_study")))
        published = session.scalar(select(func.count()).select_from(Contribution)
                                   .where(Contribution.state == "published")) or 0
    print(f"{published} published contributions; database {engine.url.get_backend_name()}, "
          f"search backend {app.config['SEARCH_BACKEND']}")
    client = app.test_client()
    with client.session_transaction() as cookie:
        cookie["_user_id"], cookie["_fresh"] = session_user, True
    random.seed(3)
    pages: dict[str, Callable[[], str]] = {
        "case": lambda: f"/cases/{random.choice(ids)}",
        "comparable": lambda: f"/cases/{random.choice(ids)}/comparable",
        "list": lambda: f"/cases/?page={random.randint(1, 200)}",
        "search": lambda: f"/cases/?q={random.choice(QUERIES)}"
                          + random.choice(["", "&segment=oral_solid_dose", "&technologies=ai_ml"]),
        "benchmarks": lambda: "/benchmarks/",
    }
    print(f"{'page':<12}{'wall p50 ms':>12}{'wall p95 ms':>12}{'cpu p50 ms':>11}{'cpu p95 ms':>11}{'SQL/request':>12}"
          f"{'PostgreSQL cpu ms/request':>27}")
    for name, url in pages.items():
        for _ in range(3):
            _get(client, url())
        profiler = cProfile.Profile() if args.profile == name else None
        walls, cpus, counts = [], [], []
        database_before = postgres_cpu()
        for _ in range(args.requests):
            target = url()
            statements[0] = 0
            wall, cpu = time.perf_counter(), time.process_time()
            if profiler:
                profiler.enable()
            _get(client, target)
            if profiler:
                profiler.disable()
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
            counts.append(statements[0])
        database = (postgres_cpu() - database_before) / args.requests * 1000  # includes other clients' work
        print(f"{name:<12}{_ms(walls, 50):>12.1f}{_ms(walls, 95):>12.1f}{_ms(cpus, 50):>11.1f}{_ms(cpus, 95):>11.1f}"
              f"{statistics.mean(counts):>12.1f}{database:>27.1f}")
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)


def _get(client, url: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"GET {url} answered {response.status_code}")


def _ms(values: list[float], percentile: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percentile - 1] * 1000 if len(values) > 1 \
        else values[0] * 1000


if __name__ == "__main__":
    main()
