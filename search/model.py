"""The typed values that cross the search interface: documents in, queries in, results out."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Literal, Mapping, Sequence

TEXT_FIELDS: tuple[str, ...] = ("title", "summary", "body", "lessons")
"""Free-text fields, in decreasing order of weight (BM25F boosts, tsvector weights A-D)."""

MULTI_FACETS: tuple[str, ...] = ("technologies", "barriers", "kpis")
FACETS: tuple[str, ...] = (
    "segment",
    "technologies",
    "barriers",
    "maturity_before",
    "maturity_after",
    "org_kind",
    "size_band",
    "region_band",
    "year_band",
    "kpis",
)
"""The filterable fields; each is a controlled vocabulary with facet counts."""

Sort = Literal["relevance", "date"]


@dataclass(frozen=True)
class SearchDocument:
    """One published, redacted case study as the index sees it (never the organisation)."""

    id: str
    title: str
    summary: str
    body: str
    lessons: str
    segment: str
    technologies: tuple[str, ...]
    barriers: tuple[str, ...]
    maturity_before: int | None
    maturity_after: int | None
    org_kind: str
    size_band: str
    region_band: str
    year_band: str
    kpis: tuple[str, ...]
    published_at: datetime

    def facet_values(self, facet: str) -> tuple[str, ...]:
        """The document's values for one facet, as the strings filters and counts use."""
        value = getattr(self, facet)
        if value is None or value == "":
            return ()
        if isinstance(value, tuple):
            return tuple(dict.fromkeys(str(v) for v in value if str(v)))
        return (str(value),)


@dataclass(frozen=True)
class SearchQuery:
    """What a member asked for: free text, facet filters, a sort order and a page."""

    text: str = ""
    filters: Mapping[str, Sequence[str]] = field(default_factory=lambda: MappingProxyType({}))
    sort: Sort = "relevance"
    page: int = 1
    per_page: int = 20


@dataclass(frozen=True)
class Hit:
    """One result: `snippet` is HTML-safe (escaped text, matches wrapped in <mark>)."""

    id: str
    score: float
    title: str
    snippet: str


@dataclass(frozen=True)
class FacetCount:
    value: str
    count: int


@dataclass(frozen=True)
class SearchResults:
    hits: list[Hit]
    total: int
    page: int
    per_page: int
    facets: dict[str, list[FacetCount]]
    suggestion: str | None = None
