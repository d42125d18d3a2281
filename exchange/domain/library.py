"""The published library as plain data: filtered pages with facets, one case, similar cases.

Everything here reads the *published* revision's redacted fields only. ``search_cases`` is the one
entry point for listing; a search backend can replace its body (``q`` and facets) without changing
its signature or the ``CasePage`` it returns.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from exchange.domain.access import require_visible
from exchange.domain.actor import Actor
from exchange.domain.errors import NotFound
from exchange.domain.lifecycle import State
from exchange.models import Contribution, ContributionTerm, Organisation, Revision
from search.model import FacetCount

MAX_PER_PAGE = 100
FACETS = ("segment", "technology", "barrier")
SIMILAR_LIMIT = 10


@dataclass(frozen=True)
class CaseFilters:
    segments: tuple[str, ...] = ()
    technologies: tuple[str, ...] = ()  # a case must carry all of them
    barriers: tuple[str, ...] = ()  # a case must carry all of them


@dataclass(frozen=True)
class PublishedCase:
    id: int
    title: str
    summary: str
    body: str
    lessons: str
    segment: str | None
    technologies: tuple[str, ...]
    barriers: tuple[str, ...]
    maturity_before: int | None
    maturity_after: int | None
    organisation_kind: str
    size_band: str
    region: str
    revision: int
    published_at: datetime | None
    updated_at: datetime


@dataclass(frozen=True)
class CasePage:
    items: list[PublishedCase]
    total: int
    page: int
    per_page: int
    facets: dict[str, list[FacetCount]] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass(frozen=True)
class SimilarCase:
    case: PublishedCase
    shared_technologies: tuple[str, ...]
    score: float


def _require_reader(actor: Actor) -> None:
    if actor.role is None:
        raise NotFound("Sign in to read the library.")


def _published() -> Select[tuple[Contribution]]:
    return select(Contribution).where(Contribution.published_revision_id.is_not(None), Contribution.kind == "case_study",
                                      Contribution.state.not_in([State.WITHDRAWN, State.RETIRED]))


def _filtered_ids(filters: CaseFilters) -> Select[tuple[int]]:
    stmt = _published().with_only_columns(Contribution.id)
    if filters.segments:
        stmt = stmt.where(Contribution.segment.in_(filters.segments))
    for vocabulary, codes in (("technology", filters.technologies), ("barrier", filters.barriers)):
        for code in codes:
            stmt = stmt.where(Contribution.id.in_(
                select(ContributionTerm.contribution_id).where(ContributionTerm.vocabulary == vocabulary,
                                                               ContributionTerm.code == code)))
    return stmt


def search_cases(session: Session, actor: Actor, filters: CaseFilters, page: int = 1,
                 per_page: int = 20) -> CasePage:
    """One page of published cases matching ``filters``, newest first, with facet counts."""
    _require_reader(actor)
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    page = max(1, page)
    ids = _filtered_ids(filters).subquery()
    total = session.scalar(select(func.count()).select_from(ids)) or 0
    rows = session.scalars(select(Contribution).where(Contribution.id.in_(select(ids.c.id)))
                           .order_by(Contribution.published_at.desc(), Contribution.id.desc())
                           .limit(per_page).offset((page - 1) * per_page))
    return CasePage([_case(session, c) for c in rows], total, page, per_page, _facets(session, ids))


def _facets(session: Session, ids) -> dict[str, list[FacetCount]]:  # type: ignore[no-untyped-def]
    facets = {"segment": _counts(session.execute(
        select(Contribution.segment, func.count()).where(Contribution.id.in_(select(ids.c.id)),
                                                         Contribution.segment.is_not(None))
        .group_by(Contribution.segment)))}
    for vocabulary in ("technology", "barrier"):
        facets[vocabulary] = _counts(session.execute(
            select(ContributionTerm.code, func.count()).where(ContributionTerm.vocabulary == vocabulary,
                                                              ContributionTerm.contribution_id.in_(select(ids.c.id)))
            .group_by(ContributionTerm.code)))
    return facets


def _counts(rows) -> list[FacetCount]:  # type: ignore[no-untyped-def]
    return sorted((FacetCount(str(value), int(count)) for value, count in rows), key=lambda f: (-f.count, f.value))


def published_case(session: Session, actor: Actor, case_id: int) -> PublishedCase:
    """The published, redacted version of one case; NotFound if it is not in the library."""
    _require_reader(actor)
    contribution = session.get(Contribution, case_id)
    if contribution is None or not _is_listed(contribution):
        raise NotFound("No such case study.")
    require_visible(actor, contribution)
    return _case(session, contribution)


def similar_cases(session: Session, actor: Actor, case_id: int, limit: int = SIMILAR_LIMIT) -> list[SimilarCase]:
    """Published cases in the same segment sharing a technology with this one, ranked by how many
    they share, then by the Jaccard overlap of their technologies."""
    target = published_case(session, actor, case_id)
    if target.segment is None:
        return []
    candidates = session.scalars(_published().where(Contribution.segment == target.segment,
                                                    Contribution.id != target.id))
    ranked = []
    for contribution in candidates:
        case = _case(session, contribution)
        shared = tuple(sorted(set(case.technologies) & set(target.technologies)))
        union = set(case.technologies) | set(target.technologies)
        if shared or not target.technologies:
            score = round(len(shared) / len(union), 4) if union else 0.0
            ranked.append(SimilarCase(case, shared, score))
    ranked.sort(key=lambda s: (-len(s.shared_technologies), -s.score, -s.case.id))
    return ranked[:max(0, limit)]


def all_published(session: Session) -> Iterator[PublishedCase]:
    """Every case in the library, oldest first (for the open-data export)."""
    for contribution in session.scalars(_published().order_by(Contribution.id)):
        yield _case(session, contribution)


def _is_listed(contribution: Contribution) -> bool:
    return contribution.published_revision_id is not None and contribution.kind == "case_study" \
        and contribution.state not in (State.WITHDRAWN, State.RETIRED)


def _case(session: Session, contribution: Contribution) -> PublishedCase:
    revision = session.get(Revision, contribution.published_revision_id)
    organisation = session.get(Organisation, contribution.organisation_id)
    if revision is None or organisation is None:
        raise NotFound("No such case study.")
    fields = dict(revision.redacted or {})
    return PublishedCase(
        id=contribution.id, title=fields.get("title", ""), summary=fields.get("summary", ""),
        body=fields.get("body", ""), lessons=fields.get("lessons", ""), segment=contribution.segment,
        technologies=tuple(contribution.codes("technology")), barriers=tuple(contribution.codes("barrier")),
        maturity_before=contribution.maturity_before, maturity_after=contribution.maturity_after,
        organisation_kind=organisation.kind, size_band=organisation.size_band, region=organisation.region,
        revision=revision.number, published_at=contribution.published_at, updated_at=contribution.updated_at,
    )
