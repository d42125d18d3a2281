"""Benchmark: anonymise 1,000,000 rows x 6 quasi-identifiers + 4 measures to k = 5.

    /work/main/.venv/bin/python bench/tabular_anonymiser.py [--rows 1000000] [--anonypy-rows 20000]

Generates a synthetic KPI table (seeded) as CSV under bench/out/, then, each in a fresh process:
ours end to end (read CSV, anonymise, write CSV) with wall time and peak RSS; and, on the first
--anonypy-rows rows of the same table, ours in memory against anonypy's Mondrian (pure Python on
pandas), run with the interpreter of .venv-pycanon (anonypy and its pandas live there, not in the
project's environment). Prints the figures and the speed ratio.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
QUASI = ["site", "line", "product", "batch_date", "batch_size", "shift"]
MEASURES = ["oee", "yield", "cycle_time_h", "deviations"]
ROLES = {**{q: "quasi" for q in QUASI}, **{m: "measure" for m in MEASURES}}


def generate(path: Path, rows: int, seed: int = 42) -> None:
    import numpy as np

    rng = np.random.default_rng(seed)
    site = rng.integers(0, 40, rows)
    line = site * 5 + rng.integers(0, 5, rows)
    day = rng.integers(0, 1095, rows)
    columns = {
        "site": np.char.add("Site ", site.astype(str)),
        "line": np.char.add("Line ", line.astype(str)),
        "product": np.char.add("Product ", rng.integers(0, 120, rows).astype(str)),
        "batch_date": (np.datetime64("2022-01-01") + day).astype(str),
        "batch_size": rng.integers(50, 5000, rows).astype(str),
        "shift": np.array(["early", "late", "night"])[rng.integers(0, 3, rows)],
        "oee": np.round(rng.uniform(10, 90, rows), 1).astype(str),
        "yield": np.round(rng.uniform(80, 99.9, rows), 2).astype(str),
        "cycle_time_h": np.round(rng.gamma(4, 6, rows), 1).astype(str),
        "deviations": rng.poisson(2, rows).astype(str),
    }
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(columns))
        writer.writerows(zip(*(c.tolist() for c in columns.values())))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def roles_for(l: int) -> dict[str, str]:
    """With l > 1 the ``deviations`` count is treated as the sensitive column."""
    return {**ROLES, "deviations": "sensitive"} if l > 1 else ROLES


def child_ours(source: str, target: str, k: int, l: int) -> None:
    from anonymiser.tabular import Limits, anonymise_table

    started, cpu = time.perf_counter(), time.process_time()
    result = anonymise_table(source, roles=roles_for(l), k=k, l=l, limits=Limits(max_file_bytes=1 << 30))
    result.write_csv(target)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    r = result.report
    json.dump({"wall_s": wall, "cpu_s": cpu, "load": os.getloadavg()[0], "peak_rss_mb": peak_rss_mb(),
               "rows_out": r.rows_out, "k": r.k_achieved, "l": min(r.l_achieved.values(), default=None),
               "classes": r.equivalence_classes, "ncp": r.information_loss_ncp,
               "suppressed": r.records_suppressed, "risk_average": r.risk_average}, sys.stdout)


def child_ours_memory(source: str, rows: int, k: int) -> None:
    from itertools import islice

    from anonymiser.tabular import anonymise_table

    with open(source, encoding="utf-8", newline="") as handle:
        table = list(islice(csv.reader(handle), rows + 1))
    started, cpu = time.perf_counter(), time.process_time()
    result = anonymise_table(table, roles=ROLES, k=k, l=1)
    json.dump({"rows": result.report.rows_in, "wall_s": time.perf_counter() - started, "cpu_s": time.process_time() - cpu,
               "classes": result.report.equivalence_classes, "ncp": result.report.information_loss_ncp}, sys.stdout)


def run_child(args: list[str], python: str = sys.executable) -> dict[str, float]:
    done = subprocess.run([python, *args], capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode:
        raise SystemExit(f"child {args[1:3]} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--anonypy-rows", type=int, default=20_000)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--l", type=int, default=1, help="l > 1 makes 'deviations' a sensitive column")
    parser.add_argument("--skip-anonypy", action="store_true")
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        mode, *rest = args.child
        if mode == "ours":
            child_ours(rest[0], rest[1], args.k, args.l)
        else:
            child_ours_memory(rest[0], int(rest[1]), args.k)
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    source = OUT / f"kpi_{args.rows}.csv"
    if not source.exists():
        generate(source, args.rows)
    me = str(Path(__file__).resolve())
    ours = run_child([me, "--k", str(args.k), "--l", str(args.l), "--child", "ours", str(source), str(OUT / "anonymised.csv")])
    print(f"ours, {args.rows:,} rows x 6 quasi + 4 measures, k={args.k}, l={args.l}, CSV in -> CSV out: "
          f"{ours['wall_s']:.1f} s wall ({ours['cpu_s']:.1f} s CPU, load average {ours['load']:.1f} on {os.cpu_count()} cores), peak RSS {ours['peak_rss_mb']:.0f} MB; k achieved {ours['k']}, "
          f"l achieved {ours['l']}, {ours['classes']:,} classes, NCP {ours['ncp']:.3f}, suppressed {ours['suppressed']}")
    if not args.skip_anonypy:
        compare(source, args.anonypy_rows, args.k, me)
    return 0


def compare(source: Path, rows: int, k: int, me: str) -> None:
    python = ROOT / ".venv-pycanon" / "bin" / "python"
    if not python.exists():
        print("anonypy: .venv-pycanon not installed, comparison skipped")
        return
    ours = run_child([me, "--k", str(k), "--child", "memory", str(source), str(rows)])
    theirs = run_child([str(ROOT / "bench" / "anonypy_child.py"), str(source), str(rows), str(k)], str(python))
    total = theirs["partition_s"] + theirs["anonymize_s"]
    print(f"same table, first {rows:,} rows, in memory: ours {ours['wall_s']:.2f} s wall / {ours['cpu_s']:.2f} s CPU "
          f"({ours['classes']:,} classes, NCP {ours['ncp']:.3f}); anonypy partition {theirs['partition_s']:.1f} s wall / "
          f"{theirs['partition_cpu_s']:.1f} s CPU + anonymize {theirs['anonymize_s']:.1f} s "
          f"({theirs['partitions']:,} partitions, smallest {theirs['smallest']})")
    print(f"ratio anonypy / ours: {total / ours['wall_s']:.0f}x wall (partitioning alone {theirs['partition_s'] / ours['wall_s']:.0f}x wall, "
          f"{theirs['partition_cpu_s'] / ours['cpu_s']:.0f}x CPU)")


if __name__ == "__main__":
    sys.exit(main())
