"""Dataset fixtures: a tiny table full of canaries, driven through the real services and pipeline."""
from __future__ import annotations

import csv
import io

import pytest
from flask import Flask
from sqlalchemy.orm import Session

from exchange.datasets import service
from exchange.datasets.upload import DatasetUpload
from exchange.domain import contributions, pipeline
from exchange.domain.accounts import actor_for
from exchange.domain.vault import Vault
from exchange.models import User
from tests.exchange.conftest import World, world  # noqa: F401

# Raw values that must never reach anyone outside the contributing organisation.
CANARY_IDS = [f"CANARYBATCH{i:03d}" for i in range(20)]
CANARY_EMAIL = "zed.quux@acmeford.example"
CANARIES = ("CANARYBATCH", "Zed Quux", CANARY_EMAIL, "Widnes", "Runcorn", "Acmeford")
ROLES = {"batch_id": "identifier", "operator": "identifier", "site": "quasi", "month": "quasi",
         "oee_pct": "measure", "outcome": "sensitive", "note": "text"}
TERMS = ("Widnes", "Runcorn", "Zed Quux")


def canary_rows(n: int = 20) -> list[list[str]]:
    rows = [["batch_id", "operator", "site", "month", "oee_pct", "outcome", "note"]]
    for i in range(n):
        rows.append([CANARY_IDS[i % 20], "Zed Quux" if i % 3 == 0 else f"Operator {i}",
                     "Widnes" if i % 2 else "Runcorn", f"2024-{1 + i % 4:02d}-15", f"{40 + i}.5",
                     ["pass", "fail"][(i // 2) % 2],
                     f"Zed Quux at Widnes, mail {CANARY_EMAIL}" if i % 4 == 0 else "ok"])
    return rows


def to_csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def upload(data: bytes | None = None, **kw: object) -> DatasetUpload:
    fields = {"title": "Acmeford OEE by batch at Widnes", "summary": "Batches from Widnes and Runcorn.",
              "segment": "biologics", "sensitive_terms": TERMS, "filename": "acmeford-widnes.csv",
              "data": to_csv(canary_rows()) if data is None else data, **kw}
    return DatasetUpload(**fields)  # type: ignore[arg-type]


def make_dataset(session: Session, vault: Vault, contributor: User, *, roles: dict[str, str] | None = ROLES,
                 k: int = 5, l: int = 2, data: bytes | None = None) -> int:  # noqa: E741
    owner = actor_for(contributor)
    contribution = service.create_dataset(session, vault, owner, upload(data))
    if roles is not None:
        service.choose_roles(session, vault, owner, contribution.id, roles, k, l)
    session.commit()
    return contribution.id


def submit_and_process(app: Flask, session: Session, vault: Vault, contributor: User, dataset_id: int,
                       action: str = "submit") -> str:
    contributions.take_action(session, vault, actor_for(contributor), dataset_id, action)
    session.commit()
    state = pipeline.process(app.extensions["exchange"]["sessions"], vault, dataset_id)
    session.expire_all()
    return state


def publish_dataset(app: Flask, session: Session, vault: Vault, w: World) -> int:
    dataset_id = make_dataset(session, vault, w.contributor_a)
    assert submit_and_process(app, session, vault, w.contributor_a, dataset_id) == "contributor_review"
    contributions.take_action(session, vault, actor_for(w.contributor_a), dataset_id, "approve")
    contributions.take_action(session, vault, actor_for(w.curator), dataset_id, "publish")
    session.commit()
    return dataset_id


@pytest.fixture()
def published_dataset(app: Flask, session: Session, vault: Vault, world: World) -> int:  # noqa: F811
    return publish_dataset(app, session, vault, world)
