"""The dataset journey in a real browser: upload → column roles → KPI columns → submit → approve → publish →
another organisation reads the data dictionary; accessible pages, nothing raw shown to others."""
from __future__ import annotations

import pytest

from tests.datasets.conftest import CANARIES, ROLES, canary_rows, to_csv
from tests.e2e.conftest import shot
from tests.e2e.test_journeys import assert_accessible, sign_in, sign_out

pytestmark = pytest.mark.e2e


def test_upload_choose_roles_publish_and_read_a_dataset(live_server: str, page, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    base = live_server
    table = tmp_path / "oee.csv"
    table.write_bytes(to_csv(canary_rows()))
    sign_in(page, base, "contrib@acmeford.example")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Datasets").click()
    page.get_by_role("link", name="Contribute a dataset").click()
    page.get_by_label("Title").fill("Acmeford OEE by batch at Widnes")
    page.get_by_label("What the table holds").fill("Batches at Widnes and Runcorn.")
    page.get_by_label("Product segment").select_option("biologics")
    page.locator("#file").set_input_files(str(table))
    page.locator("#sensitive_terms").fill("Widnes\nRuncorn\nZed Quux")
    assert_accessible(page)
    page.get_by_role("button", name="Upload and choose column roles").click()
    page.get_by_role("heading", name="Column roles").wait_for()
    for column, role in ROLES.items():
        page.get_by_label(f"Role of {column}").select_option(role)
    assert_accessible(page)
    shot(page, "dataset-column-roles")
    page.get_by_role("button", name="Save the column roles").click()
    page.get_by_role("heading", name="KPI columns").wait_for()
    page.get_by_label("Metric of oee_pct").select_option("oee_pct")
    page.get_by_label("The column that dates each row").select_option("month")
    assert_accessible(page)
    shot(page, "dataset-kpi-columns")
    page.get_by_role("button", name="Save the KPI columns").click()
    page.get_by_role("button", name="Submit").click()
    page.get_by_text("contributor review").first.wait_for()
    page.get_by_role("link", name="The dataset: column roles, privacy report and anonymised rows").click()
    page.get_by_role("heading", name="Privacy report").wait_for()
    assert_accessible(page)
    shot(page, "dataset-review")
    page.get_by_role("button", name="Approve").click()
    page.get_by_text("curator review").first.wait_for()
    sign_out(page)

    sign_in(page, base, "curator@centre.example")
    page.get_by_role("link", name="Curation").click()
    page.locator("table a").first.click()
    assert not any(canary in page.content() for canary in CANARIES)
    page.get_by_role("button", name="Publish").click()
    page.get_by_text("Done: publish").wait_for()
    sign_out(page)

    sign_in(page, base, "contrib@other.example")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Datasets").click()
    page.locator("ul.results a").first.click()
    page.get_by_role("heading", name="Data dictionary").wait_for()
    assert_accessible(page)
    shot(page, "dataset-page")
    html = page.content()
    assert not any(canary in html for canary in CANARIES)
    assert page.get_by_role("link", name="Download the anonymised CSV").is_visible()
