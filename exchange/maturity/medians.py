"""Sector medians per dimension, under the Exchange's disclosure rules.

The latest version of each organisation's assessment against the framework counts once; a
dimension with fewer than ``min_organisations`` assessed organisations shows no median, with the
reason. No minimum, maximum or single organisation's score is ever released.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anonymiser.disclosure import Contribution, DisclosureRules, aggregate_cell
from exchange.models import MaturityAssessment, MaturityDimensionScore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MedianCell:
    n_organisations: int
    suppressed: bool
    reason: str = ""
    median: float | None = None


def disclosure_rules(min_organisations: int) -> DisclosureRules:
    return DisclosureRules(min_organisations=min_organisations,
                           quantile_min_organisations=max(10, min_organisations))


def sector_medians(session: Session, framework_id: int, dimension_ids: list[int],
                   min_organisations: int) -> dict[int, MedianCell]:
    """One cell per dimension id (suppressed when too few organisations)."""
    rules = disclosure_rules(min_organisations)
    values: dict[int, list[Contribution]] = {d: [] for d in dimension_ids}
    for organisation_id, dimension_id, score in _latest_scores(session, framework_id):
        if dimension_id in values:
            values[dimension_id].append(Contribution(str(organisation_id), score))
    cells: dict[int, MedianCell] = {}
    for dimension_id, items in values.items():
        cell = aggregate_cell(items, rules)
        cells[dimension_id] = MedianCell(cell.n_organisations, cell.suppressed, cell.reason,
                                         None if cell.median is None else round(cell.median, 2))
    released = sum(1 for c in cells.values() if not c.suppressed)
    log.info("maturity medians for framework %s: %d released, %d withheld", framework_id, released,
             len(cells) - released)
    return cells


def _latest_scores(session: Session, framework_id: int) -> list[tuple[int, int, float]]:
    latest = (select(MaturityAssessment.organisation_id, func.max(MaturityAssessment.version).label("version"))
              .where(MaturityAssessment.framework_id == framework_id)
              .group_by(MaturityAssessment.organisation_id).subquery())
    stmt = (select(MaturityAssessment.organisation_id, MaturityDimensionScore.dimension_id,
                   MaturityDimensionScore.score)
            .join(MaturityDimensionScore, MaturityDimensionScore.assessment_id == MaturityAssessment.id)
            .join(latest, (latest.c.organisation_id == MaturityAssessment.organisation_id)
                  & (latest.c.version == MaturityAssessment.version))
            .where(MaturityAssessment.framework_id == framework_id))
    return [(o, d, float(s)) for o, d, s in session.execute(stmt)]
