"""Build and run a search: facet counts and total in one statement, then the page with snippets."""
from __future__ import annotations

from typing import Mapping

from search.checks import CheckedQuery
from search.facetsets import ordered_counts
from search.model import FACETS, FacetCount, Hit
from search.pg_index.statements import HEADLINE_OPTIONS, SNIPPET, facet_token, split_token
from search.snippets import plain, to_html


def filter_params(filters: Mapping[str, tuple[str, ...]]) -> dict[str, list[str]]:
    return {f"f_{facet}": [facet_token(facet, v) for v in values] for facet, values in filters.items()}


def _conditions(tsq: str | None, filters: Mapping[str, tuple[str, ...]], skip: str = "") -> str:
    parts = ["tsv @@ %(q)s::tsquery"] if tsq else []
    parts += [f"facets && %(f_{facet})s::text[]" for facet in filters if facet != skip]
    return " AND ".join(parts) or "TRUE"


Statement = tuple[str, dict[str, object]]


def facet_statement(tsq: str | None, filters: Mapping[str, tuple[str, ...]]) -> Statement:
    """Total and disjunctive facet counts in one statement: each filtered facet ignores its own
    filter. Rows are (scope, token, count); `assemble` turns them into counts."""
    # Only fixed SQL and facet names from the checked FACETS vocabulary are interpolated below;
    # every value travels as a bound parameter.
    text = "tsv @@ %(q)s::tsquery" if tsq else "TRUE"
    all_filters = _conditions(None, filters)
    parts = [f"SELECT '' AS scope, '' AS token, count(*) AS n FROM m WHERE {all_filters}",  # nosec B608
             f"SELECT '*', v, count(*) FROM m, unnest(m.facets) v WHERE {all_filters} GROUP BY v"]  # nosec B608
    for facet in filters:
        others = _conditions(None, filters, skip=facet)
        parts.append(f"SELECT '{facet}', v, count(*) FROM m, unnest(m.facets) v "  # nosec B608
                     f"WHERE {others} AND starts_with(v, '{facet}=') GROUP BY v")
    statement = (f"WITH m AS MATERIALIZED (SELECT facets FROM search_documents WHERE {text}) "  # nosec B608
                 + " UNION ALL ".join(parts))
    return statement, {"q": tsq, **filter_params(filters)}


def assemble(
    rows: list[tuple[str, str, int]], filters: Mapping[str, tuple[str, ...]]
) -> tuple[int, dict[str, list[FacetCount]]]:
    total = 0
    pairs: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
    for scope, token, n in rows:
        if scope == "":
            total = n
            continue
        facet, value = split_token(token)
        if facet in pairs and (scope == facet or (scope == "*" and facet not in filters)):
            pairs[facet][value] = n
    counts = {f: ordered_counts(pairs[f], filters.get(f, ())) for f in FACETS}
    return total, counts


def page_statement(tsq: str | None, checked: CheckedQuery) -> Statement:
    by_date = checked.sort == "date" or not tsq
    order = "published_at DESC, id" if by_date else "score DESC, published_at DESC, id"
    # body matches are found through `tsv` but ranked through the small `rank_tsv` (A, B, D):
    # a match only in the body scores 0 and falls back to date order
    rank = "0.0::float4" if by_date else "coalesce(ts_rank(rank_tsv, %(q)s::tsquery), 0)"
    snippet = SNIPPET if tsq else "NULL::text"
    # Fixed SQL fragments only; values are bound parameters.
    statement = (
        f"SELECT p.id, p.title, p.summary, p.score, {snippet} FROM ("  # nosec B608
        f"SELECT id, title, summary, body, lessons, published_at, {rank} AS score "
        f"FROM search_documents WHERE {_conditions(tsq, checked.filters)} "
        f"ORDER BY {order} LIMIT %(limit)s OFFSET %(offset)s) p ORDER BY {order}"
    )
    params = {"q": tsq, "limit": checked.per_page, "offset": checked.offset,
              "headline": HEADLINE_OPTIONS, **filter_params(checked.filters)}
    return statement, params


def hits(rows: list[tuple[str, str, str, float, str | None]]) -> list[Hit]:
    return [Hit(i, float(score), title, to_html(marked) if marked else plain(summary))
            for i, title, summary, score, marked in rows]
