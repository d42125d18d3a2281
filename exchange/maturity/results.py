"""The result of one assessment: scores, sector medians, ranked gaps with their roadmap of cases,
and the organisation's progress over its earlier versions."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.domain.actor import Actor
from exchange.maturity.assessments import assessment_framework, get_assessment
from exchange.maturity.gaps import Gap, ScoredDimension, rank_gaps
from exchange.maturity.linking import matching_cases, plant_span, published_candidates, with_payback
from exchange.maturity.medians import MedianCell, sector_medians
from exchange.maturity.scoring import attained_level
from exchange.maturity.views import DimensionView, FrameworkView
from exchange.models import MaturityAssessment, MaturityDimensionScore, Organisation


@dataclass(frozen=True)
class DimensionResult:
    dimension: DimensionView
    score: float
    level: int
    target: int
    priority: int
    median: MedianCell


@dataclass(frozen=True)
class VersionScores:
    assessment_id: int
    version: int
    submitted_at: datetime
    scores: tuple[float | None, ...]  # aligned with the framework's dimensions


@dataclass(frozen=True)
class AssessmentResult:
    id: int
    version: int
    submitted_at: datetime
    framework: FrameworkView
    dimensions: tuple[DimensionResult, ...]
    gaps: tuple[Gap, ...]
    history: tuple[VersionScores, ...]


def assessment_result(session: Session, actor: Actor, assessment_id: int, *, min_group_size: int) -> AssessmentResult:
    assessment = get_assessment(session, actor, assessment_id)
    framework = assessment_framework(session, assessment)
    scores = {s.dimension_id: s for s in assessment.scores}
    medians = sector_medians(session, framework.id, [d.id for d in framework.dimensions], min_group_size)
    dimensions = tuple(
        DimensionResult(d, scores[d.id].score, attained_level(scores[d.id].score), scores[d.id].target,
                        scores[d.id].priority, medians[d.id])
        for d in framework.dimensions if d.id in scores)
    return AssessmentResult(assessment.id, assessment.version, assessment.submitted_at, framework, dimensions,
                            tuple(_linked_gaps(session, assessment, framework)), _history(session, assessment,
                                                                                           framework))


def assessment_gaps(session: Session, actor: Actor, assessment_id: int) -> list[Gap]:
    """Ranked gaps with their linked published cases (``Gap.case_ids``): for the API."""
    assessment = get_assessment(session, actor, assessment_id)
    return _linked_gaps(session, assessment, assessment_framework(session, assessment))


def _linked_gaps(session: Session, assessment: MaturityAssessment, framework: FrameworkView) -> list[Gap]:
    by_id = {d.id: d for d in framework.dimensions}
    scored = [ScoredDimension(s.dimension_id, by_id[s.dimension_id].code, by_id[s.dimension_id].name, s.score,
                              s.target, s.priority)
              for s in sorted(assessment.scores, key=lambda s: list(by_id).index(s.dimension_id))]
    gaps = rank_gaps(scored)
    if not gaps:
        return []
    organisation = session.get(Organisation, assessment.organisation_id)
    segments = list(organisation.segments) if organisation else []
    candidates = published_candidates(session)
    linked = []
    for gap in gaps:
        cases = matching_cases(candidates, by_id[gap.dimension_id].technologies,
                               plant_span(framework, gap.current, gap.target), segments)
        linked.append(replace(gap, cases=tuple(with_payback(session, cases))))
    return linked


def _history(session: Session, assessment: MaturityAssessment, framework: FrameworkView) -> tuple[VersionScores, ...]:
    versions = session.scalars(select(MaturityAssessment).where(
        MaturityAssessment.organisation_id == assessment.organisation_id,
        MaturityAssessment.framework_id == assessment.framework_id).order_by(MaturityAssessment.version))
    out = []
    for version in versions:
        rows = session.scalars(select(MaturityDimensionScore).where(MaturityDimensionScore.assessment_id == version.id))
        score = {r.dimension_id: r.score for r in rows}
        out.append(VersionScores(version.id, version.version, version.submitted_at,
                                 tuple(score.get(d.id) for d in framework.dimensions)))
    return tuple(out)
