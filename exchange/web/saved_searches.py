"""Saved searches: save from the library page, list with counts, run, delete, choose the digest,
and the Atom feed read with the search's token (feed readers cannot sign in)."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required

from exchange.domain import atom, saved_search_matches, saved_searches
from exchange.domain.errors import ValidationFailed
from exchange.domain.saved_searches import SavedSearchInfo, SavedSearchInput
from exchange.web.extensions import db_session, library_index, limiter
from exchange.web.forms import CommentForm, DigestFrequencyForm, SaveSearchForm
from exchange.web.security import current_actor
from search import FACETS

bp = Blueprint("saved_searches", __name__, url_prefix="/searches")
FEED_RATE_LIMIT = "60 per minute"


def _feed_limit() -> str:
    return str(current_app.config.get("FEED_RATE_LIMIT") or FEED_RATE_LIMIT)


def _page(form: SaveSearchForm | None = None, status: int = 200) -> tuple[str, int]:
    session, actor, index = db_session(), current_actor(), library_index()
    rows = []
    for saved in saved_searches.list_own(session, actor):
        rows.append({"s": saved, "run": run_url(saved),
                     "feed": url_for("saved_searches.feed", saved_id=saved.id, token=saved.feed_token, _external=True),
                     "total": saved_search_matches.count(index, actor, saved),
                     "new": saved_search_matches.new_since(session, index, actor, saved, saved.since, limit=0).total,
                     "form": DigestFrequencyForm(formdata=None, frequency=saved.frequency)})
    return render_template("searches/index.html", rows=rows, form=form or SaveSearchForm(formdata=None),
                           action_form=CommentForm(), max_saved=saved_searches.MAX_SAVED), status


def run_url(saved: SavedSearchInfo) -> str:
    return url_for("library.index", q=saved.text or None, sort=saved.sort, **saved.filters)


@bp.get("/")
@login_required
def index() -> tuple[str, int]:
    return _page()


@bp.post("/")
@login_required
def create() -> Response | tuple[str, int]:
    form = SaveSearchForm()
    if not form.validate_on_submit():
        return _page(form, 400)
    data = SavedSearchInput(text=request.form.get("q", ""), sort=request.form.get("sort", "relevance"),
                            filters={name: request.form.getlist(name) for name in FACETS if name in request.form},
                            name=form.name.data or "", frequency=form.frequency.data or "none")
    session = db_session()
    try:
        saved = saved_searches.create(session, library_index(), current_actor(), data)
    except ValidationFailed as exc:
        form.name.errors = [str(exc), *(m for m in exc.errors.values())]
        return _page(form, 400)
    session.commit()
    flash(f"Saved the search “{saved.name}”.")
    return redirect(url_for("saved_searches.index"))


@bp.post("/<int(max=2147483647):saved_id>/delete")
@login_required
def delete(saved_id: int) -> Response:
    _require_csrf(CommentForm())
    session = db_session()
    gone = saved_searches.delete(session, current_actor(), saved_id)
    session.commit()
    flash(f"Deleted the saved search “{gone.name}”; its feed no longer works.")
    return redirect(url_for("saved_searches.index"))


@bp.post("/<int(max=2147483647):saved_id>/frequency")
@login_required
def frequency(saved_id: int) -> Response:
    session, actor = db_session(), current_actor()
    saved_searches.get_own(session, actor, saved_id)  # someone else's: 404 before the form is read
    form = DigestFrequencyForm()
    _require_csrf(form)
    saved = saved_searches.set_frequency(session, actor, saved_id, form.frequency.data or "")
    session.commit()
    flash(f"E-mail for “{saved.name}”: {saved.frequency}.")
    return redirect(url_for("saved_searches.index"))


@bp.post("/<int(max=2147483647):saved_id>/token")
@login_required
def token(saved_id: int) -> Response:
    _require_csrf(CommentForm())
    session = db_session()
    saved = saved_searches.regenerate_token(session, current_actor(), saved_id)
    session.commit()
    flash(f"The feed of “{saved.name}” has a new address; the old one no longer works.")
    return redirect(url_for("saved_searches.index"))


@bp.get("/<int(max=2147483647):saved_id>/feed.atom")
@limiter.limit(_feed_limit)
def feed(saved_id: int) -> Response:
    session = db_session()
    saved, owner = saved_searches.by_feed_token(session, saved_id, request.args.get("token", ""))
    matches = saved_search_matches.newest(session, library_index(), owner, saved, limit=50)
    links = atom.FeedLinks(
        feed_url=url_for("saved_searches.feed", saved_id=saved.id, token=saved.feed_token, _external=True),
        page_url=url_for("saved_searches.index", _external=True),
        case_url=lambda case_id: url_for("library.case", case_id=case_id, _external=True),
        feed_id=url_for("saved_searches.index", _external=True) + f"{saved.id}/feed")
    response = Response(atom.render(saved, matches.items, links), mimetype=atom.MEDIA_TYPE)
    response.headers["Cache-Control"] = "private, max-age=300"
    response.headers["X-Robots-Tag"] = "noindex"
    return response


def _require_csrf(form: CommentForm | DigestFrequencyForm) -> None:
    if not form.validate_on_submit():
        raise ValidationFailed("The form was not valid.", {k: "; ".join(v) for k, v in form.errors.items()})
