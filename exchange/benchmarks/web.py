"""Benchmark pages: ``/benchmarks``, ``/benchmarks/compare`` and ``/contributions/<id>/kpis``."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from exchange.benchmarks import kpis, peer_groups, service
from exchange.benchmarks.catalogue import METRICS
from exchange.benchmarks.chart import build_chart
from exchange.benchmarks.forms import CompareForm, DeleteForm, FilterForm, KpiForm, PeerGroupForm
from exchange.benchmarks.kpis import KpiEntry
from exchange.benchmarks.oee import OeeInputs
from exchange.benchmarks.settings import settings_from_config
from exchange.domain.errors import ValidationFailed
from exchange.domain.vocabulary import SEGMENTS, SITE_TYPES, TECHNOLOGIES
from exchange.web.extensions import db_session, limiter
from exchange.web.security import current_actor

bp = Blueprint("benchmarks", __name__)
LABELS = {"segments": SEGMENTS, "technologies": TECHNOLOGIES, "site_types": SITE_TYPES}
PEER_FILTERS = ("segment", "organisation_kind", "size_band", "site_type")
OEE_FIELDS = ("planned_time_h", "run_time_h", "ideal_rate_per_h", "good_units", "total_units")


def compare_limit() -> str:
    """The configured comparison rate limit (the API's compare endpoint should use it too)."""
    return str(current_app.config["BENCHMARK_COMPARE_RATE_LIMIT"])


def per_user_key() -> str:
    """Rate-limit per signed-in user, so probing from several addresses does not help."""
    return f"user:{current_user.actor.user_id or request.remote_addr}"


@bp.get("/benchmarks/")
@login_required
def index() -> str:
    form = FilterForm(request.args)
    query = service.BenchmarkQuery(form.metric.data or service.DEFAULT_METRIC, form.segment.data or None,
                                   form.technology.data or None, form.organisation_kind.data or None,
                                   form.size_band.data or None, form.site_type.data or None,
                                   _group_id(request.args.get("peer_group")))
    session, actor = db_session(), current_actor()
    view = service.benchmark_view(session, actor, query, settings_from_config(current_app.config))
    session.commit()  # the release is audited
    if query.peer_group_id is not None:  # show the filters the saved group stands for
        form = FilterForm(MultiDict({"metric": view.query.metric, "technology": view.query.technology or "",
                                     **{name: getattr(view.query, name) or "" for name in PEER_FILTERS}}))
    save = PeerGroupForm(formdata=None, metric=view.query.metric,
                         **{name: getattr(view.query, name) or "" for name in PEER_FILTERS})
    labels = TECHNOLOGIES if query.segment else SEGMENTS
    named = [(labels.get(c.technology if query.segment else c.segment, "?"), c) for c in view.cells]
    chart = build_chart([*named, ("All" if not query.segment else SEGMENTS[query.segment], view.total)],
                        view.metric.unit)
    return render_template("benchmarks/index.html", form=form, view=view, rows=named, chart=chart, labels=LABELS,
                           groups=peer_groups.list_peer_groups(session, actor), save=save, delete=DeleteForm())


@bp.route("/benchmarks/compare", methods=["GET", "POST"])
@login_required
@limiter.limit(compare_limit, methods=["POST"], key_func=per_user_key)
def compare() -> str | tuple[str, int]:
    session, actor = db_session(), current_actor()
    form, result, applied = CompareForm(), None, None
    group_id = _group_id(request.args.get("peer_group")) if request.method == "GET" else None
    if group_id is not None:  # one click: the form filled in with the saved group's filters
        applied = peer_groups.get_peer_group(session, actor, group_id)
        for name in PEER_FILTERS:
            getattr(form, name).data = getattr(applied.definition, name) or ""
    if form.validate_on_submit():
        request_ = service.ComparisonRequest(form.metric.data or "", float(form.value.data or 0),
                                             form.segment.data or None, form.organisation_kind.data or None,
                                             form.size_band.data or None, form.site_type.data or None)
        try:
            result = service.compare_kpis(session, current_actor(), request_, settings_from_config(current_app.config))
        except ValidationFailed as exc:
            form.value.errors = list(exc.errors.values()) or [str(exc)]
        else:
            session.commit()  # the comparison is audited; the value entered is not stored
    status = 400 if form.errors else 200
    return render_template("benchmarks/compare.html", form=form, result=result,
                           metric=METRICS.get(form.metric.data or ""), labels=LABELS, applied=applied,
                           groups=peer_groups.list_peer_groups(session, actor), delete=DeleteForm()), status


@bp.route("/benchmarks/peer-groups", methods=["GET", "POST"])
@login_required
def saved_groups() -> str | Response | tuple[str, int]:
    """The member's saved peer groups; POST saves one (from this page or the benchmarks page)."""
    session, actor = db_session(), current_actor()
    form, status = PeerGroupForm(), 200
    if form.validate_on_submit():
        definition = peer_groups.PeerDefinition(*(getattr(form, name).data or None for name in PEER_FILTERS))
        try:
            group = peer_groups.save_peer_group(session, actor, form.name.data or "", definition)
        except ValidationFailed as exc:
            for name, message in (exc.errors or {"name": str(exc)}).items():
                getattr(form, name, form.name).errors = [message]
        else:
            session.commit()
            flash(f"Peer group '{group.name}' saved.")
            metric = form.metric.data if (form.metric.data or "") in METRICS else "oee_pct"
            return redirect(url_for("benchmarks.index", metric=metric, peer_group=group.id))
    if form.is_submitted():
        status = 400
    return render_template("benchmarks/peer_groups.html", form=form, groups=peer_groups.list_peer_groups(session, actor),
                           delete=DeleteForm(), labels=LABELS), status


@bp.post("/benchmarks/peer-groups/<int(max=2147483647):group_id>/delete")
@login_required
def delete_group(group_id: int) -> Response:
    form = DeleteForm()
    if not form.validate_on_submit():
        abort(400)
    session = db_session()
    peer_groups.delete_peer_group(session, current_actor(), group_id)
    session.commit()
    flash("Peer group deleted.")
    return redirect(url_for("benchmarks.saved_groups"))


def _group_id(raw: str | None) -> int | None:
    """A saved peer group's id from the query string; anything else is refused with a 400."""
    if raw is None or raw == "":
        return None
    if not raw.isascii() or not raw.isdigit() or len(raw) > 10 or int(raw) > 2147483647:
        raise ValidationFailed("Unknown peer group.", {"peer_group": "Choose one of your saved peer groups."})
    return int(raw)


@bp.route("/contributions/<int(max=2147483647):contribution_id>/kpis", methods=["GET", "POST"])
@login_required
def contribution_kpis(contribution_id: int) -> str | Response | tuple[str, int]:
    session, actor = db_session(), current_actor()
    form, errors = KpiForm(), {}
    if form.validate_on_submit():
        try:
            kpis.set_kpis(session, actor, contribution_id, entries_from(request.form, form.period_end.data),
                          site_type=form.site_type.data or None)
        except ValidationFailed as exc:
            errors = exc.errors or {"form": str(exc)}
        else:
            session.commit()
            flash("KPI values saved. They count in benchmarks only once the contribution is published.")
            return redirect(url_for("contributions.detail", contribution_id=contribution_id))
    figures = kpis.kpis_of(session, actor, contribution_id)
    if not form.is_submitted():
        form.site_type.data = kpis.site_type_of(session, actor, contribution_id) or ""
    current = {f"{f.metric}-{f.phase}": f.value for f in figures if f.self_reported}
    values = request.form if form.is_submitted() else current
    status = 400 if errors or form.errors else 200
    return render_template("benchmarks/kpis.html", form=form, contribution_id=contribution_id, values=values,
                           errors=errors, metrics=[m for m in METRICS.values() if m.enterable], figures=figures,
                           oee_fields=OEE_FIELDS), status


def entries_from(data: MultiDict[str, str], period_end: date | None) -> list[KpiEntry]:
    """The figures filled in, by field name; OEE raw inputs win over a final OEE figure."""
    entries: list[KpiEntry] = []
    for metric in METRICS.values():
        for phase in metric.phases if metric.enterable else ():
            oee = _oee_inputs(data, phase) if metric.code == "oee_pct" else None
            raw = (data.get(f"{metric.code}-{phase}") or "").strip()
            if oee is not None:
                entries.append(KpiEntry(metric.code, phase, oee_inputs=oee, period_end=period_end))
            elif raw:
                entries.append(KpiEntry(metric.code, phase, _number(raw, f"{metric.code}-{phase}"),
                                        period_end=period_end))
    return entries


def _oee_inputs(data: MultiDict[str, str], phase: str) -> OeeInputs | None:
    raw = [(data.get(f"oee-{phase}-{name}") or "").strip() for name in OEE_FIELDS]
    if not any(raw):
        return None
    if not all(raw):
        raise ValidationFailed("Give all five OEE inputs, or none.", {f"oee_pct-{phase}": "Give all five OEE inputs."})
    return OeeInputs(*(_number(v, f"oee_pct-{phase}") for v in raw))


def _number(raw: str, field: str) -> float:
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        raise ValidationFailed(f"'{raw[:20]}' is not a number.", {field: "Enter a number."}) from None
