"""Validation of a SearchQuery before any backend sees it: clear QueryErrors, clean values."""
from __future__ import annotations

from dataclasses import dataclass

from search.errors import QueryError
from search.model import FACETS, SearchQuery
from search.querytext import Node, clean_text, parse

MAX_PER_PAGE = 100
MAX_RESULT_WINDOW = 10_000
MAX_FILTER_VALUES = 50
MAX_VALUE_CHARS = 200


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed validation: parsed text, cleaned filters, a result window."""

    node: Node | None
    filters: dict[str, tuple[str, ...]]
    sort: str
    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


def check(query: SearchQuery) -> CheckedQuery:
    """Validate and normalise; raise QueryError with a message the member can act on."""
    if query.sort not in ("relevance", "date"):
        raise QueryError("Sort must be 'relevance' or 'date'.")
    page, per_page = _int(query.page, "page"), _int(query.per_page, "per_page")
    if page < 1:
        raise QueryError("The page number must be 1 or more.")
    if not 1 <= per_page <= MAX_PER_PAGE:
        raise QueryError(f"Results per page must be between 1 and {MAX_PER_PAGE}.")
    if page * per_page > MAX_RESULT_WINDOW:
        raise QueryError(f"Only the first {MAX_RESULT_WINDOW} results can be paged through.")
    return CheckedQuery(parse(query.text), _filters(query.filters), query.sort, page, per_page)


def _int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise QueryError(f"'{name}' must be a whole number.")
    return value


def _filters(filters: object) -> dict[str, tuple[str, ...]]:
    if not hasattr(filters, "items"):
        raise QueryError("Filters must map a facet name to a list of values.")
    checked: dict[str, tuple[str, ...]] = {}
    for name, values in filters.items():  # type: ignore[attr-defined]
        if name not in FACETS:
            raise QueryError(f"Unknown filter '{str(name)[:40]}'; use one of: {', '.join(FACETS)}.")
        cleaned = _values(values)
        if cleaned:
            checked[name] = cleaned
    return checked


def _values(values: object) -> tuple[str, ...]:
    if isinstance(values, (str, int)):
        values = [values]
    if not isinstance(values, (list, tuple, set, frozenset)):
        raise QueryError("Each filter takes a list of values.")
    if len(values) > MAX_FILTER_VALUES:
        raise QueryError(f"A filter takes at most {MAX_FILTER_VALUES} values.")
    cleaned = (clean_text(str(v)).strip() for v in values if not isinstance(v, bool))
    return tuple(dict.fromkeys(v[:MAX_VALUE_CHARS] for v in cleaned if v))
