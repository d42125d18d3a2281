"""Dispatching pipeline jobs: in-process by default (no queue configured)."""
from __future__ import annotations

from typing import Any

from exchange.domain import pipeline


def dispatch_anonymisation(extensions: dict[str, Any], contribution_id: int) -> str:
    """Run (or, with a queue, enqueue) the anonymisation of a submitted contribution."""
    return pipeline.process(extensions["sessions"], extensions["vault"], contribution_id)
