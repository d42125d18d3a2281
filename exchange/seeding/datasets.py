"""Seeding datasets: every ``seed_cases/datasets/NAME.yaml`` with its NAME.csv or NAME.xlsx,
through the real services and pipeline (upload → roles from the sidecar → submit → process →
approve → publish). Idempotent by ``external_ref``; each dataset is its own transaction."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from flask import Flask

from exchange.datasets import kpi_service, service
from exchange.datasets.kpi_columns import KpiMapping
from exchange.datasets.upload import DatasetUpload
from exchange.db import unit_of_work
from exchange.domain import contributions, pipeline
from exchange.domain.accounts import actor_for
from exchange.domain.roles import Role
from exchange.seeding.people import confirm_warnings, first_user

log = logging.getLogger(__name__)
DATA_SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class SeedDataset:
    key: str
    organisation: str  # slug
    title: str
    summary: str
    segment: str | None
    sensitive_terms: tuple[str, ...]
    columns: dict[str, str]
    metrics: dict[str, str]  # column → catalogue metric (its KPI values need a ``period`` column too)
    path: Path
    period: str | None = None
    granularity: str = "month"

    @property
    def external_ref(self) -> str:
        return f"seed-dataset:{self.key}"


def read_seed_datasets(seed_dir: Path) -> list[SeedDataset]:
    found = []
    for sidecar in sorted((seed_dir / "datasets").glob("*.yaml")):
        meta: dict[str, Any] = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}
        data = next((sidecar.with_suffix(s) for s in DATA_SUFFIXES if sidecar.with_suffix(s).exists()), None)
        if data is None:
            raise FileNotFoundError(f"seed dataset {sidecar.stem} has no .csv or .xlsx next to its sidecar")
        found.append(SeedDataset(sidecar.stem, str(meta["organisation"]), str(meta["title"]),
                                 str(meta.get("summary", "")), meta.get("segment"),
                                 tuple(str(t) for t in meta.get("sensitive_terms", [])),
                                 {str(k): str(v) for k, v in (meta.get("columns") or {}).items()},
                                 {str(k): str(v) for k, v in (meta.get("metrics") or {}).items()}, data,
                                 meta.get("period"), str(meta.get("granularity", "month"))))
    return found


def load_seed_datasets(app: Flask, seed_dir: Path, organisation_names: dict[str, str]) -> list[str]:
    """Load every seed dataset; return the keys of those that did not publish."""
    failed = []
    for seed in read_seed_datasets(seed_dir):
        name = organisation_names.get(seed.organisation, seed.organisation)
        if not load_dataset(app, seed, name):
            failed.append(seed.key)
    return failed


def load_dataset(app: Flask, seed: SeedDataset, organisation_name: str) -> bool:
    """Publish one seed dataset (or find it already loaded); False if the pipeline failed it."""
    ext = app.extensions["exchange"]
    vault, factory = ext["vault"], ext["sessions"]
    with unit_of_work(factory) as session:
        contributor = actor_for(first_user(session, Role.CONTRIBUTOR, organisation_name))
        if contributions.find_by_external_ref(session, contributor.organisation_id or 0, seed.external_ref):
            return True
        upload = DatasetUpload(seed.title, seed.summary, seed.segment, seed.sensitive_terms, seed.path.name,
                               seed.path.read_bytes())
        contribution = service.create_dataset(session, vault, contributor, upload, external_ref=seed.external_ref)
        service.choose_roles(session, vault, contributor, contribution.id, seed.columns, 5, 2)
        if seed.metrics and seed.period:
            kpi_service.choose_kpis(session, vault, contributor, contribution.id,
                                    KpiMapping(seed.metrics, seed.period, seed.granularity))
        contributions.take_action(session, vault, contributor, contribution.id, "submit")
        contribution_id = contribution.id
    if pipeline.process(factory, vault, contribution_id) != "contributor_review":
        log.warning("seed dataset %s did not reach review", seed.key)
        return False
    with unit_of_work(factory) as session:
        curator = actor_for(first_user(session, Role.CURATOR))
        confirm_warnings(session, contributor, contribution_id)
        contributions.take_action(session, vault, contributor, contribution_id, "approve")
        contributions.take_action(session, vault, curator, contribution_id, "publish")
    return True
