"""Time the dataset pipeline step (term masking + anonymise_table + CSV) on every seed dataset,
with the roles from its sidecar, k = 5, l = 2. Prints one line per dataset; no database.

Run: .venv/bin/python bench/dataset_pipeline.py
"""
from __future__ import annotations

import time
from pathlib import Path

from anonymiser.tabular import anonymise_table
from exchange.datasets.processing import mask_terms
from exchange.datasets.upload import UPLOAD_LIMITS, read_table
from exchange.seeding.datasets import read_seed_datasets

SEED_DIR = Path(__file__).resolve().parent.parent / "seed_cases"


def main() -> None:
    total = 0.0
    for seed in read_seed_datasets(SEED_DIR):
        started = time.perf_counter()
        table = mask_terms(read_table(seed.path.read_bytes()), seed.columns, seed.sensitive_terms)
        identifiers = [c for c, r in seed.columns.items() if r == "identifier"]
        result = anonymise_table(table, roles=seed.columns, k=5, l=2, pseudonymise_columns=identifiers,
                                 terms=seed.sensitive_terms, limits=UPLOAD_LIMITS)
        result.to_csv()
        elapsed = time.perf_counter() - started
        total += elapsed
        report = result.report
        print(f"{seed.key:32} {report.rows_in:5d} rows  {len(table.header):3d} cols  {elapsed:6.3f} s  "
              f"k={report.k_achieved}  suppressed={report.records_suppressed}  NCP={report.information_loss_ncp:.3f}")
    print(f"{'total':32} {total:.3f} s")


if __name__ == "__main__":
    main()
