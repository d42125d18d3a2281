"""A bounded load test on loopback: members reading the library list, case pages and benchmarks,
contributors submitting case studies through the API, against a server this script starts itself.

    python bench/load.py --target embedded            # one process, SQLite, pipeline in-process
    python bench/load.py --target prod --workers 2    # gunicorn + PostgreSQL + Redis/RQ worker

It creates its own data (a fresh data directory and database, the seed library through the real
pipeline), signs in once per role (the sign-in limit is per address), then runs ``--users`` client
threads in a closed loop for ``--duration`` seconds and prints throughput, p50/p95/p99 per endpoint
and the error count. Loopback only; bounded to 50 users and 60 s. See bench/README.md.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import requests
from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
BENCH_DB = "exchange_bench"
MEMBER = "tom.whitfield@northfield.example"
CONTRIBUTOR = "aisha.rahman@northfield.example"
STORY = {"title": "Cobots on a blister line", "summary": "We added two cobots to a blister packing line.",
         "body": "Changeover fell from ninety to forty minutes over six months. " * 20,
         "lessons": "Involve QA early.", "segment": "oral_solid_dose", "technologies": ["robotics_automation"],
         "barriers": ["risk_aversion"], "maturity_before": 2, "maturity_after": 3, "sensitive_terms": []}


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    error_kinds: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, endpoint: str, seconds: float, status: str) -> None:
        with self.lock:
            self.latencies[endpoint].append(seconds)
            if not status.startswith(("2", "3")):
                self.errors[endpoint] += 1
                self.error_kinds[f"{endpoint} {status}"] += 1


def _cli(env: dict[str, str], *args: str) -> str:
    command = [sys.executable, "-c", "from exchange.cli import main; main()", *args]
    return subprocess.run(command, env=env, cwd=REPO, check=True, capture_output=True, text=True).stdout


def _environment(target: str, data_dir: Path, redis_db: int) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "EXCHANGE_DATA_DIR": str(data_dir),
           "EXCHANGE_API_RATE_LIMIT": "1000000 per minute"}
    if target == "prod":
        redis_url = f"redis://{HOST}:6379/{redis_db}"
        env.update(EXCHANGE_DATABASE_URL=f"postgresql://postgres@{HOST}/{BENCH_DB}", EXCHANGE_QUEUE_URL=redis_url,
                   EXCHANGE_RATELIMIT_STORAGE_URI=redis_url, EXCHANGE_QUEUE_NAME=f"bench-{os.getpid()}")
    return env


def _fresh_postgres_database() -> None:
    admin = create_engine(f"postgresql+psycopg://postgres@{HOST}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {BENCH_DB}"))
    admin.dispose()


@contextmanager
def running_server(target: str, workers: int, port: int, synthetic: int) -> Iterator[tuple[dict[str, str], Path]]:
    """A seeded server on loopback (and, for ``prod``, one RQ worker), stopped on exit."""
    with tempfile.TemporaryDirectory(prefix="exchange-bench-") as tmp:
        env = _environment(target, Path(tmp), redis_db=14)
        if target == "prod":
            _fresh_postgres_database()
        _cli(env, "db", "upgrade")
        print("seeding:", _cli(env, "seed").strip().splitlines()[-1], flush=True)
        if synthetic:
            started = time.perf_counter()
            done = subprocess.run([sys.executable, str(REPO / "bench" / "synthesise.py"), str(synthetic)], env=env,
                                  cwd=REPO, check=True, capture_output=True, text=True).stdout.strip()
            print(f"{done} in {time.perf_counter() - started:.1f} s", flush=True)
        serve = ["serve", "--host", HOST, "--port", str(port), "--workers", str(workers if target == "prod" else 1)]
        processes = [_spawn(env, serve)]
        if target == "prod":
            processes.append(_spawn(env, ["worker"]))
        try:
            _wait_healthy(f"http://{HOST}:{port}")
            yield env, Path(tmp)
        finally:
            for process in processes:
                process.terminate()
                process.wait(30)


def _spawn(env: dict[str, str], args: list[str]) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", "from exchange.cli import main; main()", *args]
    return subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=open(os.environ.get("BENCH_SERVER_LOG", os.devnull), "ab"))


def _wait_healthy(base: str) -> None:
    for _ in range(120):
        try:
            if requests.get(f"{base}/healthz", timeout=1).ok:
                return
        except requests.RequestException:  # not listening yet, or workers still booting
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not come up")


def sign_in(base: str, email: str, password: str) -> requests.cookies.RequestsCookieJar:
    with requests.Session() as s:
        page = s.get(f"{base}/sign-in", timeout=10).text
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
        assert token, "no CSRF token on the sign-in page"
        response = s.post(f"{base}/sign-in", data={"email": email, "password": password,
                                                   "csrf_token": token.group(1)}, timeout=10)
        assert response.ok and "Sign out" in response.text, f"could not sign in as {email}"
        return s.cookies


def member_loop(base: str, cookies: requests.cookies.RequestsCookieJar, case_ids: list[int], stats: Stats,
                stop: float) -> None:
    with requests.Session() as s:
        s.cookies.update(cookies)
        while time.monotonic() < stop:
            endpoint, url = random.choice([
                ("library list", f"{base}/cases/?page={random.randint(1, 3)}"),
                ("library deep page", f"{base}/cases/?page={random.randint(4, 200)}"),
                ("case page", f"{base}/cases/{random.choice(case_ids)}"),
                ("case page", f"{base}/cases/{random.choice(case_ids)}"),
                ("benchmarks", f"{base}/benchmarks/"),
            ])
            _timed(stats, endpoint, lambda: s.get(url, timeout=30, allow_redirects=False))


def contributor_loop(base: str, token: str, stats: Stats, stop: float) -> None:
    with requests.Session() as s:
        s.headers["Authorization"] = f"Bearer {token}"
        while time.monotonic() < stop:
            created = _timed(stats, "submission create", lambda: s.post(f"{base}/api/v1/submissions", json=STORY,
                                                                         timeout=30))
            if created is not None and created.status_code == 201:
                sid = created.json()["id"]
                _timed(stats, "submission submit", lambda: s.post(f"{base}/api/v1/submissions/{sid}/submit",
                                                                  timeout=60))


def _timed(stats: Stats, endpoint: str, call) -> requests.Response | None:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    try:
        response = call()
    except requests.RequestException as exc:
        stats.add(endpoint, time.perf_counter() - started, type(exc).__name__)
        return None
    stats.add(endpoint, time.perf_counter() - started, str(response.status_code))
    return response


def case_ids_of(base: str, cookies: requests.cookies.RequestsCookieJar) -> list[int]:
    ids: set[int] = set()
    for page in (1, 2, 3, 50, 100, 150, 200):
        html = requests.get(f"{base}/cases/?page={page}", cookies=cookies, timeout=30).text
        ids.update(int(i) for i in re.findall(r'href="/cases/(\d+)"', html))
    assert ids, "no published cases to read"
    return sorted(ids)


def run(base: str, env: dict[str, str], data_dir: Path, users: int, duration: int) -> Stats:
    password = (data_dir / "demo-password.key").read_bytes().hex()
    cookies = sign_in(base, MEMBER, password)
    token = _cli(env, "token", "create", CONTRIBUTOR, "--scope", "contribute", "--name", "bench").strip()
    case_ids = case_ids_of(base, cookies)
    stats, stop = Stats(), time.monotonic() + duration
    contributors = max(1, users // 5)
    threads = [threading.Thread(target=contributor_loop, args=(base, token, stats, stop)) for _ in range(contributors)]
    threads += [threading.Thread(target=member_loop, args=(base, cookies, case_ids, stats, stop))
                for _ in range(users - contributors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return stats


def report(stats: Stats, duration: int) -> None:
    total = sum(len(v) for v in stats.latencies.values())
    print(f"{'endpoint':<20}{'requests':>9}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for endpoint in sorted(stats.latencies):
        values = sorted(stats.latencies[endpoint])
        q = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else values * 99
        print(f"{endpoint:<20}{len(values):>9}{len(values) / duration:>8.1f}{q[49] * 1000:>9.0f}"
              f"{q[94] * 1000:>9.0f}{q[98] * 1000:>9.0f}{stats.errors[endpoint]:>8}")
    print(f"total: {total} requests in {duration} s = {total / duration:.1f} req/s; "
          f"errors: {sum(stats.errors.values())}")
    for kind, count in sorted(stats.error_kinds.items()):
        print(f"  error {kind}: {count}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=["embedded", "prod"], default="embedded")
    parser.add_argument("--users", type=int, default=10, help="concurrent users, 1..50 (default 10)")
    parser.add_argument("--duration", type=int, default=15, help="seconds of load, 1..60 (default 15)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers for --target prod")
    parser.add_argument("--port", type=int, default=5099)
    parser.add_argument("--synthetic", type=int, default=0,
                        help="also synthesise this many published cases (bench/synthesise.py), up to 10000")
    args = parser.parse_args()
    if not (1 <= args.users <= 50 and 1 <= args.duration <= 60 and 0 <= args.synthetic <= 10_000):
        parser.error("--users must be 1..50, --duration 1..60 and --synthetic 0..10000")
    with running_server(args.target, args.workers, args.port, args.synthetic) as (env, data_dir):
        print(f"target={args.target} users={args.users} duration={args.duration}s workers="
              f"{args.workers if args.target == 'prod' else 1}", flush=True)
        stats = run(f"http://{HOST}:{args.port}", env, data_dir, args.users, args.duration)
    report(stats, args.duration)


if __name__ == "__main__":
    main()
