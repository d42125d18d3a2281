"""The catalogue rules reject what they should, so the catalogue tests cannot pass vacuously."""

from __future__ import annotations

import copy

import pytest

from tests.seed import catalogue_rules as rules
from tests.seed import text_rules

VALID_CASE = {
    "organisation": "acme", "title": "t", "summary": "s", "segment": "biologics",
    "technologies": ["digital_twin"], "barriers": ["scale"], "outcome": "failure",
    "style": "interview", "year": 2023, "maturity_before": 2, "maturity_after": 3,
    "sensitive_terms": ["Acme Ltd"], "kpis": [{"metric": "oee_pct", "before": 30, "after": 40}],
    "lessons_learned": "l",
}
VALID_ORG = {
    "slug": "acme-bio", "name": "Acme Ltd", "kind": "cdmo", "size_band": "micro", "region": "Wales",
    "segments": ["vaccines"], "aliases": ["Acme"], "sites": ["Bangor"],
    "users": [{"email": "zoë.jones@acme.example", "name": "Zoë Jones", "role": "contributor"}],
}


def _with(base: dict, **changes: object) -> dict:
    changed = copy.deepcopy(base)
    changed.update(changes)
    return changed


@pytest.mark.parametrize("kpi, ok", [
    ({"metric": "oee_pct", "before": 0, "after": 100}, True),           # boundaries
    ({"metric": "payback_months", "value": 20}, True),
    ({"metric": "roi_pct", "value": -100}, True),
    ({"metric": "oee_pct", "before": 30, "after": 100.1}, False),       # just above range
    ({"metric": "payback_months", "value": -1}, False),
    ({"metric": "oee_pct", "before": "30", "after": 40}, False),        # text, not a number
    ({"metric": "oee_pct", "before": True, "after": 40}, False),        # bool is not a number
    ({"metric": "oee_pct", "before": 30}, False),                       # half a pair
    ({"metric": "oee_pct", "value": 30, "before": 20, "after": 30}, False),
    ({"metric": "öee_pct", "value": 30}, False),                        # unicode look-alike code
    ({}, False),
])
def test_kpi_rule_accepts_only_known_metrics_with_numbers_in_range(kpi, ok):
    assert (rules.kpi_problems(kpi) == []) is ok


@pytest.mark.parametrize("text, ok", [
    ("a.person@northfield.example", True),
    ("ZOË@Acme.EXAMPLE", True),
    ("", True),
    ("no address here", True),
    ("a.person@northfield.co.uk", False),
    ("x@example.com", False),
    ("write to us @ the office", False),                                # stray @ is flagged
])
def test_email_rule_accepts_only_dot_example_domains(text, ok):
    assert (rules.email_problems(text) == []) is ok


@pytest.mark.parametrize("terms, text, missing", [
    (["Körber"], "MES from Körber", []),
    (["Speke"], "the speke site", ["Speke"]),                            # exact case required
    (["NB-4471"], "", ["NB-4471"]),
    ([""], "anything", [""]),                                           # empty term is an error
    ([], "anything", []),
])
def test_missing_terms_reports_terms_absent_from_the_text(terms, text, missing):
    assert text_rules.missing_terms(terms, text) == missing


@pytest.mark.parametrize("text, broken", [
    ("Dr Priya\nNair said", ["Priya Nair"]),
    ("Priya Nair said; Dr Priya\n  Nair agreed", ["Priya Nair"]),
    ("Priya Nair said", []),
    ("", []),
])
def test_split_terms_finds_terms_broken_across_lines(text, broken):
    assert text_rules.split_terms(["Priya Nair"], text) == broken


@pytest.mark.parametrize("terms, text, undeclared", [
    ([], "batch NB-4471 under Project Kestrel", ["NB-4471", "Project Kestrel"]),
    (["NB-4471", "Project Kestrel"], "batch NB-4471 under Project Kestrel", []),
    ([], "an ISA-95 namespace and ISA-88 recipes", []),
    (["SOP-QA-0147"], "see SOP-QA-0147", []),
    ([], "Project Tamar Paperless started", ["Project Tamar Paperless"]),
])
def test_undeclared_identifiers_finds_codes_and_project_names(terms, text, undeclared):
    assert text_rules.undeclared_identifiers(terms, text) == undeclared


@pytest.mark.parametrize("text, ok", [
    ("call 01632 960412", True),
    ("call 020 7946 0455", True),
    ("call 0151 496 0734", False),
    ("call 01234 567890", False),
    ("batch 2023-0412 and £1,400,000", True),
])
def test_phone_rule_accepts_only_drama_ranges(text, ok):
    assert (text_rules.phone_problems(text) == []) is ok


@pytest.mark.parametrize("raw", ["no front matter", "---\ntitle: x\nbody", "---\n- a list\n---\nbody",
                                 "---\ntitle: a --- b\n---\nbody", ""])
def test_front_matter_must_open_close_and_be_a_mapping(raw):
    with pytest.raises(rules.FrontMatterError):
        rules.split_front_matter(raw)


def test_front_matter_splits_metadata_from_body():
    assert rules.split_front_matter("---\ntitle: Ünïcode\n---\nBody\n") == ({"title": "Ünïcode"}, "Body\n")


@pytest.mark.parametrize("changes, ok", [
    ({}, True),
    ({"organisation": "nobody"}, False),
    ({"segment": "oral solid dose"}, False),
    ({"technologies": []}, False),
    ({"barriers": ["politics"]}, False),
    ({"outcome": "meh"}, False),
    ({"maturity_before": 3, "maturity_after": 2}, False),
    ({"maturity_before": 0}, False),
    ({"maturity_after": 6}, False),
    ({"year": 2014}, False),
    ({"kpis": []}, False),
    ({"title": "x" * 200}, True),
    ({"title": "x" * 201}, False),
])
def test_case_rule_rejects_bad_fields(changes, ok):
    assert (rules.case_problems(_with(VALID_CASE, **changes), {"acme"}) == []) is ok


def test_case_rule_reports_every_missing_field():
    assert rules.case_problems({}, set()) == [f"missing {f}" for f in rules.CASE_FIELDS]


@pytest.mark.parametrize("changes, ok", [
    ({}, True),
    ({"slug": "Acme Bio"}, False),
    ({"region": "Cornwall"}, False),
    ({"kind": "pharma"}, False),
    ({"sites": []}, False),
    ({"users": [{"email": "a@acme.com", "name": "A", "role": "member"}]}, False),
    ({"users": [{"email": "a@acme.example", "name": "A", "role": "owner"}]}, False),
])
def test_organisation_rule_rejects_bad_fields(changes, ok):
    assert (rules.org_problems(_with(VALID_ORG, **changes)) == []) is ok


@pytest.mark.parametrize("metrics, roles, ok", [
    ({"oee": "oee_pct"}, {"id": "identifier", "oee": "measure"}, True),
    ({"oee": "oee"}, {"id": "identifier", "oee": "measure"}, False),          # unknown metric
    ({"id": "oee_pct"}, {"id": "identifier", "oee": "measure"}, False),       # not a measure
    ({}, {"id": "identifier", "oee": "secret"}, False),                       # bad role
    ({}, {"id": "identifier"}, False),                                        # column missing
])
def test_sidecar_rule_checks_columns_roles_and_metrics(metrics, roles, ok):
    side = {"organisation": "acme", "title": "t", "summary": "s", "segment": "vaccines",
            "sensitive_terms": [], "columns": roles, "metrics": metrics}
    assert (rules.sidecar_problems(side, ["id", "oee"], {"acme"}) == []) is ok


@pytest.mark.parametrize("name, stem", [
    ("Acme Ltd", "Acme"), ("Acme Pharma plc", "Acme Pharma"), ("University of Acme", "University of Acme"),
    ("Ltd", "Ltd"), ("", ""), ("Zoë Ltd", "Zoë"),
])
def test_name_stem_drops_only_a_trailing_legal_suffix(name, stem):
    assert text_rules.name_stem(name) == stem


@pytest.mark.parametrize("text, terms, undeclared", [
    ("Acme Ltd in Bangor", ["Acme Ltd", "Acme", "Bangor"], []),
    ("Acme Ltd in Bangor", ["Acme Ltd", "Bangor"], ["Acme"]),          # the short form hides inside
    ("Acme in Bangor", ["Acme Ltd"], ["Acme", "Bangor"]),
    ("a Welsh firm", [], ["Welsh"]),
    ("Acmeford is another company", [], []),                          # whole words only
    ("", [], []),
])
def test_undeclared_org_forms_finds_name_forms_sites_and_region(text, terms, undeclared):
    assert text_rules.undeclared_org_forms(VALID_ORG, terms, text) == undeclared


@pytest.mark.parametrize("kpi, text, missing", [
    ({"metric": "oee_pct", "before": 34.0, "after": 52.0}, "OEE rose from 34 % to 52 %", []),
    ({"metric": "oee_pct", "before": 34.0, "after": 52.0}, "OEE rose from 34 % to 152 %", ["oee_pct.after=52.0"]),
    ({"metric": "changeover_time_h", "before": 5.5, "after": 2.2}, "5.5 h → 2.2 h", []),
    ({"metric": "payback_months", "value": 11}, "payback in eleven months", []),
    ({"metric": "capital_invested_gbp", "value": 2300000}, "it cost £2.3m", []),
    ({"metric": "capital_invested_gbp", "value": 240000}, "it cost £240,000", []),
    ({"metric": "capital_invested_gbp", "value": 85000}, "it cost £85k", []),
    ({"metric": "capital_invested_gbp", "value": 2300000}, "it cost £12.3m", ["capital_invested_gbp.value=2300000"]),
    ({"metric": "roi_pct", "value": -100}, "", []),                    # write-offs need no figure
    ({"metric": "yield_pct", "before": 96.1, "after": 97.4}, "", ["yield_pct.before=96.1", "yield_pct.after=97.4"]),
])
def test_unreported_kpis_finds_figures_missing_from_the_story(kpi, text, missing):
    assert text_rules.unreported_kpis([kpi], text) == missing
