"""Independent check of k and l from a published CSV file alone (no code from the anonymiser)."""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path


def read_output(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def k_and_l(path: Path, quasi: list[str], sensitive: list[str]) -> tuple[int | None, dict[str, int]]:
    """Smallest equivalence class over ``quasi`` and fewest distinct values of each sensitive column."""
    _, rows = read_output(path)
    classes: dict[tuple[str, ...], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        classes[tuple(row[q] for q in quasi)].append(row)
    if not classes:
        return None, {}
    k = min(len(members) for members in classes.values())
    l = {s: min(len({m[s] for m in members}) for members in classes.values()) for s in sensitive}
    return k, l
