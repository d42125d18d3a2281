"""Loading benchmark observations from the database: public contributions only, old enough."""
from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exchange.benchmarks.aggregates import Observation
from exchange.domain.lifecycle import State
from exchange.models import Contribution, ContributionTerm, KpiValue, Organisation

HIDDEN_STATES = (State.WITHDRAWN, State.RETIRED)


@dataclass(frozen=True)
class PeerFilter:
    """A peer group from structural filters; ``None`` means any."""

    organisation_kind: str | None = None
    size_band: str | None = None
    site_type: str | None = None


def months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _public(stmt):  # type: ignore[no-untyped-def]
    return stmt.where(Contribution.published_revision_id.is_not(None), Contribution.state.not_in(HIDDEN_STATES))


def load_observations(session: Session, metric: str | None, peers: PeerFilter, cutoff: date,
                      *, with_technologies: bool = True) -> list[Observation]:
    """KPI values (and maturity from the contributions) of public contributions, dated on or before ``cutoff``."""
    stmt = _public(
        select(KpiValue.organisation_id, KpiValue.contribution_id, KpiValue.metric, KpiValue.phase, KpiValue.value,
               Contribution.segment, Organisation.kind, Organisation.size_band)
        .join(Contribution, Contribution.id == KpiValue.contribution_id)
        .join(Organisation, Organisation.id == KpiValue.organisation_id)
        .where(KpiValue.period_end <= cutoff)
    )
    stmt = _peer(stmt, peers)
    if metric is not None and metric != "maturity":
        stmt = stmt.where(KpiValue.metric == metric)
    # Plain Core rows (no ORM result processing): this is the hot path of every page and comparison.
    rows = [] if metric == "maturity" else session.connection().execute(stmt).all()
    maturity = _maturity_rows(session, peers, cutoff) if metric in (None, "maturity") else []
    ids = {r[1] for r in rows} | {r[1] for r in maturity}
    techs = _technologies(session, ids) if with_technologies else {}
    return [Observation(str(org), cid, code, phase, float(value), segment, techs.get(cid, ()), kind, size)
            for org, cid, code, phase, value, segment, kind, size in [*rows, *maturity]]


def fingerprint(session: Session, metric: str, peers: PeerFilter, cutoff: date) -> tuple:
    """A cheap summary of exactly the rows ``load_observations`` would read for a KPI metric: it
    changes when a value, a contribution's state, segment, site type or tags, or an organisation's peer
    attributes change what counts, so a table computed from the same fingerprint can be reused."""
    stmt = _peer(_public(
        select(func.count(), func.sum(KpiValue.id), func.sum(KpiValue.value), func.sum(KpiValue.contribution_id),
               func.sum(func.length(Contribution.segment)), func.max(Contribution.updated_at),
               func.max(Contribution.published_at))
        .join(Contribution, Contribution.id == KpiValue.contribution_id)
        .join(Organisation, Organisation.id == KpiValue.organisation_id)
        .where(KpiValue.period_end <= cutoff, KpiValue.metric == metric)
    ), peers)
    # Technology tags of public contributions only: a draft's tags (every new submission has
    # some) must not invalidate the table; a public one's may (a superset of what is read: safe).
    terms = _public(select(func.count(), func.sum(ContributionTerm.id))
                    .join(Contribution, Contribution.id == ContributionTerm.contribution_id)
                    .where(ContributionTerm.vocabulary == "technology"))
    connection = session.connection()
    return tuple(connection.execute(stmt).one()) + tuple(connection.execute(terms).one())


def _peer(stmt, peers: PeerFilter):  # type: ignore[no-untyped-def]
    if peers.organisation_kind:
        stmt = stmt.where(Organisation.kind == peers.organisation_kind)
    if peers.size_band:
        stmt = stmt.where(Organisation.size_band == peers.size_band)
    if peers.site_type:
        stmt = stmt.where(Contribution.site_type == peers.site_type)
    return stmt


def _maturity_rows(session: Session, peers: PeerFilter, cutoff: date) -> list[tuple]:
    """Maturity before/after, dated by the contribution's own KPI period (else its publication)."""
    stmt = _peer(_public(
        select(Contribution.id, Contribution.organisation_id, Contribution.segment, Contribution.maturity_before,
               Contribution.maturity_after, Contribution.published_at, Organisation.kind, Organisation.size_band)
        .join(Organisation, Organisation.id == Contribution.organisation_id)
        .where(Contribution.maturity_before.is_not(None) | Contribution.maturity_after.is_not(None))
    ), peers)
    found = session.connection().execute(stmt).all()
    periods = dict(session.execute(
        select(KpiValue.contribution_id, KpiValue.period_end).where(KpiValue.contribution_id.in_([r[0] for r in found]))
        .order_by(KpiValue.period_end)).all()) if found else {}
    rows: list[tuple] = []
    for cid, org, segment, before, after, published_at, kind, size in found:
        period = periods.get(cid) or (published_at.date() if published_at else cutoff)
        if period > cutoff:
            continue
        rows += [(org, cid, "maturity", phase, value, segment, kind, size)
                 for phase, value in (("before", before), ("after", after)) if value is not None]
    return rows


def _technologies(session: Session, contribution_ids: set[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = defaultdict(list)
    ids = sorted(contribution_ids)
    for start in range(0, len(ids), 500):
        stmt = select(ContributionTerm.contribution_id, ContributionTerm.code).where(
            ContributionTerm.vocabulary == "technology", ContributionTerm.contribution_id.in_(ids[start:start + 500]))
        for cid, code in session.connection().execute(stmt):
            found[cid].append(code)
    return {cid: tuple(sorted(codes)) for cid, codes in found.items()}
