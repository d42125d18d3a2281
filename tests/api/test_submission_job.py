"""The anonymisation job in the API's submission status (in-process pipeline)."""
from __future__ import annotations

import pytest

from exchange.domain.job_status import job_of_state
from tests.api.test_submissions import _create


def test_submission_status_carries_the_job(api, monkeypatch) -> None:
    import anonymiser

    created = _create(api)
    assert api.contributor_a.get(f"/api/v1/submissions/{created['id']}").get_json()["job"] == "not_submitted"

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise anonymiser.AnonymiserError("The anonymiser could not read the text.")

    monkeypatch.setattr(anonymiser, "anonymise_fields", broken)
    assert api.contributor_a.post(f"/api/v1/submissions/{created['id']}/submit").get_json()["job"] == "failed"
    monkeypatch.undo()
    assert api.contributor_a.post(f"/api/v1/submissions/{created['id']}/retry").get_json()["job"] == "done"
    assert api.contributor_a.get(f"/api/v1/submissions/{created['id']}").get_json()["job"] == "done"


@pytest.mark.parametrize(("state", "queued", "expected"), [
    ("draft", None, "not_submitted"),
    ("submitted", None, "running"),          # in-process: the request is running it
    ("submitted", "queued", "queued"),
    ("submitted", "started", "running"),
    ("submitted", "scheduled", "queued"),    # waiting for a retry
    ("submitted", "missing", "queued"),      # lost: the sweeper re-enqueues it
    ("submitted", "failed", "queued"),       # given up: the sweeper fails it with a reason
    ("failed", "failed", "failed"),
    ("contributor_review", "finished", "done"),
    ("published", None, "done"),
    ("withdrawn", None, "done"),
])
def test_job_of_state(state: str, queued: str | None, expected: str) -> None:
    assert job_of_state(state, queued) == expected
