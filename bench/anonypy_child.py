"""Time anonypy's Mondrian (k-anonymity) on the first N rows of a bench CSV.

Runs in the environment that has anonypy (``.venv-pycanon``); started by bench/tabular_anonymiser.py.
Prints JSON: rows, partition seconds, anonymize seconds, partitions, smallest partition.
"""
from __future__ import annotations

import json
import sys
import time

import pandas as pd
from anonypy import anonypy


def main(path: str, rows: int, k: int) -> int:
    frame = pd.read_csv(path, nrows=rows, dtype=str, keep_default_na=False)
    for column in ("site", "line", "product"):
        frame[column] = frame[column].astype("category")
    frame["batch_date"] = pd.to_datetime(frame["batch_date"]).map(pd.Timestamp.toordinal)
    frame["batch_size"] = frame["batch_size"].astype(int)
    frame["shift"] = frame["shift"].astype("category")
    frame["oee"] = frame["oee"].astype(float)
    quasi = ["site", "line", "product", "batch_date", "batch_size", "shift"]
    preserver = anonypy.Preserver(frame, quasi, "oee")
    started, cpu = time.perf_counter(), time.process_time()
    partitions = preserver.modrian.partition(k)
    partitioned, partition_cpu = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    anonypy.anonymize(frame, partitions, quasi, "oee")
    anonymised = time.perf_counter() - started
    json.dump({"rows": len(frame), "partition_s": partitioned, "partition_cpu_s": partition_cpu, "anonymize_s": anonymised,
               "partitions": len(partitions), "smallest": min(len(p) for p in partitions)}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
