"""Seeding digital maturity: the built-in frameworks, and ``seed_cases/maturity_assessments.yaml``
(one assessment per seeded manufacturer or CDMO) through the real ``create_assessment``.

Idempotent: an organisation that already has an assessment against a framework is skipped.
The file gives, per organisation and framework, ``dimension: [answer per question..., target, priority]``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.db import unit_of_work
from exchange.domain.accounts import actor_for
from exchange.maturity.assessments import create_assessment
from exchange.maturity.frameworks import framework_view, load_builtin_frameworks
from exchange.maturity.scoring import AssessmentInput
from exchange.maturity.views import FrameworkView
from exchange.models import MaturityAssessment, MaturityFramework, Membership, Organisation, User
from exchange.seeding.files import SeedFileError, read_organisations

log = logging.getLogger(__name__)
SEED_FILE = "maturity_assessments.yaml"


@dataclass
class MaturitySeedReport:
    frameworks_loaded: int = 0
    assessments: int = 0
    already_there: int = 0
    skipped: list[str] = field(default_factory=list)


def load_maturity_seed(app: Flask, seed_dir: Path) -> MaturitySeedReport:
    report = MaturitySeedReport()
    factory = app.extensions["exchange"]["sessions"]
    with unit_of_work(factory) as session:
        report.frameworks_loaded = sum(o.created for o in load_builtin_frameworks(session))
    path = seed_dir / SEED_FILE
    if not path.exists():
        return report
    names = {o.slug: o.name for o in read_organisations(seed_dir)}
    for entry in _entries(path):
        with unit_of_work(factory) as session:
            _load_entry(session, entry, names, report)
    log.info("maturity seed: %d frameworks loaded, %d assessments created, %d already there, %d skipped",
             report.frameworks_loaded, report.assessments, report.already_there, len(report.skipped))
    return report


def _entries(path: Path) -> list[dict[str, Any]]:
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise SeedFileError(f"{path}: expected a list of assessments")
    return items


def _load_entry(session: Session, entry: dict[str, Any], names: dict[str, str], report: MaturitySeedReport) -> None:
    try:
        slug, framework_slug, dims = entry["organisation"], entry["framework"], entry["dimensions"]
    except KeyError as exc:
        raise SeedFileError(f"{SEED_FILE}: an assessment lacks {exc}") from None
    organisation = session.scalar(select(Organisation).where(Organisation.name == names.get(slug, "")))
    framework = session.scalar(select(MaturityFramework).where(MaturityFramework.slug == framework_slug)
                               .order_by(MaturityFramework.loaded_at.desc()).limit(1))
    if organisation is None or framework is None:
        report.skipped.append(f"{slug}/{framework_slug}")
        return
    if session.scalar(select(MaturityAssessment.id).where(MaturityAssessment.organisation_id == organisation.id,
                                                          MaturityAssessment.framework_id == framework.id)):
        report.already_there += 1
        return
    user = session.scalar(select(User).join(Membership).where(Membership.organisation_id == organisation.id,
                                                              Membership.role.in_(["contributor", "member"]))
                          .order_by(Membership.role, User.id).limit(1))
    if user is None:
        report.skipped.append(f"{slug}/{framework_slug}")
        return
    create_assessment(session, actor_for(user), _input(framework_view(framework), dims, slug))
    report.assessments += 1


def _input(framework: FrameworkView, dims: dict[str, list[int]], slug: str) -> AssessmentInput:
    answers: dict[int, int] = {}
    targets: dict[str, int] = {}
    priorities: dict[str, int] = {}
    for dim in framework.dimensions:
        values = dims.get(dim.code)
        if not isinstance(values, list) or len(values) != len(dim.questions) + 2:
            raise SeedFileError(f"{SEED_FILE}: {slug}/{dim.code} needs {len(dim.questions)} answers, "
                                "a target and a priority")
        answers.update({q.id: int(v) for q, v in zip(dim.questions, values, strict=False)})
        targets[dim.code], priorities[dim.code] = int(values[-2]), int(values[-1])
    return AssessmentInput(framework.id, answers, targets, priorities)
