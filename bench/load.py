"""A bounded load test on loopback: members searching the library, reading the library list, case
pages and benchmarks, contributors submitting case studies through the API, against a server this
script starts itself.

    python bench/load.py --target embedded                                   # SQLite, whoosh, in-process
    python bench/load.py --target prod --workers 4 --search-backend postgres # gunicorn + PostgreSQL + RQ

It creates its own data (a fresh data directory and database, the seed library through the real
pipeline, optionally ``--synthetic N`` copies, then the project's reindex), signs in once per role
(the sign-in limit is per address), then runs ``--users`` virtual users for ``--duration`` seconds.
Each user waits a think time drawn uniformly from ``--think`` (default 1-3 s, as locust's
``between(1, 3)``) between its requests; ``--think 0`` is the closed-loop stress variant. Prints
throughput, p50/p95/p99 per endpoint, the error count, the CPU time of the client and the server
processes and the load average. Loopback only; bounded to 50 users and 60 s. See bench/README.md.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import shutil
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
# What members type into the library's search box: the sector's vocabulary as it appears in the
# published case studies (words, phrases, prefixes, OR/NOT, a misspelling), as in bench/search_latency.py.
QUERIES = ["continuous manufacturing", "digital twin", '"digital twin"', "predictive maintenance", "NIR",
           "NIR OR Raman", "electronic batch record", '"review by exception"', "aseptic filling", "cobot*",
           "serialisation", "visual inspection", "LIMS", "eQMS deviation", "OEE packaging", "changeover",
           "lyophil*", "chromatography", "perfusion", "single-use", "AR training", "historian",
           "unified namespace", "anomaly detection", "CAR-T", "mRNA", "viral vector", "payback",
           "real-time release", "data integrity", "validation effort", "MHRA inspection", "continous manufacturing",
           "operators training -VR", "yield", "blister inspection", "mobile robots", "QC release"]
SEGMENT_CODES = ["oral_solid_dose", "sterile_injectables", "biologics", "vaccines", "cell_gene_therapy",
                 "small_molecule_api"]
TECHNOLOGY_CODES = ["robotics_automation", "ai_ml", "process_analytical_technology", "mes_ebr",
                    "data_historian_scada", "lims_eln", "iiot_data_platform", "eqms", "digital_twin"]
BARRIER_CODES = ["risk_aversion", "legacy_infrastructure", "lack_of_internal_talent", "insufficient_budget"]
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


def _environment(target: str, data_dir: Path, redis_db: int, search_backend: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "EXCHANGE_DATA_DIR": str(data_dir),
           "EXCHANGE_API_RATE_LIMIT": "1000000 per minute", "EXCHANGE_SEARCH_BACKEND": search_backend}
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
def running_server(target: str, workers: int, threads: int, port: int, synthetic: int, search_backend: str,
                   keep: Path | None = None) -> Iterator[tuple[dict[str, str], Path, list[int]]]:
    """A seeded, indexed server on loopback (and, for ``prod``, one RQ worker), stopped on exit.
    With ``keep``, the data directory (and, for ``prod``, the database) built by an earlier run
    with the same target, size and backend is reused instead of being built again."""
    with tempfile.TemporaryDirectory(prefix="exchange-bench-") as tmp:
        data_dir = keep or Path(tmp)
        env = _environment(target, data_dir, redis_db=14, search_backend=search_backend)
        signature = f"{target} {synthetic} {search_backend}"
        marker = data_dir / "bench-ready"
        if keep and marker.exists() and marker.read_text() == signature:
            print(f"reusing the data in {keep} ({signature})", flush=True)
        else:
            marker.unlink(missing_ok=True)
            _prepare(env, target, synthetic, search_backend)
            if keep:
                marker.write_text(signature)
        serve = ["serve", "--host", HOST, "--port", str(port)]
        if target == "prod":
            serve += ["--workers", str(workers), "--threads", str(threads)]
        processes = [_spawn(env, serve)]
        if target == "prod":
            processes.append(_spawn(env, ["worker"]))
        try:
            _wait_healthy(f"http://{HOST}:{port}")
            yield env, data_dir, [p.pid for p in processes]
        finally:
            for process in processes:
                process.terminate()
                process.wait(30)


def _prepare(env: dict[str, str], target: str, synthetic: int, search_backend: str) -> None:
    """A fresh database with the seed library, ``synthetic`` copies and the search index."""
    if target == "prod":
        _fresh_postgres_database()
    else:
        for name in ("exchange.sqlite3", "exchange.sqlite3-wal", "exchange.sqlite3-shm"):
            Path(env["EXCHANGE_DATA_DIR"], name).unlink(missing_ok=True)
        shutil.rmtree(Path(env["EXCHANGE_DATA_DIR"], "search-index"), ignore_errors=True)
    _cli(env, "db", "upgrade")
    print("seeding:", _cli(env, "seed").strip().splitlines()[-1], flush=True)
    if synthetic:
        started = time.perf_counter()
        done = subprocess.run([sys.executable, str(REPO / "bench" / "synthesise.py"), str(synthetic)], env=env,
                              cwd=REPO, check=True, capture_output=True, text=True).stdout.strip()
        print(f"{done} in {time.perf_counter() - started:.1f} s", flush=True)
        started = time.perf_counter()
        indexed = _cli(env, "reindex").strip().splitlines()[-1]
        print(f"{indexed} ({search_backend}) in {time.perf_counter() - started:.1f} s", flush=True)


def _spawn(env: dict[str, str], args: list[str]) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", "from exchange.cli import main; main()", *args]
    # (gunicorn's access log is on stdout; the child keeps its own copy of the file, so ours is closed)
    with open(os.environ.get("BENCH_SERVER_LOG", os.devnull), "ab") as log:
        return subprocess.Popen(command, env=env, cwd=REPO, stdout=log, stderr=log)


def _wait_healthy(base: str) -> None:
    for _ in range(120):
        with contextlib.suppress(requests.RequestException):  # not listening yet, or workers still booting
            if requests.get(f"{base}/healthz", timeout=1).ok:
                return
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


@dataclass(frozen=True)
class Think:
    """The pause of a virtual user between two requests, uniform in [low, high] seconds."""
    low: float
    high: float

    def pause(self, stop: float) -> None:
        if self.high > 0:
            time.sleep(max(0.0, min(random.uniform(self.low, self.high), stop - time.monotonic())))

    def arrive(self) -> None:
        """A user's first request comes at a random moment within one pause, not with all the
        others at once: users ramp up over ``high`` seconds (locust's spawn rate), and the run is
        steady traffic rather than one 50-request burst when the clock starts."""
        if self.high > 0:
            time.sleep(random.uniform(0, self.high))


def parse_think(text: str) -> Think:
    low, _, high = text.partition("-")
    try:
        think = Think(float(low), float(high or low))
    except ValueError:
        raise argparse.ArgumentTypeError("--think takes seconds or a range such as 1-3") from None
    if not 0 <= think.low <= think.high <= 30:
        raise argparse.ArgumentTypeError("--think must be within 0-30 s, low before high")
    return think


def search_params() -> tuple[str, dict[str, object]]:
    """A member's search: a query from the sector vocabulary, half the time narrowed by a facet
    (a segment, a technology or a barrier), sometimes sorted by date or on page 2."""
    params: dict[str, object] = {"q": random.choice(QUERIES)}
    filtered = random.random() < 0.5
    if filtered:
        name, codes = random.choice([("segment", SEGMENT_CODES), ("technologies", TECHNOLOGY_CODES),
                                     ("barriers", BARRIER_CODES)])
        params[name] = random.choice(codes)
    if random.random() < 0.2:
        params["sort"] = "date"
    if random.random() < 0.15:
        params["page"] = 2
    return ("search + facet" if filtered else "search"), params


def member_loop(base: str, cookies: requests.cookies.RequestsCookieJar, case_ids: list[int], stats: Stats,
                stop: float, think: Think) -> None:
    think.arrive()
    with requests.Session() as s:
        s.cookies.update(cookies)
        while time.monotonic() < stop:
            search, query = search_params()
            endpoint, url, params = random.choice([
                ("library list", f"{base}/cases/", {"page": random.randint(1, 3)}),
                ("library deep page", f"{base}/cases/", {"page": random.randint(4, 200)}),
                (search, f"{base}/cases/", query),
                (search, f"{base}/cases/", query),
                ("case page", f"{base}/cases/{random.choice(case_ids)}", {}),
                ("case page", f"{base}/cases/{random.choice(case_ids)}", {}),
                ("benchmarks", f"{base}/benchmarks/", {}),
            ])
            response = _timed(stats, endpoint, lambda: s.get(url, params=params, timeout=30, allow_redirects=False))
            if endpoint == "case page" and response is not None and response.ok:
                # what the page's script then fetches, as a browser would
                _timed(stats, "comparable", lambda: s.get(f"{url}/comparable", timeout=30, allow_redirects=False))
            think.pause(stop)


def contributor_loop(base: str, token: str, stats: Stats, stop: float, think: Think) -> None:
    think.arrive()
    with requests.Session() as s:
        s.headers["Authorization"] = f"Bearer {token}"
        while time.monotonic() < stop:
            created = _timed(stats, "submission create", lambda: s.post(f"{base}/api/v1/submissions", json=STORY,
                                                                         timeout=30))
            think.pause(stop)
            if created is not None and created.status_code == 201 and time.monotonic() < stop:
                sid = created.json()["id"]
                _timed(stats, "submission submit", lambda: s.post(f"{base}/api/v1/submissions/{sid}/submit",
                                                                  timeout=60))
                think.pause(stop)


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


def process_tree_cpu(roots: list[int]) -> float:
    """CPU seconds (user + system) of these processes and all their descendants, living or
    ended, from /proc."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while we looked
            continue
        pid = int(stat.parent.name)
        parents[pid] = int(fields[1])
        # utime + stime, and cutime + cstime: children that ended and were waited for (RQ's work
        # horses, one forked per job) count too
        times[pid] = sum(int(f) for f in fields[11:15]) / tick
    total, todo = 0.0, list(roots)
    while todo:
        pid = todo.pop()
        total += times.get(pid, 0.0)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total


def postgres_cpu() -> float:
    """CPU seconds of the PostgreSQL server (the postmaster and its backends, every database) so far,
    or 0 when no ``postgres`` process is visible."""
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            parent = (comm.parent / "stat").read_text().rsplit(")", 1)[1].split()[1]
            if comm.read_text().strip() == "postgres" and parent == "1":  # the postmaster
                return process_tree_cpu([int(comm.parent.name)])
        except OSError:
            continue
    return 0.0


def run(base: str, env: dict[str, str], data_dir: Path, users: int, duration: int, think: Think) -> Stats:
    password = (data_dir / "demo-password.key").read_bytes().hex()
    cookies = sign_in(base, MEMBER, password)
    case_ids = case_ids_of(base, cookies)
    # a kept database outlives many runs, and a user may hold only 20 active tokens: revoke ours after
    _cli(env, "token", "revoke", CONTRIBUTOR, "--name", "bench")
    token = _cli(env, "token", "create", CONTRIBUTOR, "--scope", "contribute", "--name", "bench").strip()
    try:
        stats, stop = Stats(), time.monotonic() + duration
        contributors = max(1, users // 5)
        threads = [threading.Thread(target=contributor_loop, args=(base, token, stats, stop, think))
                   for _ in range(contributors)]
        threads += [threading.Thread(target=member_loop, args=(base, cookies, case_ids, stats, stop, think))
                    for _ in range(users - contributors)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        _cli(env, "token", "revoke", CONTRIBUTOR, "--name", "bench")
    return stats


def report(stats: Stats, duration: int) -> None:
    total = sum(len(v) for v in stats.latencies.values())
    print(f"{'endpoint':<20}{'requests':>9}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    rows = {name: (values, stats.errors[name]) for name, values in sorted(stats.latencies.items())}
    searches = [name for name in rows if name.startswith("search")]
    if len(searches) > 1:  # the search target is over every search
        rows["(all searches)"] = ([v for name in searches for v in rows[name][0]], sum(rows[n][1] for n in searches))
    for endpoint, (latencies, errors) in rows.items():
        values = sorted(latencies)
        q = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else values * 99
        print(f"{endpoint:<20}{len(values):>9}{len(values) / duration:>8.1f}{q[49] * 1000:>9.0f}"
              f"{q[94] * 1000:>9.0f}{q[98] * 1000:>9.0f}{errors:>8}")
    print(f"total: {total} requests in {duration} s = {total / duration:.1f} req/s; "
          f"errors: {sum(stats.errors.values())}")
    for kind, count in sorted(stats.error_kinds.items()):
        print(f"  error {kind}: {count}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=["embedded", "prod"], default="embedded")
    parser.add_argument("--users", type=int, default=10, help="concurrent users, 1..50 (default 10)")
    parser.add_argument("--duration", type=int, default=15, help="seconds of load, 1..60 (default 15)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers for --target prod (default 4)")
    parser.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker for --target prod")
    parser.add_argument("--port", type=int, default=5099)
    parser.add_argument("--synthetic", type=int, default=0,
                        help="also synthesise this many published cases (bench/synthesise.py), up to 10000")
    parser.add_argument("--search-backend", choices=["whoosh", "postgres"], default=None,
                        help="library index: whoosh (default for embedded) or postgres (default for prod)")
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR",
                        help="build the data in DIR and reuse it on later runs with the same target, "
                             "--synthetic and --search-backend (for short runs while working)")
    parser.add_argument("--think", type=parse_think, default=Think(1.0, 3.0),
                        help="each user's pause between requests, seconds or a range (default 1-3; 0 = stress)")
    args = parser.parse_args()
    if not (1 <= args.users <= 50 and 1 <= args.duration <= 60 and 0 <= args.synthetic <= 10_000):
        parser.error("--users must be 1..50, --duration 1..60 and --synthetic 0..10000")
    backend = args.search_backend or ("postgres" if args.target == "prod" else "whoosh")
    if backend == "postgres" and args.target != "prod":
        parser.error("--search-backend postgres needs --target prod (the index lives in the PostgreSQL database)")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        args.keep = args.keep.resolve()
    with running_server(args.target, args.workers, args.threads, args.port, args.synthetic, backend,
                        args.keep) as (env, data_dir, pids):
        print(f"target={args.target} search={backend} users={args.users} duration={args.duration}s "
              f"think={args.think.low:g}-{args.think.high:g}s "
              + (f"workers={args.workers} threads={args.threads}" if args.target == "prod" else "one process"),
              flush=True)
        load_before, server_before, db_before = os.getloadavg()[0], process_tree_cpu(pids), postgres_cpu()
        client_before = time.process_time()
        stats = run(f"http://{HOST}:{args.port}", env, data_dir, args.users, args.duration, args.think)
        client_cpu, server_cpu = time.process_time() - client_before, process_tree_cpu(pids) - server_before
        db_cpu = postgres_cpu() - db_before
        load_after = os.getloadavg()[0]
    report(stats, args.duration)
    print(f"cpu: server processes {server_cpu:.1f} s, PostgreSQL (every database) {db_cpu:.1f} s, "
          f"load client {client_cpu:.1f} s (over {args.duration} s on "
          f"{os.cpu_count()} cores); load average {load_before:.2f} before, {load_after:.2f} after")


if __name__ == "__main__":
    main()
