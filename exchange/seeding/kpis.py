"""Seeding: record each seed case's ``kpis`` on its contribution once it is published."""
from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from exchange.benchmarks.kpis import KpiEntry, figure_of, record_values
from exchange.domain import audit
from exchange.domain.actor import SYSTEM
from exchange.domain.errors import ValidationFailed
from exchange.domain.vocabulary import SITE_TYPES
from exchange.models import Contribution
from exchange.seeding.files import SeedCase

log = logging.getLogger(__name__)


def seed_entries(kpis: Sequence[Mapping[str, Any]], year: int | None) -> list[KpiEntry]:
    """``{metric, before, after}`` or ``{metric, value}`` items, dated at the end of the case's year."""
    period = date(year, 12, 31) if year else None
    entries = []
    for item in kpis:
        for phase in ("before", "after", "value"):
            if item.get(phase) is not None:
                entries.append(KpiEntry(str(item.get("metric", "")), phase, item[phase], period_end=period))
    return entries


def record_seed_kpis(session: Session, contribution_id: int, case: SeedCase, *,
                     default_site_type: str | None = None) -> int:
    """Record the case's KPIs and the type of its site (the case's, else its organisation's); a
    value the catalogue refuses is skipped and logged (by metric code)."""
    contribution = session.get(Contribution, contribution_id)
    if contribution is None:
        return 0
    site_type = case.site_type or default_site_type
    if site_type in SITE_TYPES:
        contribution.site_type = site_type
    elif site_type is not None:
        log.warning("seed case %s: unknown site type %r ignored", case.key, site_type)
    if not case.kpis:
        return 0
    today = datetime.now(UTC).date()
    valid = []
    for entry in seed_entries(case.kpis, case.year):
        try:
            figure_of(entry, today)
        except ValidationFailed as exc:
            log.warning("seed case %s: KPI %s/%s refused: %s", case.key, entry.metric, entry.phase, exc)
            continue
        valid.append(entry)
    figures = record_values(session, contribution, valid, today=today)
    audit.record(session, SYSTEM, "kpis.seed", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, detail={"count": len(figures)})
    return len(figures)
