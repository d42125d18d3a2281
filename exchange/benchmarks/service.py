"""Use cases the pages and the API call: ``benchmark_view`` and ``compare_kpis``.

Both check the actor's role themselves, read only public contributions' values old enough for
the competition-law guardrail, and write an audit event for every released aggregate.
"""
from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from anonymiser.disclosure import WITHHELD
from exchange.benchmarks.aggregates import ALL, BenchmarkCell, MetricTable, build_table
from exchange.benchmarks.catalogue import Metric, check_value, get_metric
from exchange.benchmarks.compare import ComparisonResult, position
from exchange.benchmarks.observations import PeerFilter, fingerprint, load_observations, months_before
from exchange.benchmarks.peer_groups import PeerDefinition, check_definition, get_peer_group
from exchange.benchmarks.settings import BenchmarkSettings
from exchange.domain import audit
from exchange.domain.access import require_role
from exchange.domain.actor import Actor
from exchange.domain.errors import ValidationFailed
from exchange.domain.roles import Role
from exchange.domain.vocabulary import SEGMENTS, TECHNOLOGIES

log = logging.getLogger(__name__)
CACHE_SIZE = 64
_TABLES: OrderedDict[tuple, MetricTable] = OrderedDict()  # per process; tables are immutable results
_TABLES_LOCK = threading.Lock()  # a threaded server (gunicorn gthread, the embedded server) shares it
DEFAULT_METRIC = "oee_pct"
VIEWERS = (Role.MEMBER, Role.CONTRIBUTOR, Role.CURATOR, Role.ADMIN)


@dataclass(frozen=True)
class BenchmarkQuery:
    metric: str
    segment: str | None = None
    technology: str | None = None
    organisation_kind: str | None = None
    size_band: str | None = None
    site_type: str | None = None
    peer_group_id: int | None = None  # the actor's saved peer group: its filters replace the four above


@dataclass(frozen=True)
class MetricInfo:
    code: str
    label: str
    unit: str
    direction: str
    description: str
    banded: bool


@dataclass(frozen=True)
class BenchmarkView:
    metric: MetricInfo
    query: BenchmarkQuery
    cells: list[BenchmarkCell]
    total: BenchmarkCell
    data_up_to: date
    notes: list[str] = field(default_factory=list)
    peer_group: str | None = None  # the name of the saved peer group applied


@dataclass(frozen=True)
class ComparisonRequest:
    metric: str
    value: float
    segment: str | None = None
    organisation_kind: str | None = None
    size_band: str | None = None
    site_type: str | None = None
    peer_group_id: int | None = None


def benchmark_view(session: Session, actor: Actor, query: BenchmarkQuery, settings: BenchmarkSettings,
                   *, today: date | None = None) -> BenchmarkView:
    """One metric broken down by segment (or, for a chosen segment, by technology), with its total."""
    require_role(actor, *VIEWERS)
    query, group_name = _with_peer_group(session, actor, query)
    metric = _check_query(query)
    cutoff = months_before(today or datetime.now(UTC).date(), settings.min_age_months)
    table = _table(session, metric, query, settings, cutoff)
    if query.segment is None:
        cells = [table.cell(s, query.technology) for s in SEGMENTS]
        total = table.cell(None, query.technology)
    else:
        technologies = [query.technology] if query.technology else list(TECHNOLOGIES)
        cells = [table.cell(query.segment, t) for t in technologies]
        total = table.cell(query.segment, None)
    view = BenchmarkView(_info(metric), query, cells, total, cutoff, _notes(metric, [*cells, total]), group_name)
    _log_release(session, actor, "benchmark.view", query, [*cells, total])
    return view


def compare_kpis(session: Session, actor: Actor, request: ComparisonRequest, settings: BenchmarkSettings,
                 *, today: date | None = None) -> ComparisonResult:
    """The member's position as a band against the peer group; the value entered is not stored."""
    require_role(actor, *VIEWERS)
    query, _ = _with_peer_group(session, actor, BenchmarkQuery(
        request.metric, request.segment, None, request.organisation_kind, request.size_band, request.site_type,
        request.peer_group_id))
    metric = _check_query(query)
    value = check_value(metric, "value" if "value" in metric.phases else "after", request.value, "value")
    cutoff = months_before(today or datetime.now(UTC).date(), settings.min_age_months)
    table = _table(session, metric, query, settings, cutoff, by_technology=False)
    peer = table.levels.get((query.segment or ALL, ALL))
    result = position(metric, value, peer, settings.rules) if peer else ComparisonResult(
        metric.code, None, True, WITHHELD)
    audit.record(session, actor, "benchmark.compare", "benchmark", metric.code,
                 detail={"filters": _filters(query), "n_organisations": result.n_organisations,
                         "suppressed": result.suppressed, "band_index": result.band_index})
    return result


def _table(session: Session, metric: Metric, query: BenchmarkQuery, settings: BenchmarkSettings,
           cutoff: date, *, by_technology: bool = True) -> MetricTable:
    """The metric's canonical table, reused while the rows it is computed from are unchanged."""
    peers = PeerFilter(query.organisation_kind, query.size_band, query.site_type)
    key = None
    if metric.code != "maturity":
        key = (str(session.get_bind().url), metric.code, peers, cutoff, by_technology, settings,
               fingerprint(session, metric.code, peers, cutoff))
        with _TABLES_LOCK:
            if key in _TABLES:
                _TABLES.move_to_end(key)
                return _TABLES[key]
    observations = load_observations(session, metric.code, peers, cutoff, with_technologies=by_technology)
    table = build_table(metric, observations, settings.rules, settings.perturbation, by_technology=by_technology)
    if key is not None:
        with _TABLES_LOCK:
            _TABLES[key] = table
            while len(_TABLES) > CACHE_SIZE:
                _TABLES.popitem(last=False)
    return table


def warm_default_table(session: Session, settings: BenchmarkSettings, *, today: date | None = None) -> None:
    """Compute the table the benchmarks page opens on, so a new server process does not make its
    first visitor wait for it. Releases nothing (no cell leaves the process), so nothing is audited."""
    cutoff = months_before(today or datetime.now(UTC).date(), settings.min_age_months)
    _table(session, get_metric(DEFAULT_METRIC), BenchmarkQuery(DEFAULT_METRIC), settings, cutoff)


def _with_peer_group(session: Session, actor: Actor, query: BenchmarkQuery) -> tuple[BenchmarkQuery, str | None]:
    """The query with the actor's saved peer group's filters in place of its own (NotFound for
    anyone else's group); the group is drawn afresh, so the size rules decide as for any filter."""
    if query.peer_group_id is None:
        return query, None
    group = get_peer_group(session, actor, query.peer_group_id)
    d = group.definition
    return replace(query, segment=d.segment, organisation_kind=d.organisation_kind, size_band=d.size_band,
                   site_type=d.site_type), group.name


def _check_query(query: BenchmarkQuery) -> Metric:
    metric = get_metric(query.metric)
    errors: dict[str, str] = {}
    if query.technology is not None and query.technology not in TECHNOLOGIES:
        errors["technology"] = "Choose one of the listed values."
    try:
        check_definition(PeerDefinition(query.segment, query.organisation_kind, query.size_band, query.site_type))
    except ValidationFailed as exc:
        errors.update(exc.errors)
    if errors:
        raise ValidationFailed("Some filters are not recognised.", errors)
    return metric


def _info(metric: Metric) -> MetricInfo:
    return MetricInfo(metric.code, metric.label, metric.unit, metric.direction, metric.description, metric.banded)


def _notes(metric: Metric, cells: list[BenchmarkCell]) -> list[str]:
    notes = []
    if any(c.suppressed and c.reason for c in cells):
        notes.append("Some figures are withheld to protect the organisations that contributed.")
    if metric.banded:
        notes.append("Money is shown only as a band.")
    return notes


def _filters(query: BenchmarkQuery) -> dict[str, str | None]:
    return {"metric": query.metric, "segment": query.segment, "technology": query.technology,
            "organisation_kind": query.organisation_kind, "size_band": query.size_band,
            "site_type": query.site_type, "peer_group_id": query.peer_group_id}


def _log_release(session: Session, actor: Actor, action: str, query: BenchmarkQuery,
                 cells: list[BenchmarkCell]) -> None:
    """Every released aggregate is in the audit trail, so differencing across releases can be checked."""
    released = [{"segment": c.segment, "technology": c.technology, "n": c.n_organisations,
                 "median": c.median, "q1": c.q1, "q3": c.q3, "improvement": c.improvement_median}
                for c in cells if not c.suppressed]
    audit.record(session, actor, action, "benchmark", query.metric,
                 detail={"filters": _filters(query), "released": released,
                         "withheld": sum(1 for c in cells if c.suppressed)})
    log.info("benchmark released: metric=%s cells=%d withheld=%d", query.metric, len(released),
             len(cells) - len(released))
