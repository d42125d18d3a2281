"""Seeding records each case's KPIs when it is published, dated by the case's year."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from exchange.benchmarks.service import BenchmarkQuery, benchmark_view
from exchange.benchmarks.settings import settings_from_config
from exchange.domain.accounts import actor_for
from exchange.models import AuditEvent, KpiValue, User
from exchange.seeding import load_seed
from exchange.seeding.kpis import seed_entries

ORGS = """
- slug: tarnmoor
  name: Tarnmoor Pharma Ltd
  kind: manufacturer
  size_band: small
  segments: [oral_solid_dose]
  users:
    - {email: c@tarnmoor.example, name: Cee Contributor, role: contributor}
- slug: centre
  name: Fictional Process Centre
  kind: rto
  users:
    - {email: cur@centre.example, name: Cur Ator, role: curator}
"""

CASE = """---
organisation: tarnmoor
title: "Tarnmoor halves changeover at Kendal"
summary: "Tarnmoor Pharma deployed SMED in Kendal."
segment: oral_solid_dose
technologies: [robotics_automation]
year: 2023
maturity_before: 2
maturity_after: 3
sensitive_terms: [Tarnmoor, Kendal]
kpis:
  - {metric: changeover_time_h, before: 6, after: 3}
  - {metric: capital_invested_gbp, value: 420000}
  - {metric: oee_pct, before: 30, after: 130}
  - {metric: not_a_metric, value: 1}
---
At Tarnmoor we changed how changeovers work.
"""


@pytest.fixture()
def seed_dir(tmp_path: Path) -> Path:
    (tmp_path / "cases").mkdir()
    (tmp_path / "organisations.yaml").write_text(ORGS, encoding="utf-8")
    (tmp_path / "cases" / "01-smed.md").write_text(CASE, encoding="utf-8")
    return tmp_path


def test_seed_records_valid_kpis_and_skips_refused_ones(app, session, seed_dir, caplog) -> None:
    report = load_seed(app, seed_dir=seed_dir)
    assert report.published == 1 and report.failed == []
    rows = {(r.metric, r.phase): r for r in session.scalars(select(KpiValue))}
    assert set(rows) == {("changeover_time_h", "before"), ("changeover_time_h", "after"),
                         ("capital_invested_gbp", "value"), ("oee_pct", "before")}
    assert all(r.period_end == date(2023, 12, 31) and r.self_reported for r in rows.values())
    assert "oee_pct/after refused" in caplog.text and "Kendal" not in caplog.text
    assert session.scalars(select(AuditEvent).where(AuditEvent.action == "kpis.seed")).one().detail == {"count": 4}


def test_seed_benchmarks_show_despite_the_age_rule(app, session, seed_dir) -> None:
    load_seed(app, seed_dir=seed_dir)
    settings = settings_from_config({"SECRET_KEY": "k", "MIN_GROUP_SIZE": 1, "P_PERCENT": 0})
    member = actor_for(session.scalars(select(User).where(User.email == "c@tarnmoor.example")).one())
    total = benchmark_view(session, member, BenchmarkQuery("changeover_time_h"), settings).total
    assert total.n_organisations == 1 and total.median == 3.0 and total.improvement_median == 3.0


@pytest.mark.parametrize(("kpis", "year", "expected"), [
    ([], 2023, []),
    ([{"metric": "oee_pct", "before": 1, "after": 2}], None, [("oee_pct", "before", 1, None), ("oee_pct", "after", 2, None)]),
    ([{"metric": "roi_pct", "value": -100}], 2020, [("roi_pct", "value", -100, date(2020, 12, 31))]),
    ([{"value": 3}], 2021, [("", "value", 3, date(2021, 12, 31))]),
])
def test_seed_entries_from_front_matter(kpis, year, expected) -> None:
    assert [(e.metric, e.phase, e.value, e.period_end) for e in seed_entries(kpis, year)] == expected


def test_seeded_cases_carry_their_site_type_from_the_case_or_the_organisation(app, session, tmp_path) -> None:
    from exchange.models import Contribution

    (tmp_path / "cases").mkdir()
    (tmp_path / "organisations.yaml").write_text(ORGS.replace("  size_band: small\n",
                                                              "  size_band: small\n  site_type: generic\n"))
    (tmp_path / "cases" / "01-tarnmoor.md").write_text(CASE)
    (tmp_path / "cases" / "02-tarnmoor.md").write_text(CASE.replace("year: 2023", "year: 2023\nsite_type: cdmo")
                                                       .replace("Tarnmoor halves", "Tarnmoor again halves"))
    load_seed(app, seed_dir=tmp_path)
    session.expire_all()
    assert sorted(c.site_type for c in session.scalars(select(Contribution))) == ["cdmo", "generic"]
