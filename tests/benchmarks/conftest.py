"""Benchmark fixtures: published contributions with KPI values, made directly (fast) or through
the real services (see test_kpis)."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

import pytest
from sqlalchemy.orm import Session

from exchange.benchmarks.kpis import KpiEntry, record_values
from exchange.models import Contribution, ContributionTerm, Organisation, Revision
from tests.exchange.conftest import World, world  # noqa: F401  (the shared fixture)
from tests.factories import make_org

OLD = date(2024, 12, 31)
TODAY = date(2026, 11, 26)

Publish = Callable[..., Contribution]


@pytest.fixture()
def publish(session: Session) -> Publish:
    """A published contribution of ``org`` carrying ``kpis`` {(metric, phase): value}."""

    def make(org: Organisation, kpis: Mapping[tuple[str, str], float], *, segment: str | None = "biologics",
             technologies: tuple[str, ...] = ("mes_ebr",), period_end: date = OLD, state: str = "published",
             maturity: tuple[int, int] | None = None, site_type: str | None = None) -> Contribution:
        contribution = Contribution(organisation_id=org.id, state=state, segment=segment, site_type=site_type)
        if maturity:
            contribution.maturity_before, contribution.maturity_after = maturity
        contribution.terms = [ContributionTerm(vocabulary="technology", code=t) for t in technologies]
        session.add(contribution)
        session.flush()
        revision = Revision(contribution_id=contribution.id, number=1, redacted={"title": "Redacted"})
        session.add(revision)
        session.flush()
        contribution.current_revision_id = contribution.published_revision_id = revision.id
        entries = [KpiEntry(m, p, v, period_end=period_end) for (m, p), v in kpis.items()]
        record_values(session, contribution, entries, today=TODAY)
        session.flush()
        return contribution

    return make


@pytest.fixture()
def orgs(session: Session) -> list[Organisation]:
    """Twelve manufacturers: eight medium, four large."""
    return [make_org(session, size_band="large" if i >= 8 else "medium") for i in range(12)]
