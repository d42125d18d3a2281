"""Seeding maturity: built-in frameworks and one assessment per seeded manufacturer/CDMO, idempotently."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from exchange.app import REPO_ROOT
from exchange.maturity.medians import sector_medians
from exchange.models import MaturityAssessment, MaturityFramework
from exchange.seeding import load_seed
from exchange.seeding.files import SeedFileError
from exchange.seeding.maturity import SEED_FILE, load_maturity_seed

SHIPPED = REPO_ROOT / "seed_cases" / SEED_FILE


def _organisations(slugs: list[str]) -> str:
    orgs = [{"slug": s, "name": f"Seedorg {s.title()} Ltd", "kind": "manufacturer", "users": [
        {"email": f"m@{s}.example", "name": "Mem Ber", "role": "member"}]} for s in slugs]
    orgs.append({"slug": "centre", "name": "Seed Centre", "kind": "rto", "users": [
        {"email": "cur@centre.example", "name": "Cur Ator", "role": "curator"}]})
    return yaml.safe_dump(orgs)


@pytest.fixture()
def seed_dir(tmp_path: Path) -> Path:
    entries = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    (tmp_path / "cases").mkdir()
    (tmp_path / "organisations.yaml").write_text(_organisations(sorted({e["organisation"] for e in entries})))
    shutil.copy(SHIPPED, tmp_path / SEED_FILE)
    return tmp_path


def test_shipped_seed_assesses_every_organisation_once_per_framework() -> None:
    entries = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    pairs = [(e["organisation"], e["framework"]) for e in entries]
    assert len(pairs) == len(set(pairs))
    per_framework = {f: sum(1 for _, g in pairs if g == f) for _, f in pairs}
    assert per_framework["siri"] >= 5 and per_framework["plant-maturity"] >= 5
    assert per_framework["acatech-industrie40"] < 5


def test_seed_loads_frameworks_and_assessments_so_some_medians_show(app, session, seed_dir) -> None:
    load_seed(app, seed_dir=seed_dir)
    entries = yaml.safe_load((seed_dir / SEED_FILE).read_text(encoding="utf-8"))
    assert session.scalar(select(func.count()).select_from(MaturityAssessment)) == len(entries)
    shown = {}
    for framework in session.scalars(select(MaturityFramework)):
        dims = [d.id for d in framework.dimensions]
        shown[framework.slug] = [c.suppressed for c in sector_medians(session, framework.id, dims, 5).values()]
    assert not any(shown["siri"]) and not any(shown["plant-maturity"])
    assert all(shown["acatech-industrie40"])


def test_seed_is_idempotent(app, session, seed_dir) -> None:
    load_seed(app, seed_dir=seed_dir)
    count = session.scalar(select(func.count()).select_from(MaturityAssessment))
    again = load_maturity_seed(app, seed_dir)
    assert (again.frameworks_loaded, again.assessments, again.already_there) == (0, 0, count)
    assert session.scalar(select(func.count()).select_from(MaturityAssessment)) == count


def test_unknown_organisations_are_skipped(app, session, tmp_path) -> None:
    (tmp_path / "organisations.yaml").write_text(_organisations([]))
    (tmp_path / SEED_FILE).write_text("- {organisation: nobody, framework: siri, dimensions: {}}\n")
    report = load_maturity_seed(app, tmp_path)
    assert (report.assessments, report.skipped) == (0, ["nobody/siri"])


@pytest.mark.parametrize("content", [
    "{not: a list}\n",
    "- {framework: siri, dimensions: {}}\n",
    "- {organisation: alpha, framework: plant-maturity, dimensions: {records_and_data_capture: [1]}}\n",
])
def test_malformed_seed_file_names_the_problem(app, session, tmp_path, content) -> None:
    (tmp_path / "organisations.yaml").write_text(_organisations(["alpha"]))
    (tmp_path / SEED_FILE).write_text(content)
    with pytest.raises(SeedFileError, match="maturity_assessments"):
        load_seed(app, seed_dir=tmp_path)
    assert session.scalar(select(func.count()).select_from(MaturityAssessment)) == 0
