"""``exchange worker``: an RQ worker that runs pipeline jobs inside the application, so each job
has the configuration, the session factory and the vault. On start, and at every maintenance
pass, it sweeps contributions stuck in ``submitted`` (see ``exchange.jobs.sweep_stuck``)."""
from __future__ import annotations

import logging
import uuid
from datetime import timedelta
from typing import Any

from flask import Flask
from rq import Worker

from exchange import jobs
from exchange.config import ConfigError
from exchange.warmup import warm_anonymiser

log = logging.getLogger(__name__)

MAINTENANCE_SECONDS = 60


class ExchangeWorker(Worker):
    """RQ's forking worker, plus the sweeper in its periodic maintenance."""

    def __init__(self, *args: Any, extensions: dict[str, Any], stuck_after: timedelta, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.exchange_extensions = extensions
        self.stuck_after = stuck_after

    def run_maintenance_tasks(self) -> None:
        super().run_maintenance_tasks()
        sweep(self.exchange_extensions, self.stuck_after)


def sweep(extensions: dict[str, Any], stuck_after: timedelta) -> dict[int, str]:
    outcome = jobs.sweep_stuck(extensions, stuck_after)
    extensions["engine"].dispose()  # forked work horses start without the parent's connections
    return outcome


def run_worker(app: Flask, *, burst: bool = False) -> bool:
    """Sweep once, then work the queue (until it is empty with ``burst``)."""
    extensions = app.extensions["exchange"]
    queue = jobs.queue_of(extensions)
    if queue is None:
        raise ConfigError("EXCHANGE_QUEUE_URL is not set: the pipeline runs in-process, no worker needed.")
    stuck_after = timedelta(minutes=app.config["STUCK_AFTER_MINUTES"])
    warm_anonymiser()  # before the first fork: every work horse inherits the loaded word lists
    with app.app_context():
        settled = sweep(extensions, stuck_after)
        log.info("worker starting on queue %s (%d stuck contribution(s) settled)", queue.name, len(settled))
        worker = ExchangeWorker([queue], name=f"{queue.name}-{uuid.uuid4().hex[:12]}",
                                connection=queue.connection, extensions=extensions,
                                stuck_after=stuck_after, maintenance_interval=MAINTENANCE_SECONDS)
        return bool(worker.work(burst=burst, with_scheduler=True))
