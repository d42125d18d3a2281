"""The one place that reads a case's reported payback (months).

It comes from the benchmarks store (``KpiValue``, metric ``payback_months``); a case that reported
none has no entry and the roadmap omits it.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.models import KpiValue

PAYBACK_METRIC = "payback_months"


def payback_months(session: Session, contribution_ids: Sequence[int]) -> dict[int, float]:
    if not contribution_ids:
        return {}
    stmt = select(KpiValue.contribution_id, KpiValue.value).where(
        KpiValue.metric == PAYBACK_METRIC, KpiValue.contribution_id.in_(list(contribution_ids)))
    return {int(cid): float(value) for cid, value in session.execute(stmt) if value is not None}
