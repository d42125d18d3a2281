"""The benchmark pages over HTTP: access per role, the accessible chart, CSRF, rate limit, KPI entry."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from exchange.models import AuditEvent, KpiValue
from tests.factories import make_case

EMAILS = {"member": "member@acmeford.example", "contributor": "contrib@acmeford.example",
          "curator": "curator@centre.example", "admin": "admin@centre.example"}


@pytest.fixture()
def benchmarked(session, world, orgs, publish):  # type: ignore[no-untyped-def]
    for i, org in enumerate(orgs):
        publish(org, {("oee_pct", "before"): 25.0 + 2 * i, ("oee_pct", "after"): 31.0 + 2.5 * i,
                      ("capital_invested_gbp", "value"): 150_000.0 * (i + 1)})
    for org in orgs[:2]:
        publish(org, {("oee_pct", "after"): 70.0}, segment="vaccines")
    session.commit()
    return orgs


@pytest.mark.parametrize("path", ["/benchmarks/", "/benchmarks/compare", "/contributions/1/kpis"])
def test_anonymous_visitors_are_sent_to_sign_in(client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]


@pytest.mark.parametrize("role", list(EMAILS))
def test_every_role_sees_benchmarks(auth, benchmarked, role: str) -> None:
    auth.login(EMAILS[role])
    response = auth.client.get("/benchmarks/?metric=oee_pct")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert '<svg class="bench-chart"' in html and 'role="img"' in html and "<title id=\"chart-title\">" in html
    assert "<table>" in html and "withheld to protect the organisations" in html.lower()


def test_page_has_no_inline_script_or_style_and_no_min_or_max(auth, benchmarked) -> None:
    auth.login(EMAILS["member"])
    html = auth.client.get("/benchmarks/?metric=oee_pct").get_data(as_text=True)
    assert "<script" not in html and "style=" not in html.replace('rel="stylesheet"', "")
    figures = html[html.index("<svg"):html.index("</svg>")] + html[html.index("<table>"):html.index("</table>")]
    assert not re.search(r"\b(minimum|maximum|min|max|lowest|highest)\b", figures.lower())
    assert not any(org.name in html for org in benchmarked)


def test_money_is_shown_as_bands_on_the_page(auth, benchmarked) -> None:
    auth.login(EMAILS["member"])
    html = auth.client.get("/benchmarks/?metric=capital_invested_gbp").get_data(as_text=True)
    assert "£" in html and "Money is shown only as a band." in html
    assert not re.search(r"\d{6,}", html.split("<main>")[1])


def test_segment_view_breaks_down_by_technology(auth, benchmarked) -> None:
    auth.login(EMAILS["member"])
    html = auth.client.get("/benchmarks/?metric=oee_pct&segment=biologics").get_data(as_text=True)
    assert "MES and electronic batch records" in html and "All Biologics" in html


def test_unknown_filter_is_a_bad_request(auth, world) -> None:
    auth.login(EMAILS["member"])
    assert auth.client.get("/benchmarks/?metric=oee_pct&segment=nope").status_code == 400
    assert auth.client.get("/benchmarks/?metric=price").status_code == 400


def test_every_page_view_is_logged(auth, benchmarked, session) -> None:
    auth.login(EMAILS["member"])
    auth.client.get("/benchmarks/?metric=oee_pct")
    auth.client.get("/benchmarks/?metric=oee_pct&technology=mes_ebr")
    events = session.scalars(select(AuditEvent).where(AuditEvent.action == "benchmark.view")).all()
    assert [e.detail["filters"]["technology"] for e in events] == [None, "mes_ebr"]


def test_comparison_gives_a_band(auth, benchmarked) -> None:
    auth.login(EMAILS["member"])
    assert auth.client.get("/benchmarks/compare").status_code == 200
    response = auth.post("/benchmarks/compare", {"metric": "oee_pct", "value": "99", "segment": "",
                                                 "organisation_kind": "", "size_band": ""})
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "Top quartile" in html and "of 12 organisations" in html


def test_comparison_needs_the_csrf_token(auth, benchmarked) -> None:
    auth.login(EMAILS["member"])
    assert auth.client.post("/benchmarks/compare", data={"metric": "oee_pct", "value": "50"}).status_code == 400


def test_comparison_refuses_out_of_range_value(auth, benchmarked) -> None:
    auth.login(EMAILS["member"])
    response = auth.post("/benchmarks/compare", {"metric": "oee_pct", "value": "140", "segment": "",
                                                 "organisation_kind": "", "size_band": ""})
    assert response.status_code == 400 and "between 0 and 100" in response.get_data(as_text=True)


def test_repeated_probing_is_rate_limited(app, auth, benchmarked) -> None:
    app.config["BENCHMARK_COMPARE_RATE_LIMIT"] = "2 per minute"
    auth.login(EMAILS["member"])
    form = {"metric": "oee_pct", "value": "50", "segment": "", "organisation_kind": "", "size_band": ""}
    assert [auth.post("/benchmarks/compare", form).status_code for _ in range(3)] == [200, 200, 429]


def test_contributor_enters_kpis_of_a_draft(auth, world, session, vault) -> None:
    case = make_case(session, vault, world.contributor_a)
    session.commit()
    auth.login(EMAILS["contributor"])
    detail = auth.client.get(f"/contributions/{case.id}").get_data(as_text=True)
    assert f"/contributions/{case.id}/kpis" in detail
    form = {"oee-after-planned_time_h": "100", "oee-after-run_time_h": "80", "oee-after-ideal_rate_per_h": "1000",
            "oee-after-good_units": "60000", "oee-after-total_units": "64000", "oee_pct-before": "41.5",
            "payback_months-value": "18", "period_end": "2025-06-30"}
    response = auth.post(f"/contributions/{case.id}/kpis", form)
    assert response.status_code == 302
    rows = {(r.metric, r.phase): r for r in session.scalars(select(KpiValue))}
    assert rows[("oee_pct", "after")].value == pytest.approx(60.0) and not rows[("oee_pct", "after")].self_reported
    assert rows[("oee_pct", "before")].self_reported and str(rows[("payback_months", "value")].period_end) == "2025-06-30"


@pytest.mark.parametrize(("form", "message"), [
    ({"yield_pct-after": "140"}, "between 0 and 100"),
    ({"yield_pct-after": "lots"}, "Enter a number."),
    ({"oee-before-planned_time_h": "100"}, "Give all five OEE inputs."),
])
def test_refused_kpis_are_explained_and_nothing_is_saved(auth, world, session, vault, form, message) -> None:
    case = make_case(session, vault, world.contributor_a)
    session.commit()
    auth.login(EMAILS["contributor"])
    response = auth.post(f"/contributions/{case.id}/kpis", form)
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert session.scalars(select(KpiValue)).first() is None


@pytest.mark.parametrize(("email", "get_status", "post_status"), [
    ("member@acmeford.example", 200, 403), ("contrib@other.example", 404, 404),
    ("curator@centre.example", 404, 404), ("admin@centre.example", 404, 404),
])
def test_kpi_page_belongs_to_the_contributing_organisation(auth, world, session, vault, email, get_status,
                                                           post_status) -> None:
    case = make_case(session, vault, world.contributor_a)
    session.commit()
    auth.login(email)
    assert auth.client.get(f"/contributions/{case.id}/kpis").status_code == get_status
    assert auth.post(f"/contributions/{case.id}/kpis", {"yield_pct-after": "90"}).status_code == post_status


def test_kpi_form_needs_the_csrf_token(auth, world, session, vault) -> None:
    case = make_case(session, vault, world.contributor_a)
    session.commit()
    auth.login(EMAILS["contributor"])
    response = auth.client.post(f"/contributions/{case.id}/kpis", data={"yield_pct-after": "90"})
    assert response.status_code == 400 and session.scalars(select(KpiValue)).first() is None


def test_nav_links_to_benchmarks(auth, world) -> None:
    auth.login(EMAILS["member"])
    assert 'href="/benchmarks/"' in auth.client.get("/").get_data(as_text=True)
