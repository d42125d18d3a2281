"""The interface every backend implements."""
from __future__ import annotations

from typing import Iterable, Protocol, runtime_checkable

from search.model import Hit, SearchDocument, SearchQuery, SearchResults


@runtime_checkable
class SearchIndex(Protocol):
    def index(self, docs: Iterable[SearchDocument]) -> None:
        """Add or replace documents (upsert by id)."""

    def remove(self, ids: Iterable[str]) -> None:
        """Remove documents; unknown ids are ignored."""

    def query(self, q: SearchQuery) -> SearchResults:
        """Run a search; raises QueryError for a query the member must fix."""

    def similar(self, doc_id: str, limit: int = 5) -> list[Hit]:
        """Comparable deployments by content and facets; [] for an unknown id."""

    def clear(self) -> None:
        """Remove every document (recreating a damaged index)."""

    def count(self) -> int:
        """Number of indexed documents."""

    def is_healthy(self) -> bool:
        """False when the index is missing pieces or unreadable and must be rebuilt."""

    def close(self) -> None:
        """Release files and connections."""
