from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import login_required

from exchange.benchmarks.case_figures import case_figures
from exchange.domain import collections, curation, library_search, listings
from exchange.domain.errors import ValidationFailed
from exchange.domain.vocabulary import BARRIERS, MATURITY_LEVELS, SEGMENTS, TECHNOLOGIES
from exchange.web.extensions import db_session, library_index
from exchange.web.forms import CommentForm, SaveSearchForm
from exchange.web.security import current_actor

bp = Blueprint("library", __name__, url_prefix="/cases")
LABELS = {"segments": SEGMENTS, "technologies": TECHNOLOGIES, "barriers": BARRIERS, "maturity": MATURITY_LEVELS}
MATURITY_NAMES = {str(k): v for k, v in MATURITY_LEVELS.items()}


FACET_LABELS = {"segment": ("Segment", SEGMENTS), "technologies": ("Technology", TECHNOLOGIES),
                "barriers": ("Barrier", BARRIERS), "maturity_after": ("Maturity after", MATURITY_NAMES),
                "org_kind": ("Contributor kind", {}), "size_band": ("Size", {}), "region_band": ("Region", {}),
                "year_band": ("Year", {}), "kpis": ("Figures reported", {})}


@bp.get("/")
@login_required
def index() -> str | tuple[str, int]:
    text = request.args.get("q", "")
    filters = {name: request.args.getlist(name) for name in FACET_LABELS}
    page = max(1, min(request.args.get("page", 1, type=int) or 1, 500))
    sort = request.args.get("sort", "relevance")
    try:
        results = library_search.search_library(library_index(), current_actor(), text, filters, sort, page)
    except ValidationFailed as exc:
        return render_template("library/index.html", results=None, error=str(exc), q=text, filters=filters,
                               sort=sort, facet_labels=FACET_LABELS, labels=LABELS), 400
    if results.total == 0:
        library_search.record_miss(db_session(), text, filters)
        db_session().commit()
    return render_template("library/index.html", results=results, error=None, q=text, filters=filters, sort=sort,
                           facet_labels=FACET_LABELS, labels=LABELS, save_form=SaveSearchForm(formdata=None))


@bp.get("/<int(max=2147483647):case_id>")
@login_required
def case(case_id: int) -> str | tuple[str, int]:
    session, actor = db_session(), current_actor()
    tombstone = listings.tombstone(session, actor, case_id)
    if tombstone is not None:
        return render_template("library/tombstone.html", t=tombstone), 410
    detail = listings.published_case(session, actor, case_id)
    return render_template("library/case.html", c=detail, labels=LABELS,
                           versions=curation.published_versions(session, actor, case_id),
                           figures=case_figures(session, actor, case_id))


@bp.get("/<int(max=2147483647):case_id>/comparable")
@login_required
def comparable(case_id: int) -> str:
    """Comparable deployments of a case: loaded by the case page after its text (the similarity
    query costs more than the rest of the page), or followed as a link without JavaScript."""
    hits = library_search.comparable(library_index(), current_actor(), case_id)
    return render_template("library/comparable.html", case_id=case_id, comparable=hits)


@bp.get("/<int(max=2147483647):case_id>/diff")
@login_required
def diff(case_id: int) -> str:
    old, new = request.args.get("old", type=int), request.args.get("new", type=int)
    if old is None or new is None:
        raise ValidationFailed("Choose two published versions to compare.")
    changes = curation.diff_versions(db_session(), current_actor(), case_id, old, new)
    return render_template("library/diff.html", case_id=case_id, old=old, new=new, changes=changes)


@bp.get("/collections/")
@login_required
def collections_index() -> str:
    return render_template("library/collections.html",
                           collections=collections.list_collections(db_session(), current_actor()))


@bp.get("/collections/<int(max=2147483647):collection_id>")
@login_required
def collection(collection_id: int) -> str:
    return render_template("library/collection.html", c=collections.view(db_session(), current_actor(), collection_id),
                           labels=LABELS, form=CommentForm())
