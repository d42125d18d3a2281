"""Rules the seed library must obey, as small pure functions that return a list of problems.

The catalogue tests apply them to every file under ``seed_cases/``; ``test_catalogue_rules``
proves that each rule rejects what it should, so a rule cannot silently pass everything.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

SEED_DIR = Path(__file__).resolve().parents[2] / "seed_cases"

SEGMENTS = frozenset({
    "oral_solid_dose", "sterile_injectables", "biologics", "vaccines",
    "cell_gene_therapy", "small_molecule_api",
})
TECHNOLOGIES = frozenset({
    "process_analytical_technology", "continuous_manufacturing", "robotics_automation",
    "automated_visual_inspection", "mes_ebr", "lims_eln", "eqms", "data_historian_scada",
    "iiot_data_platform", "digital_twin", "ai_ml", "advanced_process_control",
    "single_use_modular", "ar_vr", "serialisation",
})
BARRIERS = frozenset({
    "legacy_infrastructure", "departmental_silos", "lack_of_internal_talent", "scale",
    "invisible_roi", "risk_aversion", "insufficient_budget", "organisational_acceptance",
})
OUTCOMES = frozenset({"success", "partial", "failure"})
STYLES = frozenset({"press_release", "internal_review", "interview", "bullets"})
KINDS = frozenset({"manufacturer", "cdmo", "supplier", "rto", "academia", "regulator"})
SIZE_BANDS = frozenset({"micro", "small", "medium", "large"})
ROLES = frozenset({"member", "contributor", "curator", "admin"})
COLUMN_ROLES = frozenset({"identifier", "quasi", "sensitive", "measure", "text", "drop"})
REGIONS = frozenset({
    "North East England", "North West England", "Yorkshire and The Humber", "East Midlands",
    "West Midlands", "East of England", "London", "South East England", "South West England",
    "Wales", "Scotland", "Northern Ireland",
})
# Inclusive plausible ranges per metric code (DOMAIN.md indicative ranges, widened for outliers).
METRIC_RANGES: dict[str, tuple[float, float]] = {
    "oee_pct": (0.0, 100.0),
    "rft_pct": (0.0, 100.0),
    "yield_pct": (0.0, 100.0),
    "batch_cycle_time_h": (0.5, 720.0),
    "changeover_time_h": (0.1, 72.0),
    "deviations_per_100_batches": (0.0, 100.0),
    "lead_time_days": (0.5, 180.0),
    "batch_record_review_days": (0.1, 60.0),
    "capital_invested_gbp": (10_000.0, 50_000_000.0),
    "payback_months": (1.0, 120.0),
    "roi_pct": (-100.0, 1000.0),
    "ftes_redeployed": (0.0, 100.0),
}
CASE_FIELDS = (
    "organisation", "title", "summary", "segment", "technologies", "barriers", "outcome",
    "style", "year", "maturity_before", "maturity_after", "sensitive_terms", "kpis",
    "lessons_learned",
)
ORG_FIELDS = ("slug", "name", "kind", "size_band", "region", "segments", "aliases", "sites", "users")
EMAIL_RE = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
BODY_WORDS = (250, 700)
TEXT_LIMITS = {"title": 200, "summary": 2_000}  # what the contribution form accepts


@dataclass(frozen=True)
class Case:
    path: Path
    meta: dict[str, Any]
    body: str

    @property
    def text(self) -> str:
        """Everything a reader of the raw contribution sees."""
        parts = [self.meta.get("title", ""), self.meta.get("summary", ""), self.body,
                 self.meta.get("lessons_learned", "")]
        return "\n".join(str(p) for p in parts)


class FrontMatterError(ValueError):
    """A case file does not start with a YAML front matter block."""


def split_front_matter(raw: str) -> tuple[dict[str, Any], str]:
    if not raw.startswith("---\n"):
        raise FrontMatterError("missing opening '---'")
    head, sep, body = raw[4:].partition("\n---\n")
    if not sep:
        raise FrontMatterError("missing closing '---'")
    if "---" in head:
        raise FrontMatterError("'---' inside the front matter (readers split on the first one)")
    meta = yaml.safe_load(head)
    if not isinstance(meta, dict):
        raise FrontMatterError("front matter is not a mapping")
    return meta, body


def load_cases(seed_dir: Path = SEED_DIR) -> list[Case]:
    cases = []
    for path in sorted((seed_dir / "cases").glob("*.md")):
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        cases.append(Case(path, meta, body))
    return cases


def load_organisations(seed_dir: Path = SEED_DIR) -> list[dict[str, Any]]:
    return yaml.safe_load((seed_dir / "organisations.yaml").read_text(encoding="utf-8"))


def org_problems(org: dict[str, Any]) -> list[str]:
    problems = [f"missing {f}" for f in ORG_FIELDS if f not in org]
    if problems:
        return problems
    if not SLUG_RE.match(str(org["slug"])):
        problems.append(f"bad slug {org['slug']!r}")
    for field, allowed in (("kind", KINDS), ("size_band", SIZE_BANDS), ("region", REGIONS)):
        if org[field] not in allowed:
            problems.append(f"bad {field} {org[field]!r}")
    problems += [f"bad segment {s!r}" for s in org["segments"] if s not in SEGMENTS]
    if not org["aliases"] or not org["sites"]:
        problems.append("aliases and sites must not be empty")
    for user in org["users"]:
        if user.get("role") not in ROLES:
            problems.append(f"bad role {user.get('role')!r}")
        problems += email_problems(str(user.get("email", "")))
    return problems


def email_problems(text: str) -> list[str]:
    """Every e-mail address must be at a .example domain (RFC 2606)."""
    found = EMAIL_RE.findall(text)
    if "@" in text and not found:
        return [f"unparseable e-mail in {text[:40]!r}"]
    return [f"e-mail domain {d!r} is not .example" for d in found if not d.lower().endswith(".example")]


def kpi_problems(kpi: dict[str, Any]) -> list[str]:
    metric = kpi.get("metric")
    if metric not in METRIC_RANGES:
        return [f"unknown metric {metric!r}"]
    low, high = METRIC_RANGES[metric]
    keys = {k for k in kpi if k != "metric"}
    if keys not in ({"before", "after"}, {"value"}):
        return [f"{metric}: needs before+after or value, got {sorted(keys)}"]
    problems = []
    for key in sorted(keys):
        value = kpi[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"{metric}.{key} is not a number")
        elif not low <= value <= high:
            problems.append(f"{metric}.{key}={value} outside [{low}, {high}]")
    return problems


def case_problems(meta: dict[str, Any], org_slugs: set[str]) -> list[str]:
    problems = [f"missing {f}" for f in CASE_FIELDS if f not in meta]
    if problems:
        return problems
    problems += [f"{f} longer than {n} characters" for f, n in TEXT_LIMITS.items() if len(str(meta[f])) > n]
    if meta["organisation"] not in org_slugs:
        problems.append(f"unknown organisation {meta['organisation']!r}")
    for field, allowed in (("segment", SEGMENTS), ("outcome", OUTCOMES), ("style", STYLES)):
        if meta[field] not in allowed:
            problems.append(f"bad {field} {meta[field]!r}")
    for field, allowed in (("technologies", TECHNOLOGIES), ("barriers", BARRIERS)):
        values = meta[field] or []
        if not values:
            problems.append(f"{field} is empty")
        problems += [f"bad {field[:-1]} {v!r}" for v in values if v not in allowed]
    problems += maturity_problems(meta)
    if not isinstance(meta["year"], int) or not 2015 <= meta["year"] <= 2026:
        problems.append(f"bad year {meta['year']!r}")
    if not meta["kpis"]:
        problems.append("no kpis")
    for kpi in meta["kpis"] or []:
        problems += kpi_problems(kpi)
    return problems


def maturity_problems(meta: dict[str, Any]) -> list[str]:
    before, after = meta["maturity_before"], meta["maturity_after"]
    if not all(isinstance(v, int) and 1 <= v <= 5 for v in (before, after)):
        return [f"maturity must be 1..5, got {before!r} -> {after!r}"]
    if after < before:
        return [f"maturity fell {before} -> {after}"]
    return []


def word_count(text: str) -> int:
    return len(re.findall(r"\S+", text))


DATASET_FIELDS = ("organisation", "title", "summary", "segment", "sensitive_terms", "columns", "metrics")
DATASET_ROWS = (150, 600)


@functools.lru_cache(maxsize=None)
def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a CSV or XLSX file, every cell as text."""
    if path.suffix == ".csv":
        import csv

        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
    else:
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True)
        try:
            rows = [["" if c is None else str(c) for c in row]
                    for row in workbook.worksheets[0].iter_rows(values_only=True)]
        finally:
            workbook.close()
    return rows[0], rows[1:]


def dataset_files(seed_dir: Path = SEED_DIR) -> list[Path]:
    folder = seed_dir / "datasets"
    return sorted(p for p in folder.iterdir() if p.suffix in (".csv", ".xlsx"))


def sidecar_problems(side: dict[str, Any], header: list[str], org_slugs: set[str]) -> list[str]:
    problems = [f"missing {f}" for f in DATASET_FIELDS if f not in side]
    if problems:
        return problems
    if side["organisation"] not in org_slugs:
        problems.append(f"unknown organisation {side['organisation']!r}")
    if side["segment"] not in SEGMENTS:
        problems.append(f"bad segment {side['segment']!r}")
    columns: dict[str, str] = side["columns"]
    if sorted(columns) != sorted(header):
        problems.append(f"columns {sorted(columns)} do not match header {sorted(header)}")
    problems += [f"bad role {r!r} for {c}" for c, r in columns.items() if r not in COLUMN_ROLES]
    for column, metric in (side["metrics"] or {}).items():
        if column not in header:
            problems.append(f"metric column {column!r} not in header")
        if metric not in METRIC_RANGES:
            problems.append(f"unknown metric {metric!r}")
        elif columns.get(column) != "measure":
            problems.append(f"metric column {column!r} is not a measure")
    return problems
