"""Published case studies: list with filters, facets and page links; one case with an ETag;
similar cases. Redacted published content only."""
from __future__ import annotations

import hashlib
import json
from typing import Any

from flask import Response, request

from exchange.api import schemas
from exchange.api.auth import current_grant, requires
from exchange.api.blueprint import ApiBlueprint
from exchange.api.links import page_links, self_link
from exchange.domain import library, library_search
from exchange.domain.tokens import Scope
from exchange.web.extensions import db_session, library_index

bp = ApiBlueprint("cases", __name__, url_prefix="/api/v1/cases",
                  description="Published, anonymised case studies (read scope)")


@bp.get("")
@bp.response(200, schemas.CasePage)
@requires(Scope.READ)
@bp.arguments(schemas.CaseQuery, location="query", as_kwargs=True)
def list_cases(q: str, page: int, per_page: int, filters: library.CaseFilters) -> dict[str, Any]:
    """List published cases, newest first, with facet counts over the filtered set; with ``q``, a
    full-text search ranked by relevance (facet counts then follow the search index)."""
    if q.strip():
        result = _search(q, page, per_page, filters)
    else:
        result = library.search_cases(db_session(), current_grant().actor, filters, page, per_page)
    return {"items": result.items, "total": result.total, "page": result.page, "per_page": result.per_page,
            "links": page_links(result.page, result.pages, result.per_page), "facets": result.facets}


INDEX_FACETS = {"segment": "segment", "technologies": "technology", "barriers": "barrier"}


def _search(q: str, page: int, per_page: int, filters: library.CaseFilters) -> library.CasePage:
    actor = current_grant().actor
    found = library_search.search_library(
        library_index(), actor, q, {"segment": list(filters.segments), "technologies": list(filters.technologies),
                                    "barriers": list(filters.barriers)}, "relevance", page, per_page)
    items = [library.published_case(db_session(), actor, int(hit.id)) for hit in found.hits]
    facets = {ours: list(found.facets.get(theirs, [])) for theirs, ours in INDEX_FACETS.items()}
    return library.CasePage(items, found.total, found.page, found.per_page, facets)


@bp.get("/<int(max=2147483647):case_id>")
@bp.response(200, schemas.Case, headers={"ETag": {"schema": {"type": "string"}}})
@bp.alt_response(304, description="Not modified (If-None-Match matched the ETag)")
@requires(Scope.READ)
def get_case(case_id: int) -> Response:
    """One published case; send If-None-Match with its ETag to get 304 when unchanged."""
    case = library.published_case(db_session(), current_grant().actor, case_id)
    body = json.dumps(schemas.Case().dump(case), ensure_ascii=False, sort_keys=True)
    response = Response(body, mimetype="application/json")
    response.set_etag(hashlib.sha256(body.encode()).hexdigest()[:32])
    return response.make_conditional(request)


@bp.get("/<int(max=2147483647):case_id>/similar")
@bp.response(200, schemas.SimilarList)
@requires(Scope.READ)
def similar(case_id: int) -> dict[str, Any]:
    """Published cases in the same segment, ranked by the technologies they share with this one."""
    items = library.similar_cases(db_session(), current_grant().actor, case_id)
    return {"items": items, "total": len(items), "links": self_link()}
