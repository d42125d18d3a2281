"""The anonymisation status page, with the pipeline in-process (no queue configured)."""
from __future__ import annotations

import pytest

from exchange.domain import contributions, pipeline
from exchange.models import Contribution
from tests.factories import actor, make_case


def _submitted(session, vault, world) -> Contribution:  # type: ignore[no-untyped-def]
    case = make_case(session, vault, world.contributor_a)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "submit")
    session.commit()
    return case


def test_status_page_shows_done_after_an_in_process_submission(client, auth, session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    session.commit()
    auth.login(world.contributor_a.email)
    auth.post(f"/contributions/{case.id}/actions/submit")
    html = client.get(f"/contributions/{case.id}/status").get_data(as_text=True)
    assert "Done." in html and "contributor review" in html
    assert 'http-equiv="refresh"' not in html


def test_status_page_shows_the_reason_and_a_retry_button_after_a_failure(client, auth, app, session, vault,
                                                                          world) -> None:
    case = _submitted(session, vault, world)
    pipeline.mark_failed(app.extensions["exchange"]["sessions"], case.id, "The anonymiser ran out of time.")
    auth.login(world.contributor_a.email)
    html = client.get(f"/contributions/{case.id}/status").get_data(as_text=True)
    assert "Failed." in html and "The anonymiser ran out of time." in html
    assert f'action="/contributions/{case.id}/actions/retry"' in html
    auth.post(f"/contributions/{case.id}/actions/retry")
    assert "Done." in client.get(f"/contributions/{case.id}/status").get_data(as_text=True)


def test_status_page_refreshes_itself_while_the_job_runs(client, auth, session, vault, world) -> None:
    case = _submitted(session, vault, world)
    auth.login(world.contributor_a.email)
    html = client.get(f"/contributions/{case.id}/status").get_data(as_text=True)
    assert "Running." in html and '<meta http-equiv="refresh" content="3">' in html
    assert "<script" not in html.split("</head>")[0]


def test_status_page_of_a_draft_says_not_submitted(client, auth, session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    session.commit()
    auth.login(world.contributor_a.email)
    assert "Not submitted." in client.get(f"/contributions/{case.id}/status").get_data(as_text=True)


@pytest.mark.parametrize(("who", "expected"), [
    ("contributor_b", 404), ("curator", 404), ("admin", 404), ("member_a", 200), (None, 302),
])
def test_status_page_is_for_the_contributing_organisation_only(client, auth, session, vault, world, who,
                                                               expected) -> None:
    case = _submitted(session, vault, world)
    if who:
        auth.login(getattr(world, who).email)
    assert client.get(f"/contributions/{case.id}/status").status_code == expected


@pytest.mark.parametrize("contribution_id", [0, 999_999, 2_147_483_647])
def test_status_page_of_an_unknown_contribution_is_404(client, auth, world, contribution_id) -> None:
    auth.login(world.contributor_a.email)
    assert client.get(f"/contributions/{contribution_id}/status").status_code == 404
