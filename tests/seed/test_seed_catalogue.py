"""The seed library obeys its format and covers what the benchmarks and the demo need."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

from tests.seed import catalogue_rules as rules
from tests.seed import coverage_table
from tests.seed import text_rules

ORGS = rules.load_organisations()
ORG_SLUGS = {o["slug"] for o in ORGS}
ORG_BY_SLUG = {o["slug"]: o for o in ORGS}
CASES = rules.load_cases()
DATASETS = rules.dataset_files()
CONTRIBUTING_KINDS = {"manufacturer", "cdmo"}


def _case_id(case: rules.Case) -> str:
    return case.path.stem


def _orgs_per_cell() -> dict[tuple[str, str], set[str]]:
    cells: dict[tuple[str, str], set[str]] = defaultdict(set)
    for case in CASES:
        for kpi in case.meta["kpis"]:
            cells[(case.meta["segment"], kpi["metric"])].add(case.meta["organisation"])
    return cells


# --- organisations ------------------------------------------------------------------------

@pytest.mark.parametrize("org", ORGS, ids=lambda o: o.get("slug", "?"))
def test_organisation_has_valid_fields_codes_and_users(org):
    assert rules.org_problems(org) == []


def test_organisation_slugs_names_and_emails_are_unique():
    emails = [u["email"] for o in ORGS for u in o["users"]]
    assert len(ORG_SLUGS) == len(ORGS)
    assert len({o["name"] for o in ORGS}) == len(ORGS)
    assert len(set(emails)) == len(emails)


def test_no_alias_of_one_organisation_names_another():
    owner: dict[str, str] = {}
    for org in ORGS:
        for form in [org["name"], *org["aliases"]]:
            assert owner.setdefault(form.lower(), org["slug"]) == org["slug"], form


def test_organisation_mix_matches_the_brief():
    kinds = Counter(o["kind"] for o in ORGS)
    assert len(ORGS) >= 14
    assert kinds["manufacturer"] + kinds["cdmo"] >= 9
    assert kinds["supplier"] >= 1 and kinds["rto"] >= 2 and kinds["academia"] >= 1


@pytest.mark.parametrize("org", [o for o in ORGS if o["kind"] in CONTRIBUTING_KINDS], ids=lambda o: o["slug"])
def test_every_manufacturer_and_cdmo_has_a_contributor_and_a_member(org):
    roles = {u["role"] for u in org["users"]}
    assert {"contributor", "member"} <= roles


def test_every_rto_has_a_curator_and_one_rto_has_the_admin():
    rtos = [o for o in ORGS if o["kind"] == "rto"]
    assert all(any(u["role"] == "curator" for u in o["users"]) for o in rtos)
    assert any(u["role"] == "admin" for o in rtos for u in o["users"])


# --- case studies ------------------------------------------------------------------------

def test_library_holds_at_least_48_case_studies():
    assert len(CASES) >= 48


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_case_front_matter_is_complete_and_uses_valid_codes(case):
    assert rules.case_problems(case.meta, ORG_SLUGS) == []


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_case_declared_sensitive_terms_each_occur_in_its_own_text(case):
    assert text_rules.missing_terms(case.meta["sensitive_terms"], case.text) == []


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_case_sensitive_terms_include_its_organisation_name(case):
    assert ORG_BY_SLUG[case.meta["organisation"]]["name"] in case.meta["sensitive_terms"]


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_case_body_length_is_within_250_to_700_words(case):
    low, high = rules.BODY_WORDS
    assert low <= rules.word_count(case.body) <= high


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_case_is_authored_by_a_manufacturer_or_cdmo(case):
    assert ORG_BY_SLUG[case.meta["organisation"]]["kind"] in CONTRIBUTING_KINDS


def test_case_file_names_are_numbered_and_unique():
    numbers = [c.path.name.split("-", 1)[0] for c in CASES]
    assert all(n.isdigit() and len(n) == 2 for n in numbers)
    assert len(set(numbers)) == len(numbers)


def test_every_segment_has_at_least_five_cases():
    counts = Counter(c.meta["segment"] for c in CASES)
    assert {s: counts[s] for s in rules.SEGMENTS if counts[s] < 5} == {}


def test_all_eight_barriers_and_at_least_ten_technologies_are_covered():
    barriers = {b for c in CASES for b in c.meta["barriers"]}
    technologies = {t for c in CASES for t in c.meta["technologies"]}
    assert barriers == rules.BARRIERS
    assert len(technologies) >= 10


def test_at_least_a_quarter_of_cases_describe_failure():
    failing = [c for c in CASES if c.meta["outcome"] in ("failure", "partial")]
    assert any(c.meta["outcome"] == "failure" for c in CASES)
    assert len(failing) * 4 >= len(CASES)


def test_styles_and_author_size_bands_vary():
    styles = Counter(c.meta["style"] for c in CASES)
    bands = {ORG_BY_SLUG[c.meta["organisation"]]["size_band"] for c in CASES}
    assert set(styles) == rules.STYLES and min(styles.values()) >= 6
    assert bands == rules.SIZE_BANDS


def test_oee_in_oral_solid_dose_is_reported_by_at_least_six_organisations():
    assert len(_orgs_per_cell()[("oral_solid_dose", "oee_pct")]) >= 6


def test_benchmark_cells_include_publishable_and_suppressible_ones():
    sizes = {cell: len(orgs) for cell, orgs in _orgs_per_cell().items()}
    publishable = [c for c, n in sizes.items() if n >= 5 and c != ("oral_solid_dose", "oee_pct")]
    assert len(publishable) >= 3
    assert any(2 <= n <= 3 for n in sizes.values())


@pytest.mark.parametrize("metric", ["payback_months", "capital_invested_gbp"])
def test_deployment_figures_are_reported_in_most_cases(metric):
    reporting = [c for c in CASES if any(k["metric"] == metric for k in c.meta["kpis"])]
    assert len(reporting) * 3 >= len(CASES) * 2


# --- datasets ------------------------------------------------------------------------------

def test_library_holds_at_least_six_datasets_one_of_them_xlsx():
    assert len(DATASETS) >= 6
    assert any(p.suffix == ".xlsx" for p in DATASETS)


@pytest.mark.parametrize("path", DATASETS, ids=lambda p: p.name)
def test_dataset_sidecar_matches_its_table(path: Path):
    side = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    header, rows = rules.read_table(path)
    low, high = rules.DATASET_ROWS
    assert rules.sidecar_problems(side, header, ORG_SLUGS) == []
    assert low <= len(rows) <= high
    assert all(len(r) == len(header) for r in rows)


@pytest.mark.parametrize("path", DATASETS, ids=lambda p: p.name)
def test_dataset_has_identifiers_and_quasi_identifiers_and_its_terms_occur(path: Path):
    side = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    header, rows = rules.read_table(path)
    text = "\n".join([side["title"], side["summary"], *(",".join(r) for r in rows)])
    assert {"identifier", "quasi"} <= set(side["columns"].values())
    org = ORG_BY_SLUG[side["organisation"]]
    assert text_rules.missing_terms(side["sensitive_terms"], text) == []
    assert org["name"] in side["sensitive_terms"]
    assert text_rules.undeclared_org_forms(org, side["sensitive_terms"], text) == []


# --- whole library --------------------------------------------------------------------------

def test_no_email_address_outside_dot_example_anywhere_in_the_library():
    texts = [p.read_text(encoding="utf-8") for p in rules.SEED_DIR.rglob("*")
             if p.is_file() and p.suffix in (".md", ".yaml", ".csv", ".py")]
    xlsx_text = ["\n".join(",".join(r) for r in rules.read_table(p)[1]) for p in DATASETS if p.suffix == ".xlsx"]
    problems = [p for t in texts + xlsx_text for p in rules.email_problems(t)]
    assert problems == []


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_case_code_names_and_project_names_are_declared_sensitive(case):
    assert text_rules.undeclared_identifiers(case.meta["sensitive_terms"], case.text) == []


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_case_phone_numbers_are_from_drama_ranges(case):
    assert text_rules.phone_problems(case.text) == []


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_case_sensitive_terms_never_occur_broken_across_lines(case):
    assert text_rules.split_terms(case.meta["sensitive_terms"], case.text) == []


def test_readme_coverage_section_matches_the_library():
    text = coverage_table.README.read_text(encoding="utf-8")
    assert coverage_table.readme_section(text) == coverage_table.section()


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_case_declares_every_form_of_its_authors_name_sites_and_region_it_uses(case):
    org = ORG_BY_SLUG[case.meta["organisation"]]
    assert text_rules.undeclared_org_forms(org, case.meta["sensitive_terms"], case.text) == []


@pytest.mark.parametrize("org", ORGS, ids=lambda o: o["slug"])
def test_organisation_aliases_include_its_name_without_legal_suffix(org):
    stem = text_rules.name_stem(org["name"])
    assert stem == org["name"] or stem in org["aliases"]


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_case_kpi_figures_are_the_ones_its_story_reports(case):
    assert text_rules.unreported_kpis(case.meta["kpis"], case.text) == []


# Real medicines manufacturers, CDMOs and RTOs: none may appear as an author or in any story.
REAL_NAMES = ("AstraZeneca", "GSK", "GlaxoSmithKline", "Almac", "Pfizer", "Recipharm", "Catalent",
              "Fujifilm", "Lonza", "Oxford Biomedica", "Piramal", "Seqirus", "CSL", "Wockhardt", "Novartis",
              "Sanofi", "Roche", "Moderna", "BioNTech", "Hikma", "Teva", "Viatris", "Sandoz", "Catapult",
              "AMRC", "CPI", "MMIC", "KTN")


def test_no_real_manufacturer_or_rto_is_named_anywhere_in_the_library():
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, REAL_NAMES)) + r")\b", re.IGNORECASE)
    texts = {p.name: p.read_text(encoding="utf-8") for p in rules.SEED_DIR.rglob("*")
             if p.is_file() and p.suffix in (".md", ".yaml", ".csv")}
    assert {name: pattern.findall(t) for name, t in texts.items() if pattern.search(t)} == {}
