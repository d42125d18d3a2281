"""``exchange seed`` loads through the real pipeline, idempotently, and reports failures."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from exchange.models import Contribution, Revision
from exchange.seeding import load_seed
from exchange.seeding.files import SeedFileError

ORGS = """
- slug: tarnmoor
  name: Tarnmoor Pharma Ltd
  kind: manufacturer
  size_band: small
  region: North West England
  segments: [oral_solid_dose]
  aliases: [Tarnmoor, TPL]
  sites: [Kendal]
  users:
    - {email: c@tarnmoor.example, name: Cee Contributor, role: contributor}
- slug: centre
  name: Fictional Process Centre
  kind: rto
  size_band: medium
  region: North East England
  segments: []
  users:
    - {email: cur@centre.example, name: Cur Ator, role: curator}
    - {email: adm@centre.example, name: Ad Min, role: admin}
"""

CASE = """---
organisation: tarnmoor
title: "Tarnmoor halves changeover at Kendal"
summary: "Tarnmoor Pharma deployed SMED and cobots in Kendal."
segment: oral_solid_dose
technologies: [robotics_automation]
barriers: [risk_aversion]
outcome: success
style: press_release
year: 2023
maturity_before: 2
maturity_after: 3
sensitive_terms: [Tarnmoor, Kendal, Project Heron]
kpis:
  - {metric: changeover_time_h, before: 6, after: 3}
lessons_learned: |
  Project Heron taught TPL to involve QA early.
---
At Tarnmoor we ran Project Heron. Call 0161 496 0123 or write to ops@tarnmoor.example.
"""


@pytest.fixture()
def seed_dir(tmp_path: Path) -> Path:
    (tmp_path / "cases").mkdir()
    (tmp_path / "organisations.yaml").write_text(ORGS, encoding="utf-8")
    (tmp_path / "cases" / "01-heron.md").write_text(CASE, encoding="utf-8")
    return tmp_path


def test_seed_publishes_cases_without_their_declared_terms(app, session, seed_dir) -> None:
    report = load_seed(app, seed_dir=seed_dir)
    assert (report.organisations, report.users, report.published, report.failed) == (2, 3, 1, [])
    revision = session.scalars(select(Revision)).one()
    published = " ".join(revision.redacted.values()).lower()
    for term in ("tarnmoor", "kendal", "project heron", "tpl", "0161 496 0123", "ops@tarnmoor.example"):
        assert term not in published


def test_seed_is_idempotent(app, session, seed_dir) -> None:
    load_seed(app, seed_dir=seed_dir)
    again = load_seed(app, seed_dir=seed_dir)
    assert (again.organisations, again.users, again.published, again.already_loaded) == (0, 0, 0, 1)
    assert session.scalar(select(func.count()).select_from(Contribution)) == 1


def test_demo_sign_ins_name_every_role_and_a_generated_password(app, seed_dir) -> None:
    report = load_seed(app, seed_dir=seed_dir)
    assert set(report.sign_in_examples) == {"contributor", "curator", "admin"}
    assert len(report.password) == 24 and report.password in report.sign_ins()
    assert load_seed(app, seed_dir=seed_dir).password == report.password


def test_malformed_case_file_is_named_in_the_error(app, seed_dir) -> None:
    (seed_dir / "cases" / "02-bad.md").write_text("---\norganisation: tarnmoor\n---\nno title", encoding="utf-8")
    with pytest.raises(SeedFileError, match="02-bad.md"):
        load_seed(app, seed_dir=seed_dir)
