"""The one place that reads a case's reported payback (months).

It comes from the benchmarks store (``KpiValue``, metric ``payback_months``) when that model exists;
until then there is none and the roadmap omits it.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange import models

PAYBACK_METRIC = "payback_months"


def payback_months(session: Session, contribution_ids: Sequence[int]) -> dict[int, float]:
    model = getattr(models, "KpiValue", None)
    if model is None or not contribution_ids:
        return {}
    stmt = select(model.contribution_id, model.value).where(
        model.metric == PAYBACK_METRIC, model.contribution_id.in_(list(contribution_ids)))
    return {int(cid): float(value) for cid, value in session.execute(stmt) if value is not None}
