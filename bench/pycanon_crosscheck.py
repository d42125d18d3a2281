"""Cross-check k-anonymity and l-diversity of published CSV files with pycanon.

pycanon pins its own numpy/pandas, so this script runs in its own environment:

    python -m venv .venv-pycanon && .venv-pycanon/bin/pip install pycanon anonypy
    echo '[{"path": "out.csv", "quasi": ["Site"], "sensitive": ["Result"]}]' \
        | .venv-pycanon/bin/python bench/pycanon_crosscheck.py

Reads a JSON list of cases on stdin and prints a JSON list of {"k": int, "l": int | null}.
It reads the output files alone and imports nothing from the anonymiser.
"""
from __future__ import annotations

import json
import sys

import pandas as pd
from pycanon import anonymity


def check(case: dict[str, object]) -> dict[str, int | None]:
    frame = pd.read_csv(str(case["path"]), dtype=str, keep_default_na=False)
    quasi = list(case["quasi"])  # type: ignore[call-overload]
    sensitive = list(case["sensitive"])  # type: ignore[call-overload]
    if frame.empty:
        return {"k": None, "l": None}
    k = int(anonymity.k_anonymity(frame, quasi))
    l = int(anonymity.l_diversity(frame, quasi, sensitive)) if sensitive else None
    return {"k": k, "l": l}


def main() -> int:
    cases = json.load(sys.stdin)
    json.dump([check(c) for c in cases], sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
