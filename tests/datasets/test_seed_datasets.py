"""Every seed dataset publishes through the real pipeline: k ≥ 5 measured from its published CSV,
none of its declared terms and none of its identifier values in it; loading twice adds nothing."""
from __future__ import annotations

import csv
import io
from collections import Counter

import pytest
from flask import Flask
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anonymiser.tabular import load_table
from exchange.app import REPO_ROOT
from exchange.domain import accounts
from exchange.domain.actor import SYSTEM
from exchange.models import Contribution, DatasetRevision, KpiValue
from exchange.seeding.datasets import SeedDataset, load_seed_datasets, read_seed_datasets
from exchange.seeding.files import read_organisations
from tests.conftest import PASSWORD

SEED_DIR = REPO_ROOT / "seed_cases"


def _organisations(session: Session, wanted: set[str]) -> dict[str, str]:
    names = {}
    for org in read_organisations(SEED_DIR):
        if org.slug not in wanted and org.kind != "rto":
            continue
        created = accounts.create_organisation(session, SYSTEM, org.name, org.kind, size_band=org.size_band,
                                               region=org.region, known_terms=list(org.known_terms))
        for user in org.users:
            if user.role in ("contributor", "curator"):
                accounts.create_user(session, SYSTEM, user.email, PASSWORD, created.id, user.role, name=user.name)
        names[org.slug] = org.name
    session.commit()
    return names


@pytest.fixture()
def seeded(app: Flask, session: Session) -> list[SeedDataset]:
    seeds = read_seed_datasets(SEED_DIR)
    names = _organisations(session, {s.organisation for s in seeds})
    assert load_seed_datasets(app, SEED_DIR, names) == []
    assert load_seed_datasets(app, SEED_DIR, names) == []  # idempotent
    return seeds


def _published_csv(session: Session, seed: SeedDataset) -> str:
    contribution = session.scalar(select(Contribution).where(Contribution.external_ref == seed.external_ref))
    assert contribution is not None and contribution.state == "published"
    settings = session.get(DatasetRevision, contribution.published_revision_id)
    assert settings is not None and settings.anonymised_csv
    return settings.anonymised_csv


def test_every_seed_dataset_publishes_k_anonymous_with_no_declared_term_or_identifier(session, seeded) -> None:
    assert len(seeded) >= 6
    assert session.scalar(select(func.count()).select_from(Contribution)) == len(seeded)
    for seed in seeded:
        text = _published_csv(session, seed)
        rows = list(csv.DictReader(io.StringIO(text)))
        quasi = [c for c, role in seed.columns.items() if role == "quasi"]
        classes = Counter(tuple(r[c] for c in quasi) for r in rows)
        assert rows and min(classes.values()) >= 5, seed.key
        assert not [t for t in seed.sensitive_terms if t.casefold() in text.casefold()], seed.key
        raw = load_table(seed.path.read_bytes())
        cells = {cell for row in rows for cell in row.values()}
        for column, role in seed.columns.items():
            if role == "identifier":
                values = {v for v in raw.column(column) if v.strip()}
                assert not values & cells, (seed.key, column)
                assert not [v for v in values if len(v) >= 6 and v in text], (seed.key, column)


def test_seed_datasets_with_a_period_column_give_monthly_kpi_values(session, seeded) -> None:
    mapped = [s for s in seeded if s.period and s.metrics]
    assert mapped
    for seed in seeded:
        contribution = session.scalar(select(Contribution).where(Contribution.external_ref == seed.external_ref))
        values = session.scalars(select(KpiValue).where(KpiValue.contribution_id == contribution.id)).all()
        if seed in mapped:
            assert {v.metric for v in values} == set(seed.metrics.values())
            assert all(v.phase == "value" and not v.self_reported and v.period_end.day >= 28 for v in values)
        else:
            assert values == []
