"""The coverage section of seed_cases/README.md, computed from the library itself.

    python -m tests.seed.coverage_table          # print the section
    python -m tests.seed.coverage_table --write  # rewrite it in the README

A test asserts the README shows exactly what this computes, so the documentation cannot drift.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

import yaml

from tests.seed import catalogue_rules as rules

START, END = "<!-- coverage:start -->", "<!-- coverage:end -->"
README = rules.SEED_DIR / "README.md"
SEGMENT_ORDER = ["oral_solid_dose", "sterile_injectables", "biologics", "vaccines",
                 "cell_gene_therapy", "small_molecule_api"]


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]


def segment_outcomes(cases: list[rules.Case]) -> list[str]:
    counts = Counter((c.meta["segment"], c.meta["outcome"]) for c in cases)
    rows = [[s, *(counts[(s, o)] for o in ("success", "partial", "failure")),
             sum(counts[(s, o)] for o in rules.OUTCOMES)] for s in SEGMENT_ORDER]
    return _table(["segment", "success", "partial", "failure", "cases"], rows)


def benchmark_cells(cases: list[rules.Case]) -> list[str]:
    """Distinct organisations reporting each metric per segment (what disclosure rules count)."""
    cells: dict[tuple[str, str], set[str]] = defaultdict(set)
    for case in cases:
        for kpi in case.meta["kpis"]:
            cells[(case.meta["segment"], kpi["metric"])].add(case.meta["organisation"])
    metrics = sorted(rules.METRIC_RANGES)
    rows = [[m, *(len(cells[(s, m)]) or "·" for s in SEGMENT_ORDER)] for m in metrics]
    return _table(["metric \\ segment", *SEGMENT_ORDER], rows)


def tag_counts(cases: list[rules.Case], field: str, label: str) -> list[str]:
    counts = Counter(tag for c in cases for tag in c.meta[field])
    return _table([label, "cases"], [[t, counts[t]] for t in sorted(counts)])


def dataset_rows() -> list[str]:
    rows = []
    for path in rules.dataset_files():
        side = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
        header, body = rules.read_table(path)
        rows.append([path.name, side["organisation"], side["segment"], len(body), len(header),
                     ", ".join(sorted(set(side["metrics"].values())))])
    return _table(["dataset", "organisation", "segment", "rows", "columns", "metrics"], rows)


def section() -> str:
    cases = rules.load_cases()
    styles = Counter(c.meta["style"] for c in cases)
    parts = [START, "", f"{len(cases)} case studies; styles: "
             + ", ".join(f"{s} {styles[s]}" for s in sorted(styles)) + ".", "",
             "### Segments and outcomes", "", *segment_outcomes(cases), "",
             "### Organisations per benchmark cell (segment × metric)", "",
             *benchmark_cells(cases), "", "### Technologies", "", *tag_counts(cases, "technologies", "technology"), "",
             "### Barriers", "", *tag_counts(cases, "barriers", "barrier"), "",
             "### Datasets", "", *dataset_rows(), "", END]
    return "\n".join(parts)


def readme_section(text: str) -> str:
    return text[text.index(START):text.index(END) + len(END)]


def main(argv: list[str]) -> None:
    if "--write" in argv:
        text = README.read_text(encoding="utf-8")
        README.write_text(text.replace(readme_section(text), section()), encoding="utf-8")
    else:
        print(section())


if __name__ == "__main__":
    main(sys.argv[1:])
