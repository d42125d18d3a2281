"""Search latency: build rate, index size and p50/p95/p99 of 200 mixed queries with facet counts.

Builds indexes of synthetic, redacted-looking case studies in the sector's vocabulary and runs the
same queries (free text, phrases, prefixes, OR/NOT, half of them with a facet filter; every one
with counts for all ten facets) on the whoosh backend, the PostgreSQL backend and, as a reference,
SQLite FTS5 with equivalent SQL facet counts.

    python bench/search_latency.py                       # 10,000 and 100,000 documents
    python bench/search_latency.py --sizes 10000 --backends whoosh,sqlite
    EXCHANGE_BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1/test python bench/search_latency.py
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import search  # noqa: E402
import search.querytext  # noqa: E402
from search import FACETS, SearchDocument, SearchQuery  # noqa: E402

SEGMENTS = ["oral solid dose", "sterile injectables", "biologics", "vaccines",
            "cell and gene therapy", "small-molecule API", "packaging and serialisation",
            "QC laboratories", "oligonucleotides and peptides", "radiopharmaceuticals"]
TECHNOLOGIES = ["process analytical technology", "continuous manufacturing", "robotics and automation",
                "automated visual inspection", "MES and electronic batch records", "LIMS / ELN", "eQMS",
                "data historian, SCADA/DCS", "IIoT, edge and data platforms", "digital twins", "AI/ML",
                "advanced process control and RTRT", "single-use and modular facilities", "AR/VR",
                "serialisation and track & trace"]
BARRIERS = ["legacy infrastructure", "departmental silos", "lack of internal talent", "scale",
            "invisible/unpredictable return on investment", "risk aversion", "insufficient budget",
            "organisational acceptance"]
KPIS = ["OEE", "right first time", "batch record right first time", "deviations",
        "deviation closure time", "batch record review time", "batch cycle time",
        "manufacturing lead time", "changeover time", "yield", "lot acceptance rate", "payback"]
ORG_KINDS = ["originator", "generic", "CDMO", "hospital or point-of-care"]
SIZES = ["micro", "small", "medium", "large"]
REGIONS = ["North East", "North West", "Yorkshire", "East Midlands", "West Midlands", "East",
           "London", "South East", "South West", "Wales", "Scotland", "Northern Ireland"]
YEARS = ["2015-2017", "2018-2020", "2021-2023", "2024-2026"]
PROCESS = ["granulation", "compression", "coating", "blending", "aseptic filling", "lyophilisation",
           "fed-batch culture", "perfusion", "chromatography", "viral vector production",
           "mRNA encapsulation", "tablet inspection", "vial capping", "labelling", "QC release",
           "environmental monitoring", "cleaning validation", "dispensing", "line clearance"]
TOOLS = ["NIR probe", "Raman spectrometer", "soft sensor", "multivariate model", "cobot", "isolator",
         "mobile robot", "vision system", "electronic batch record", "review by exception", "LIMS",
         "deviation workflow", "CAPA module", "historian", "unified namespace", "edge gateway",
         "hybrid digital twin", "anomaly detection model", "predictive maintenance model",
         "model predictive controller", "single-use bioreactor", "AR headset", "serialisation printer"]
OUTCOMES = ["cut batch record review from three weeks to two days", "raised OEE by twelve points",
            "reduced deviations per hundred batches by a third", "shortened changeover by four hours",
            "improved right first time to ninety six percent", "reached payback in eighteen months",
            "released batches in real time", "halved manual interventions in grade A",
            "removed paper from the packaging hall", "lifted yield by three percent"]
LESSONS = ["Start with a pilot line and a clear baseline.", "Involve QA from the first week.",
           "Validation effort was underestimated by half.", "Operators adopted it once trained.",
           "Data integrity rules shaped the architecture.", "Legacy equipment needed gateways.",
           "The business case needed before and after KPIs.", "Vendor support mattered more than price."]
QUERY_TEXTS = ["continuous manufacturing", "aseptic filling", "robotic aseptic filling",
               '"review by exception"', "digital twin bioreactor", "predictive maintenance",
               "NIR OR Raman", "electronic batch records", "vision inspection vials", "payback",
               "legacy infrastructure", "real time release", "cobot*", "lyophil*", "serialisation",
               "OEE packaging", "anomaly detection -vaccines", "deviation CAPA", "edge gateway historian",
               "chromatography perfusion", "single-use", "environmental monitoring", "cleaning validation",
               "mRNA", "talent training AR", "continous manufacturing", "isolator", "yield improvement"]


def corpus(n: int, seed: int = 12) -> Iterator[SearchDocument]:
    """`n` deterministic synthetic case studies in the sector's vocabulary (no organisation)."""
    rng = random.Random(seed)
    start = datetime(2018, 1, 1, tzinfo=timezone.utc)
    for i in range(n):
        segment, techs = rng.choice(SEGMENTS), rng.sample(TECHNOLOGIES, rng.randint(1, 3))
        before = rng.randint(0, 3)
        sentences = [_sentence(rng, segment, techs) for _ in range(rng.randint(12, 20))]
        yield SearchDocument(
            id=f"case-{i:06d}", title=f"{techs[0].capitalize()} for {rng.choice(PROCESS)} in {segment}",
            summary=" ".join(sentences[:2]), body=" ".join(sentences[2:]),
            lessons=" ".join(rng.sample(LESSONS, 2)), segment=segment, technologies=tuple(techs),
            barriers=tuple(rng.sample(BARRIERS, rng.randint(1, 3))), maturity_before=before,
            maturity_after=min(5, before + rng.randint(0, 2)), org_kind=rng.choice(ORG_KINDS),
            size_band=rng.choice(SIZES), region_band=rng.choice(REGIONS), year_band=rng.choice(YEARS),
            kpis=tuple(rng.sample(KPIS, rng.randint(1, 4))),
            published_at=start + timedelta(minutes=37 * i + rng.randint(0, 30)))


def _sentence(rng: random.Random, segment: str, techs: list[str]) -> str:
    return rng.choice([
        f"The [SITE] team introduced a {rng.choice(TOOLS)} for {rng.choice(PROCESS)} in {segment}.",
        f"Using {rng.choice(techs)} the line {rng.choice(OUTCOMES)}.",
        f"The main barrier was {rng.choice(BARRIERS)}, addressed by {rng.choice(TOOLS)} training.",
        f"[ORG] measured {rng.choice(KPIS)} before and after the {rng.choice(PROCESS)} change.",
        f"Integration with the {rng.choice(TOOLS)} took {rng.randint(2, 30)} weeks of validation.",
        f"Annex 11 and data integrity reviews covered the {rng.choice(TOOLS)} and audit trails.",
    ])


def queries(count: int, seed: int = 7) -> list[SearchQuery]:
    """Mixed queries: every other one filtered on one or two facets; every fifth sorted by date."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        filters: dict[str, list[str]] = {}
        if i % 2:
            filters["segment"] = [rng.choice(SEGMENTS)]
            if i % 4 == 1:
                filters["technologies"] = rng.sample(TECHNOLOGIES, 2)
        sort = "date" if i % 5 == 0 else "relevance"
        out.append(SearchQuery(text=rng.choice(QUERY_TEXTS), filters=filters, sort=sort))  # type: ignore[arg-type]
    return out


class SqliteFts5:
    """Reference only: FTS5 (porter) with bm25 field weights and SQL facet counts."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.executescript(
            "CREATE VIRTUAL TABLE fts USING fts5(title, summary, body, lessons, tokenize='porter unicode61');"
            "CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT, published_at TEXT);"
            "CREATE TABLE facets (docid INTEGER, token TEXT);")

    def index(self, docs: Iterator[SearchDocument]) -> None:
        for n, d in enumerate(docs, 1):
            self.db.execute("INSERT INTO fts(rowid, title, summary, body, lessons) VALUES (?,?,?,?,?)",
                            (n, d.title, d.summary, d.body, d.lessons))
            self.db.execute("INSERT INTO docs VALUES (?,?,?)", (n, d.id, d.published_at.isoformat()))
            self.db.executemany("INSERT INTO facets VALUES (?,?)",
                                [(n, f"{f}={v}") for f in FACETS for v in d.facet_values(f)])
        self.db.executescript("CREATE INDEX facets_token ON facets(token, docid);"
                              "CREATE INDEX facets_doc ON facets(docid); ANALYZE;")
        self.db.commit()

    def query(self, q: SearchQuery) -> int:
        match = _fts5(search.querytext.parse(q.text))
        scope = "SELECT rowid AS d FROM fts WHERE fts MATCH :m" if match else "SELECT rowid AS d FROM docs"
        filters = {f: [f"{f}={v}" for v in vs] for f, vs in q.filters.items()}
        params: dict[str, str] = {"m": match or ""}
        conds = []
        for f, tokens in filters.items():
            names = [f":{f}{i}" for i in range(len(tokens))]
            params.update({n[1:]: t for n, t in zip(names, tokens)})
            conds.append(f"d IN (SELECT docid FROM facets WHERE token IN ({','.join(names)}))")
        where = " AND ".join(conds) or "1"
        cte = f"WITH m AS MATERIALIZED ({scope}), f AS MATERIALIZED (SELECT d FROM m WHERE {where}) "
        self.db.execute(cte + "SELECT token, count(*) FROM facets JOIN f ON docid = f.d GROUP BY token",
                        params).fetchall()
        for facet in filters:  # disjunctive: each filtered facet counted without its own filter
            others = " AND ".join(c for f, c in zip(filters, conds) if f != facet) or "1"
            self.db.execute(f"WITH m AS MATERIALIZED ({scope}), f AS MATERIALIZED (SELECT d FROM m WHERE {others}) SELECT token, "
                            f"count(*) FROM facets JOIN f ON docid = f.d WHERE token LIKE '{facet}=%' "
                            "GROUP BY token", params).fetchall()
        total = self.db.execute(cte + "SELECT count(*) FROM f", params).fetchone()[0]
        if match and q.sort == "relevance":
            top = [r[0] for r in self.db.execute(
                cte + "SELECT fts.rowid FROM fts CROSS JOIN f ON f.d = fts.rowid WHERE fts MATCH :m "
                "ORDER BY bm25(fts, 10.0, 5.0, 1.0, 0.5) LIMIT 20", params).fetchall()]
            marks = ",".join(str(int(r)) for r in top) or "0"
            self.db.execute("SELECT rowid, snippet(fts, 2, '<mark>', '</mark>', '…', 20) FROM fts "
                            f"WHERE fts MATCH :m AND rowid IN ({marks})", {"m": match}).fetchall()
        else:
            self.db.execute(cte + "SELECT rowid FROM docs WHERE rowid IN (SELECT d FROM f) "
                            "ORDER BY published_at DESC LIMIT 20", params).fetchall()
        return total

    def close(self) -> None:
        self.db.close()


def _fts5(node: object) -> str | None:
    from search.querytext import All, Any, Not, Phrase, Word
    if node is None:
        return None
    if isinstance(node, Word):
        return f'"{node.text}"' + ("*" if node.prefix else "")
    if isinstance(node, Phrase):
        return '"' + " ".join(node.words) + '"'
    if isinstance(node, Not):
        return None  # FTS5 NOT is binary; a bare negation is dropped in the reference
    parts = [p for p in (_fts5(c) for c in node.children if not isinstance(c, Not)) if p]  # type: ignore[attr-defined]
    negs = [p for p in (_fts5(c.child) for c in node.children if isinstance(c, Not)) if p]  # type: ignore[attr-defined]
    joined = (" AND " if isinstance(node, All) else " OR ").join(f"({p})" for p in parts)
    return (joined + "".join(f" NOT ({n})" for n in negs)) if joined else None


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def pg_size(dsn: str, schema: str) -> int:
    import psycopg
    with psycopg.connect(dsn) as conn:
        row = conn.execute("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
                           "ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r'", (schema,))
        return int(row.fetchone()[0] or 0)


def measure(name: str, size: int, build: Callable[[], object], run: Callable[[SearchQuery], object],
            size_of: Callable[[], int], qs: list[SearchQuery],
            server_ms: Callable[[], float] | None = None) -> None:
    started = time.perf_counter()
    build()
    built = time.perf_counter() - started
    first = time.perf_counter()
    run(qs[0])
    first_ms = (time.perf_counter() - first) * 1000
    timings, cpu, server = [], [], []
    for q in qs:
        s = server_ms() if server_ms else 0.0
        t, c = time.perf_counter(), time.process_time()
        run(q)
        timings.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        server.append(server_ms() - s if server_ms else 0.0)
    cuts, cpu_cuts = statistics.quantiles(timings, n=100), statistics.quantiles(cpu, n=100)
    srv_cuts = statistics.quantiles(server, n=100)
    srv = f"{srv_cuts[49]:.1f} / {srv_cuts[94]:.1f} / {srv_cuts[98]:.1f}" if server_ms else "–"
    load = os.getloadavg()[0]
    print(f"| {name} | {size:,} | {size / built:,.0f} docs/s ({built:.1f} s) | {size_of() / 2**20:,.1f} MB "
          f"| {first_ms:.1f} | {cuts[49]:.1f} | {cuts[94]:.1f} | {cuts[98]:.1f} "
          f"| {cpu_cuts[49]:.1f} / {cpu_cuts[94]:.1f} | {srv} | {load:.1f} |", flush=True)


def backend_cpu_ms(pid: int) -> float:
    """CPU time (ms) the PostgreSQL server process `pid` has used: /proc/PID/schedstat (Linux,
    same machine), a figure the other load on a shared machine inflates far less than wall time."""
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--backends", default="whoosh,postgres,sqlite")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--pg-cache-mb", type=int, default=32,
                        help="PostgreSQL backend's per-process match-set cache (0: off)")
    parser.add_argument("--dsn", default=os.environ.get("EXCHANGE_BENCH_DATABASE_URL",
                                                        "postgresql://postgres@127.0.0.1/test"))
    args = parser.parse_args(argv)
    qs = queries(args.queries)
    print("| backend | documents | build rate | index size | first query ms (cache build) "
          "| p50 ms | p95 ms | p99 ms | client CPU p50 / p95 ms | server CPU p50 / p95 / p99 ms | load avg |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |", flush=True)
    for size in args.sizes:
        for backend in args.backends.split(","):
            run_backend(backend, size, qs, args.dsn, args.pg_cache_mb)


def run_backend(backend: str, size: int, qs: list[SearchQuery], dsn: str, pg_cache_mb: int = 32) -> None:
    work = Path(tempfile.mkdtemp(prefix="search-bench-"))
    try:
        if backend == "whoosh":
            ix = search.open_index("whoosh", path=work / "ix")
            measure("whoosh", size, lambda: ix.index(corpus(size)), ix.query,
                    lambda: dir_size(work / "ix"), qs)
            ix.close()
        elif backend == "postgres":
            schema = f"search_bench_{os.getpid()}"
            from search.pg_index import PostgresIndex

            ix = PostgresIndex(dsn, schema=schema, match_cache_mb=pg_cache_mb)
            name = "postgres" if pg_cache_mb else "postgres (match cache off)"
            try:
                # the search connection's server process (opened with the index)
                pid = ix._conn.info.backend_pid if ix._conn else 0
                measure(name, size, lambda: ix.index(corpus(size)), ix.query,
                        lambda: pg_size(dsn, schema), qs, lambda: backend_cpu_ms(pid))
            finally:
                ix.close()
                import psycopg
                with psycopg.connect(dsn, autocommit=True) as conn:
                    conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        elif backend == "sqlite":
            ref = SqliteFts5(work / "fts.db")
            measure("sqlite fts5 (reference)", size, lambda: ref.index(corpus(size)), ref.query,
                    lambda: (work / "fts.db").stat().st_size, qs)
            ref.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
