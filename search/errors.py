"""The search library's exception tree. Messages never contain indexed contribution text."""


class SearchError(Exception):
    """Base of every error the search library raises on purpose."""


class QueryError(SearchError):
    """The query cannot be run as given; the message is safe to show to the member."""


class IndexUnavailable(SearchError):
    """The index cannot be read or written (missing, corrupt, locked too long, database down)."""
