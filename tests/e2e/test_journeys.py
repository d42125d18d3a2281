"""The contributor → curator → member journey in a real browser, with accessibility checks and
screenshots of the main pages (saved under tests/e2e/artifacts/)."""
from __future__ import annotations

import pytest

from tests.conftest import PASSWORD
from tests.e2e.conftest import accessibility_violations, shot

pytestmark = pytest.mark.e2e
CANARIES = ("Quillbrook", "Tewkesbury", "Dr Hattie Vance", "QB-7731")


def sign_in(page, base: str, email: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/sign-in")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base + "/")


def sign_out(page) -> None:  # type: ignore[no-untyped-def]
    page.get_by_role("button", name="Sign out").click()


def assert_accessible(page) -> None:  # type: ignore[no-untyped-def]
    serious = [v for v in accessibility_violations(page) if v["impact"] in ("serious", "critical")]
    assert serious == []


def test_contribute_review_curate_publish_and_read(live_server: str, page, world) -> None:  # type: ignore[no-untyped-def]
    base = live_server
    sign_in(page, base, "contrib@acmeford.example")
    page.get_by_role("link", name="Contribute").click()
    assert_accessible(page)
    page.get_by_label("Title").fill("Quillbrook cobots at Tewkesbury")
    page.get_by_label("Summary").fill("Quillbrook deployed cobots for packaging at its Tewkesbury site.")
    page.locator("#body").fill("Dr Hattie Vance led project QB-7731. Changeover fell from 4 h to 1.5 h.")
    page.get_by_label("Lessons learned").fill("Engage operators early; the first vendor failed validation.")
    page.get_by_label("Product segment").select_option("oral_solid_dose")
    page.get_by_label("Robotics and automation").check()
    page.get_by_label("Risk aversion").check()
    page.locator("#sensitive_terms").fill("Quillbrook\nTewkesbury\nDr Hattie Vance\nQB-7731")
    shot(page, "contribute-form")
    page.get_by_role("button", name="Save draft").click()
    page.get_by_role("button", name="Submit").click()
    page.get_by_text("contributor review").first.wait_for()
    page.get_by_role("link", name="Review the redaction side by side").click()
    page.get_by_text("Will be published").first.wait_for()
    assert_accessible(page)
    shot(page, "redaction-review")
    page.get_by_label("Words or phrases to redact").fill("packaging")
    page.get_by_role("button", name="Redact these").click()
    page.get_by_text("Redacted 1 more term").wait_for()
    page.get_by_role("link", name="Back to the contribution").click()
    page.get_by_role("button", name="Approve").click()
    page.get_by_text("curator review").first.wait_for()
    sign_out(page)

    sign_in(page, base, "curator@centre.example")
    page.get_by_role("link", name="Curation").click()
    assert_accessible(page)
    shot(page, "curation-queue")
    page.locator("table a").first.click()
    body = page.content()
    assert not any(canary in body for canary in CANARIES)
    page.get_by_role("button", name="Publish").click()
    page.get_by_text("Done: publish").wait_for()
    sign_out(page)

    sign_in(page, base, "contrib@other.example")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Library").click()
    page.locator("ul.results a").first.click()
    page.get_by_role("heading", name="The story").wait_for()
    assert_accessible(page)
    shot(page, "case-page")
    html = page.content()
    assert not any(canary in html for canary in CANARIES)
    assert "Curated" in html


def test_sign_in_page_is_accessible_and_works_without_javascript(browser, live_server: str, world) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + "/sign-in")
    shot(page, "sign-in")
    sign_in(page, live_server, "member@acmeford.example")
    assert "Sign out" in page.content()
    context.close()
