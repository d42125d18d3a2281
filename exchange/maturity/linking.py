"""Linking a gap to the published case studies that moved the same dimension elsewhere.

A case moved a dimension when it carries one of the dimension's technology tags and its plant
maturity rose (``maturity_before`` < ``maturity_after``, the 1–5 plant scale) through at least one
step of the gap, with the gap's framework levels mapped onto the plant scale. Only published cases
count (``access.is_public``), and only their published, redacted titles are shown.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.domain.access import is_public
from exchange.maturity.payback import payback_months
from exchange.maturity.scoring import attained_level
from exchange.maturity.views import FrameworkView
from exchange.models import Contribution, ContributionTerm, Revision

PLANT_MIN, PLANT_MAX = 1, 5
MAX_CASES_PER_GAP = 5


@dataclass(frozen=True)
class Candidate:
    id: int
    title: str
    segment: str | None
    technologies: frozenset[str]
    barriers: tuple[str, ...]
    maturity_before: int
    maturity_after: int


@dataclass(frozen=True)
class LinkedCase:
    id: int
    title: str
    segment: str | None
    technologies: tuple[str, ...]
    barriers: tuple[str, ...]
    maturity_before: int
    maturity_after: int
    payback_months: float | None


def plant_level(framework: FrameworkView, level: int) -> int:
    """A framework level on the 1–5 plant scale: as the file maps it, else linearly."""
    for item in framework.levels:
        if item.level == level and item.plant_level is not None:
            return item.plant_level
    low, high = framework.scale_min, framework.scale_max
    clamped = min(max(level, low), high)
    return PLANT_MIN + round((clamped - low) * (PLANT_MAX - PLANT_MIN) / (high - low))


def plant_span(framework: FrameworkView, score: float, target: int) -> tuple[int, int] | None:
    """The plant steps a gap spans (at least one step), or None when nothing lies above."""
    start = plant_level(framework, attained_level(score))
    if start >= PLANT_MAX:
        return None
    return start, min(PLANT_MAX, max(plant_level(framework, target), start + 1))


def published_candidates(session: Session) -> list[Candidate]:
    """Published cases whose plant maturity rose, with their redacted published titles."""
    rows = session.scalars(select(Contribution).where(
        Contribution.published_revision_id.is_not(None), Contribution.maturity_before.is_not(None),
        Contribution.maturity_after.is_not(None), Contribution.maturity_after > Contribution.maturity_before))
    cases = [c for c in rows if is_public(c)]
    titles = _published_titles(session, [c.published_revision_id for c in cases if c.published_revision_id])
    tags = _tags(session, [c.id for c in cases])
    return [Candidate(c.id, titles.get(c.published_revision_id or 0, "") or f"Case study {c.id}", c.segment,
                      frozenset(tags.get((c.id, "technology"), ())), tuple(sorted(tags.get((c.id, "barrier"), ()))),
                      int(c.maturity_before or 0), int(c.maturity_after or 0)) for c in cases]


def _tags(session: Session, contribution_ids: list[int]) -> dict[tuple[int, str], list[str]]:
    out: dict[tuple[int, str], list[str]] = {}
    if not contribution_ids:
        return out
    rows = session.execute(select(ContributionTerm.contribution_id, ContributionTerm.vocabulary, ContributionTerm.code)
                           .where(ContributionTerm.contribution_id.in_(contribution_ids)))
    for contribution_id, vocabulary, code in rows:
        out.setdefault((contribution_id, vocabulary), []).append(code)
    return out


def _published_titles(session: Session, revision_ids: list[int]) -> dict[int, str]:
    if not revision_ids:
        return {}
    rows = session.execute(select(Revision.id, Revision.redacted).where(Revision.id.in_(revision_ids)))
    return {rid: str((redacted or {}).get("title", "")) for rid, redacted in rows}


def matching_cases(candidates: Iterable[Candidate], technologies: Sequence[str], span: tuple[int, int] | None,
                   segments: Sequence[str], limit: int = MAX_CASES_PER_GAP) -> list[Candidate]:
    """Cases sharing a technology and a plant step with the gap: same segment first, then the most
    shared technologies, then the widest overlap."""
    if span is None or not technologies:
        return []
    start, end = span
    wanted, own = set(technologies), set(segments)
    scored = []
    for case in candidates:
        shared = len(case.technologies & wanted)
        overlap = min(case.maturity_after, end) - max(case.maturity_before, start)
        if shared and overlap > 0:
            scored.append(((case.segment not in own, -shared, -overlap, case.id), case))
    return [case for _, case in sorted(scored, key=lambda pair: pair[0])[:limit]]


def with_payback(session: Session, cases: Sequence[Candidate]) -> list[LinkedCase]:
    payback = payback_months(session, [c.id for c in cases])
    return [LinkedCase(c.id, c.title, c.segment, tuple(sorted(c.technologies)), c.barriers, c.maturity_before,
                       c.maturity_after, payback.get(c.id)) for c in cases]
