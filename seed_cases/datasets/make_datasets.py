"""Regenerate the seed CSV datasets (deterministic: fixed seeds, no network, stdlib only).

    python seed_cases/datasets/make_datasets.py

Each dataset is fictional batch-level or monthly KPI data written as the company would hold it:
with identifiers (batch ids, people) and quasi-identifiers (site, line, product, dates). The
sidecar NAME.yaml beside each file declares column roles and metric codes.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
Row = dict[str, object]


def render_csv(rows: list[Row]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def pennine_compression(rng: random.Random) -> list[Row]:
    operators = ["Dave Holroyd", "Shabana Akhtar", "Lee Brook", "Kirsty Haigh", "Tomasz Nowak",
                 "Jenny Sutcliffe", "Imran Hussain", "Paul Crossley"]
    products = [("Calderin 10 mg", 600), ("Calderin 20 mg", 600), ("Wharfelon 250 mg", 450)]
    comments = ["", "", "", "Punch change by Dave Holroyd", "Feeder jam, cleared",
                "Weight drift, press 3 adjusted", "Waiting for QC release of blend", "Sticking on upper punches"]
    rows = []
    for i in range(360):
        day = date(2022, 1, 3) + timedelta(days=i * 2)
        site = "Huddersfield" if i % 3 else "Barnsley"
        product, batch_kg = rng.choice(products)
        planned = rng.choice([16.0, 24.0, 24.0, 32.0])
        continuous = site == "Huddersfield" and day >= date(2023, 3, 14)
        run = round(planned * clamp(rng.gauss(0.72 if continuous else 0.55, 0.08), 0.2, 0.98), 1)
        total = round(run * rng.uniform(95, 110), 1)
        good = round(total * clamp(rng.gauss(0.975, 0.01), 0.9, 0.999), 1)
        oee = round(100 * (run / planned) * 0.8 * (good / total) * (0.95 if continuous else 0.75), 1)
        rows.append({
            "batch_id": f"PPH-{day:%y}-{4000 + i:04d}", "product": product, "site": site,
            "line": f"{'CDC' if continuous else 'Press'}-{rng.randint(1, 3)}",
            "start_date": day.isoformat(), "operator": rng.choice(operators),
            "shift": rng.choice(["Days", "Lates", "Nights"]), "batch_size_kg": batch_kg,
            "planned_time_h": planned, "run_time_h": run, "total_tablets_k": total,
            "good_tablets_k": good, "oee_pct": oee,
            "yield_pct": round(clamp(rng.gauss(97.2 if continuous else 96.0, 0.8), 90, 99.9), 1),
            "deviations": rng.choices([0, 1, 2], [0.8, 0.17, 0.03])[0],
            "operator_comment": rng.choice(comments),
        })
    return rows


def tamar_fill_finish(rng: random.Random) -> list[Row]:
    operators = ["Jago Polglase", "Tamsin Rowe", "Kerenza Hocking", "Mike Treloar", "Becky Nance",
                 "Arthur Penhaligon"]
    clients = ["TSS-C03", "TSS-C07", "TSS-C11", "TSS-C12", "TSS-C19"]
    rows = []
    for i in range(240):
        day = date(2021, 6, 1) + timedelta(days=i * 4)
        avi = day >= date(2022, 9, 21)
        filled = rng.randint(8_000, 42_000)
        rejects = int(filled * clamp(rng.gauss(0.011 if avi else 0.024, 0.004), 0.001, 0.08))
        rows.append({
            "batch_id": f"TSS-{day:%y}{i:04d}", "client_code": rng.choice(clients),
            "product": rng.choice(["Lyo vial 10 mL", "Lyo vial 20 mL", "Liquid vial 2 mL", "PFS 1 mL"]),
            "filling_line": rng.choice(["Filling Suite 1", "Filling Suite 2", "Filling Suite 3"]),
            "site": "Plymouth", "fill_date": day.isoformat(), "lead_operator": rng.choice(operators),
            "vials_filled": filled, "inspection": "AVI" if avi else "Manual", "rejects": rejects,
            "changeover_h": round(clamp(rng.gauss(12.5, 2.5), 5, 24), 1),
            "deviations": rng.choices([0, 1, 2], [0.78 if avi else 0.66, 0.19, 0.03])[0],
            "em_excursions": rng.choices([0, 1], [0.93, 0.07])[0],
        })
    return rows


def northfield_bioreactor_runs(rng: random.Random) -> list[Row]:
    scientists = ["Aisha Rahman", "Ruth Callaghan", "Kieran Doherty", "Mei Lin Chen", "Sam Okoro"]
    rows = []
    for i in range(180):
        start = date(2021, 1, 11) + timedelta(days=i * 5)
        raman = start >= date(2023, 1, 1)
        cycle = round(clamp(rng.gauss(312 if raman else 336, 10), 288, 372))
        rows.append({
            "run_id": f"NFB-R{2100 + i}", "product": rng.choice(["NB-4471", "NB-4471", "NB-5120"]),
            "bioreactor": f"BR-0{rng.randint(1, 4)}", "site": "Speke",
            "inoculation_date": start.isoformat(),
            "harvest_date": (start + timedelta(hours=cycle)).isoformat(),
            "responsible_scientist": rng.choice(scientists),
            "glucose_control": "Raman MPC" if raman else "Manual bolus",
            "titre_g_l": round(clamp(rng.gauss(4.6 if raman else 4.1, 0.4), 2.5, 6.5), 2),
            "upstream_cycle_h": cycle,
            "downstream_yield_pct": round(clamp(rng.gauss(72 if raman else 68, 3), 55, 85), 1),
            "rft": rng.choices([1, 0], [0.95 if raman else 0.89, 0.05 if raman else 0.11])[0],
            "notes": rng.choice(["", "", "", "Probe recalibrated", "Foam event day 6",
                                 "Late harvest, awaiting DSP slot"]),
        })
    return rows


def cairngorm_patient_batches(rng: random.Random) -> list[Row]:
    hospitals = ["St Columba's Hospital, Edinburgh", "Kelvinside General, Glasgow",
                 "Tayside Royal, Dundee", "Dee Valley Infirmary, Aberdeen", "Tyne General, Newcastle"]
    qps = ["Euan Baird", "Morven Stewart", "Iain Drummond"]
    rows = []
    for i in range(160):
        apheresis = date(2021, 3, 1) + timedelta(days=i * 6 + rng.randint(0, 4))
        automated = apheresis >= date(2022, 11, 1)
        v2v = round(clamp(rng.gauss(17 if automated else 24, 2.5), 12, 38))
        rows.append({
            "batch_id": f"CGX19-{i + 1:04d}", "chain_of_identity": f"CCT-COI-{700 + i:06d}",
            "patient_initials": "".join(rng.choice("ABCDEFGHJKLMNPRSTW") for _ in range(2)),
            "patient_birth_year": rng.randint(1946, 1999), "patient_sex": rng.choice(["F", "M"]),
            "indication": rng.choice(["DLBCL", "DLBCL", "Follicular lymphoma", "B-ALL", "Mantle cell lymphoma"]),
            "referring_hospital": rng.choice(hospitals), "apheresis_date": apheresis.isoformat(),
            "release_date": (apheresis + timedelta(days=v2v - 2)).isoformat(),
            "process": "Automated closed" if automated else "Manual open",
            "vein_to_vein_days": v2v,
            "viability_pct": round(clamp(rng.gauss(91, 4), 70, 99.5), 1),
            "transduction_pct": round(clamp(rng.gauss(42, 9), 12, 75), 1),
            "released_first_time": rng.choices([1, 0], [0.93 if automated else 0.82, 0.07 if automated else 0.18])[0],
            "certifying_qp": rng.choice(qps),
        })
    return rows


def ironbridge_monthly(rng: random.Random) -> list[Row]:
    plants = [("Telford", "T1", "IFC-N204", "Sanjay Kapoor"), ("Telford", "T2", "IFC-A117", "Rob Yates"),
              ("Wolverhampton", "W2", "IFC-A117", "Mohammed Iqbal"), ("Wolverhampton", "W3", "IFC-B052", "Sue Whitehouse")]
    rows = []
    for month_index in range(60):
        month = date(2019 + month_index // 12, month_index % 12 + 1, 1)
        for site, plant, product, manager in plants:
            flow = plant == "T1" and month >= date(2022, 4, 1)
            batches = rng.randint(6, 22)
            rows.append({
                "report_id": f"IFC-MR-{month:%Y%m}-{plant}", "month": f"{month:%Y-%m}", "site": site,
                "plant": plant, "product_code": product, "plant_manager": manager, "batches": batches,
                "oee_pct": round(clamp(rng.gauss(82 if flow else 61, 4), 35, 95), 1),
                "yield_pct": round(clamp(rng.gauss(91 if flow else 80, 2.5), 60, 98), 1),
                "deviations_per_100_batches": round(100 * rng.choices([0, 1, 2], [0.7, 0.25, 0.05])[0] / batches, 1),
                "batch_cycle_time_h": round(clamp(rng.gauss(30 if flow else 90, 8), 20, 140)),
                "energy_mwh": round(rng.uniform(120, 420), 1),
            })
    return rows


def documentation_errors(rng: random.Random, electronic: bool) -> int:
    if electronic:
        return rng.choices([0, 1], [0.92, 0.08])[0]
    return rng.choices([0, 1, 2, 4], [0.6, 0.25, 0.1, 0.05])[0]


def lagan_record_review(rng: random.Random) -> list[Row]:
    reviewers = ["Ciara McGrath", "Aoife Brennan", "Ruairi O'Neill", "Grainne Toner", "Stephen Ferris"]
    notes = ["", "", "Missing second signature step 14", "Late entry not explained",
             "Calculation error, corrected by Ruairi O'Neill", "Client QA comments pending"]
    rows = []
    for i in range(300):
        end = date(2021, 1, 4) + timedelta(days=int(i * 3.4))
        electronic = end >= date(2022, 6, 1) and rng.random() < 0.8
        review = round(clamp(rng.gauss(7 if electronic else 16, 2.5), 1, 35))
        rows.append({
            "batch_id": f"LPS-{end:%y}-{1000 + i}", "client_code": f"LPS-C{rng.randint(1, 27):03d}",
            "product_form": rng.choice(["Tablet", "Tablet", "Capsule", "Lyophilised vial"]),
            "site": rng.choice(["Craigavon", "Craigavon", "Lisburn"]),
            "record_type": "eBR" if electronic else "Paper", "qa_reviewer": rng.choice(reviewers),
            "batch_end_date": end.isoformat(),
            "disposition_date": (end + timedelta(days=review)).isoformat(),
            "review_days": review, "documentation_errors": documentation_errors(rng, electronic),
            "reviewer_note": rng.choice(notes),
        })
    return rows


def generators() -> dict[str, tuple[Callable[[random.Random], list[Row]], int]]:
    """File name -> (generator, seed). The seed makes every run produce the same bytes."""
    return {
        "pennine-compression-batches.csv": (pennine_compression, 11),
        "tamar-fill-finish-batches.csv": (tamar_fill_finish, 12),
        "northfield-bioreactor-runs.csv": (northfield_bioreactor_runs, 13),
        "cairngorm-patient-batches.csv": (cairngorm_patient_batches, 14),
        "ironbridge-monthly-kpis.csv": (ironbridge_monthly, 15),
        "lagan-batch-record-review.csv": (lagan_record_review, 16),
    }


def render(name: str) -> str:
    generator, seed = generators()[name]
    return render_csv(generator(random.Random(seed)))


def main() -> None:
    for name in generators():
        (HERE / name).write_text(render(name), encoding="utf-8", newline="")


if __name__ == "__main__":
    main()
