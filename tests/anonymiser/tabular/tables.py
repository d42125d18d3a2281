"""Test tables: random KPI logs and adversarial shapes."""
from __future__ import annotations

import datetime as dt
import random

SITES = {"Speke": "North West", "Macclesfield": "North West", "Blakeney Castle": "North East",
         "Ware": "South East", "Ulverston": "North West", "Cramlington": "North East"}
HEADER = ["Batch ID", "Site", "Region", "Line", "Batch date", "Batch size", "OEE (%)", "Deviation class"]


def kpi_rows(n: int, seed: int, classes: tuple[str, ...] = ("none", "minor", "major", "critical")) -> list[list[str]]:
    rnd = random.Random(seed)
    rows = [list(HEADER)]
    start = dt.date(2023, 1, 1)
    for i in range(n):
        site = rnd.choice(list(SITES))
        rows.append([
            f"B{seed}-{i:06d}", site, SITES[site], f"{site[:3]}-L{rnd.randint(1, 4)}",
            (start + dt.timedelta(days=rnd.randint(0, 700))).isoformat(),
            str(rnd.randint(50, 5000)), f"{rnd.uniform(10, 90):.1f}", rnd.choice(classes),
        ])
    return rows


QUASI = ["Site", "Region", "Line", "Batch date", "Batch size"]
SENSITIVE = ["Deviation class"]
