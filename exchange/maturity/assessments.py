"""Use cases of assessments. An assessment is PRIVATE to its organisation: members and contributors
of it see it; curators, admins and every other organisation get NotFound."""
from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from exchange.domain import audit
from exchange.domain.actor import Actor
from exchange.domain.errors import NotFound, PermissionDenied, ValidationFailed
from exchange.domain.roles import Role
from exchange.maturity.frameworks import framework_view, get_framework, list_frameworks
from exchange.maturity.scoring import AssessmentInput, check_input, score_assessment
from exchange.maturity.views import AssessmentSummary, FrameworkView
from exchange.models import (
    MaturityAnswer,
    MaturityAssessment,
    MaturityDimension,
    MaturityDimensionScore,
    MaturityFramework,
)

ASSESSORS = (Role.MEMBER, Role.CONTRIBUTOR)


def can_assess(actor: Actor) -> bool:
    return actor.organisation_id is not None and actor.role in ASSESSORS


def require_assessor(actor: Actor) -> int:
    if not can_assess(actor) or actor.organisation_id is None:
        raise PermissionDenied("Only members of an organisation can take its maturity self-assessment.")
    return actor.organisation_id


def create_assessment(session: Session, actor: Actor, data: AssessmentInput) -> AssessmentSummary:
    """Submit a new version of the organisation's assessment against one framework."""
    organisation_id = require_assessor(actor)
    framework = get_framework(session, actor, data.framework_id)
    errors = check_input(framework, data)
    if errors:
        raise ValidationFailed("Some answers are missing or out of range.", errors)
    version = 1 + (session.scalar(select(func.max(MaturityAssessment.version)).where(
        MaturityAssessment.organisation_id == organisation_id,
        MaturityAssessment.framework_id == framework.id)) or 0)
    assessment = MaturityAssessment(organisation_id=organisation_id, framework_id=framework.id, version=version,
                                    created_by_id=actor.user_id)
    assessment.answers = [MaturityAnswer(question_id=q, level=level) for q, level in sorted(data.answers.items())]
    scores = score_assessment(framework, data)
    assessment.scores = [MaturityDimensionScore(dimension_id=s.dimension_id, score=s.score, target=s.target,
                                                priority=s.priority) for s in scores]
    session.add(assessment)
    session.flush()
    audit.record(session, actor, "maturity.assess", "maturity_assessment", assessment.id,
                 organisation_id=organisation_id,
                 detail={"framework_id": framework.id, "version": version, "dimensions": len(scores)})
    return _summary(assessment, framework.name)


def get_assessment(session: Session, actor: Actor, assessment_id: int) -> MaturityAssessment:
    """The assessment, for its own organisation's members and contributors; NotFound for anyone else."""
    assessment = session.get(MaturityAssessment, assessment_id)
    if assessment is None or not can_assess(actor) or assessment.organisation_id != actor.organisation_id:
        raise NotFound("No such assessment.")
    return assessment


def own_assessments(session: Session, actor: Actor) -> list[AssessmentSummary]:
    """Every version the actor's organisation submitted, newest first; nothing for staff."""
    if not can_assess(actor):
        return []
    rows = session.execute(
        select(MaturityAssessment, MaturityFramework.name).join(MaturityFramework)
        .where(MaturityAssessment.organisation_id == actor.organisation_id)
        .order_by(MaturityAssessment.submitted_at.desc(), MaturityAssessment.id.desc()))
    return [_summary(assessment, name) for assessment, name in rows]


@dataclass(frozen=True)
class PreviousAnswers:
    """The latest version's answers, to continue from: a new submission becomes a new version."""

    assessment_id: int
    version: int
    answers: dict[int, int]
    targets: dict[str, int]
    priorities: dict[str, int]


def previous_answers(session: Session, actor: Actor, framework_id: int) -> PreviousAnswers | None:
    if not can_assess(actor):
        return None
    latest = session.scalar(
        select(MaturityAssessment).where(MaturityAssessment.organisation_id == actor.organisation_id,
                                         MaturityAssessment.framework_id == framework_id)
        .order_by(MaturityAssessment.version.desc()).limit(1))
    if latest is None:
        return None
    rows = session.execute(select(MaturityDimension.id, MaturityDimension.code)
                           .where(MaturityDimension.framework_id == framework_id))
    codes: dict[int, str] = {dimension_id: code for dimension_id, code in rows}
    return PreviousAnswers(
        latest.id, latest.version, {a.question_id: a.level for a in latest.answers},
        {codes[s.dimension_id]: s.target for s in latest.scores},
        {codes[s.dimension_id]: s.priority for s in latest.scores})


def assessment_framework(session: Session, assessment: MaturityAssessment) -> FrameworkView:
    framework = session.scalar(select(MaturityFramework).where(MaturityFramework.id == assessment.framework_id)
                               .options(selectinload(MaturityFramework.dimensions)
                                        .selectinload(MaturityDimension.questions)))
    assert framework is not None
    return framework_view(framework)


def _summary(assessment: MaturityAssessment, framework_name: str) -> AssessmentSummary:
    scores = [s.score for s in assessment.scores]
    mean = round(math.fsum(scores) / len(scores), 2) if scores else 0.0
    return AssessmentSummary(assessment.id, assessment.framework_id, framework_name, assessment.version,
                             assessment.submitted_at, mean)


@dataclass(frozen=True)
class Overview:
    """The /maturity page: frameworks to start from and the organisation's versions."""

    frameworks: list[FrameworkView]
    assessments: list[AssessmentSummary]
    can_assess: bool


def overview(session: Session, actor: Actor) -> Overview:
    return Overview(list_frameworks(session, actor), own_assessments(session, actor), can_assess(actor))


@dataclass(frozen=True)
class Questionnaire:
    framework: FrameworkView
    previous: PreviousAnswers | None


def questionnaire(session: Session, actor: Actor, framework_id: int) -> Questionnaire:
    """The questions of a framework, pre-filled from the organisation's latest version."""
    require_assessor(actor)
    return Questionnaire(get_framework(session, actor, framework_id), previous_answers(session, actor, framework_id))
