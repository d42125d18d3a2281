"""The library index: one interface, a whoosh backend (embedded) and a PostgreSQL backend.

Never imports `exchange`, `anonymiser` or Flask; whoosh is imported only in `search.whoosh_index`.
"""
from search import errors
from search.errors import IndexUnavailable, QueryError, SearchError
from search.model import (
    FACETS,
    TEXT_FIELDS,
    FacetCount,
    Hit,
    SearchDocument,
    SearchQuery,
    SearchResults,
)
from search.opening import BACKENDS, open_index
from search.protocol import SearchIndex

__all__ = [
    "BACKENDS",
    "FACETS",
    "TEXT_FIELDS",
    "FacetCount",
    "Hit",
    "IndexUnavailable",
    "QueryError",
    "SearchDocument",
    "SearchError",
    "SearchIndex",
    "SearchQuery",
    "SearchResults",
    "errors",
    "open_index",
]
