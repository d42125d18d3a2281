"""The KPI-column page over HTTP: after the role step, CSRF, per role, refusals shown clearly."""
from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from exchange.datasets.kpi_columns import KpiMapping
from exchange.models import Contribution, DatasetRevision
from tests.datasets.conftest import CANARIES, ROLES, canary_rows, to_csv

FORM = {"title": "Acmeford OEE at Widnes", "summary": "Widnes batches.", "segment": "biologics",
        "sensitive_terms": "Widnes\nRuncorn\nZed Quux"}
KPIS = {"metric-0": "oee_pct", "period": "month", "granularity": "month"}


def _draft(auth, session, rows=None) -> int:  # type: ignore[no-untyped-def]
    auth.login("contrib@acmeford.example")
    data = to_csv(rows or canary_rows())
    auth.post("/datasets/new", {**FORM, "file": (io.BytesIO(data), "t.csv")}, content_type="multipart/form-data")
    dataset_id = session.scalars(select(Contribution.id).order_by(Contribution.id.desc())).first()
    response = auth.post(f"/datasets/{dataset_id}/columns",
                         {"k": "5", "l": "2", **{f"role-{i}": r for i, r in enumerate(ROLES.values())}})
    assert response.status_code == 302 and response.location.endswith(f"/datasets/{dataset_id}/kpis")
    return dataset_id


def _mapping(session, dataset_id: int) -> KpiMapping:  # type: ignore[no-untyped-def]
    session.expire_all()
    revision = session.get(Contribution, dataset_id).current_revision_id
    return KpiMapping.from_json(session.get(DatasetRevision, revision).kpi_mapping)


def test_the_role_step_leads_to_the_kpi_step_which_saves_the_mapping(client, auth, world, session) -> None:
    dataset_id = _draft(auth, session)
    html = client.get(f"/datasets/{dataset_id}/kpis").get_data(as_text=True)
    assert 'name="metric-0"' in html and '<option value="oee_pct" selected>' in html and 'value="month" selected' in html
    assert all(c not in html for c in CANARIES if c != "Acmeford")  # no raw value (the header names the user's org)
    response = auth.post(f"/datasets/{dataset_id}/kpis", {**KPIS, "granularity": "quarter"})
    assert response.status_code == 302 and response.location.endswith(f"/datasets/{dataset_id}/review")
    assert _mapping(session, dataset_id) == KpiMapping({"oee_pct": "oee_pct"}, "month", "quarter")


def test_the_kpi_step_without_csrf_is_refused(client, auth, world, session) -> None:
    dataset_id = _draft(auth, session)
    assert client.post(f"/datasets/{dataset_id}/kpis", data=KPIS).status_code == 400
    assert _mapping(session, dataset_id) == KpiMapping()


def test_out_of_range_cells_are_refused_on_the_page_with_a_clear_message(client, auth, world, session) -> None:
    rows = canary_rows()
    rows[3][4] = "250"
    dataset_id = _draft(auth, session, rows)
    response = auth.post(f"/datasets/{dataset_id}/kpis", KPIS)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Column &#39;oee_pct&#39;: 1 cell outside the valid range" in html and "0 to 100 %" in html
    assert _mapping(session, dataset_id) == KpiMapping()


@pytest.mark.parametrize("data", [{"metric-0": "no_such\x00metric", "period": "month"},
                                  {"metric-0": "oee_pct", "period": "x" * 3000},
                                  {"metric-0": "oee_pct", "period": "month", "granularity": "decade"},
                                  {"metric-0": "<script>", "period": "<b>"}])
def test_odd_input_gets_a_400_not_a_500(client, auth, world, session, data) -> None:
    dataset_id = _draft(auth, session)
    response = auth.post(f"/datasets/{dataset_id}/kpis", data)
    assert response.status_code == 400 and "<script>" not in response.get_data(as_text=True)
    assert _mapping(session, dataset_id) == KpiMapping()


@pytest.mark.parametrize(("email", "get", "post"), [("member@acmeford.example", 200, 403),
                                                    ("contrib@other.example", 404, 404),
                                                    ("curator@centre.example", 404, 404)])
def test_only_the_owning_organisation_s_contributors_may_map(client, auth, world, session, email, get, post) -> None:
    dataset_id = _draft(auth, session)
    auth.logout()
    auth.login(email)
    assert client.get(f"/datasets/{dataset_id}/kpis").status_code == get
    assert auth.post(f"/datasets/{dataset_id}/kpis", KPIS).status_code == post
    assert _mapping(session, dataset_id) == KpiMapping()
