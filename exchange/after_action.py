"""What follows a committed lifecycle action, in one place for the web pages and the API.

After a withdrawal the database's freed pages are scrubbed (the shredded data key must not linger
in them); the index is brought in line when the action publishes, withdraws or retires a case; a
submission or a retry is anonymised in-process or handed to a worker (``EXCHANGE_QUEUE_URL``).
"""
from __future__ import annotations

from flask import Flask

from exchange import indexing, jobs
from exchange.db import scrub_freed_pages

PIPELINE_ACTIONS = frozenset({"submit", "retry"})


def after_action(app: Flask, contribution_id: int, action: str) -> str | None:
    """Run the step after ``action`` was committed; for a pipeline action return the state the
    contribution is in afterwards (``submitted`` while a worker has it), otherwise None."""
    if action == "withdraw":
        scrub_freed_pages(app.extensions["exchange"]["engine"])
    indexing.after_commit(app, contribution_id, action)
    if action in PIPELINE_ACTIONS:
        return jobs.dispatch_anonymisation(app.extensions["exchange"], contribution_id)
    return None
