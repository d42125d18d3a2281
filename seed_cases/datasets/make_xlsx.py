"""Regenerate the seed XLSX dataset with openpyxl (deterministic: fixed seed).

    python seed_cases/datasets/make_xlsx.py

Fenland Vaccine Manufacturing's mRNA-LNP lot history, laid out as a QA spreadsheet would be:
one sheet, a header row, one lot per row. The sidecar fenland-mrna-lots.yaml declares the roles.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
HEADER = [
    "lot_number", "product", "site", "formulation_line", "formulation_start", "release_date",
    "formulation_cycle_h", "lead_time_days", "particle_size_nm", "pdi", "encapsulation_pct",
    "right_first_time", "shift_supervisor", "qa_comment",
]
SUPERVISORS = ["Stuart Fenwick", "Lydia Barnes", "Gemma Rix", "Tariq Mahmood", "Owen Pryor"]
COMMENTS = ["", "", "", "Size drift, diverted 14 min", "TFF pressure alarm, cleared by Gemma Rix",
            "Lipid lot change", "Awaiting client QP"]


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def lot_row(rng: random.Random, index: int) -> list[object]:
    start = date(2020, 10, 5) + timedelta(days=index * 4)
    continuous = start >= date(2022, 5, 17)
    lead = round(clamp(rng.gauss(30 if continuous else 42, 4), 18, 70))
    size = round(clamp(rng.gauss(82 if continuous else 90, 5 if continuous else 12), 55, 140), 1)
    rft = int(rng.random() < (0.91 if continuous else 0.80))
    return [
        f"FVM-L{start:%y}{index:04d}", rng.choice(["FVM-mRNA-12", "FVM-mRNA-12", "FVM-mRNA-15"]),
        "Soham", "Continuous mixer CM-1" if continuous else "Batch vessel BV-2",
        start, start + timedelta(days=lead), round(clamp(rng.gauss(40 if continuous else 96, 6), 24, 130)),
        lead, size, round(clamp(rng.gauss(0.12 if continuous else 0.18, 0.03), 0.05, 0.35), 3),
        round(clamp(rng.gauss(94 if continuous else 89, 2), 80, 99.5), 1), rft,
        rng.choice(SUPERVISORS), rng.choice(COMMENTS),
    ]


def rows() -> list[list[object]]:
    rng = random.Random(17)
    return [lot_row(rng, index) for index in range(220)]


def main() -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Lots"
    sheet.append(HEADER)
    for row in rows():
        sheet.append(row)
    workbook.save(HERE / "fenland-mrna-lots.xlsx")


if __name__ == "__main__":
    main()
