"""Audited writes from concurrent sessions (web threads, gunicorn workers) keep one unbroken chain,
on SQLite as on PostgreSQL: no duplicate sequence numbers, no lost events."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from exchange.domain import audit
from exchange.domain.actor import SYSTEM
from exchange.models import AuditEvent


def test_concurrent_audited_writes_all_land_in_one_chain(app, session) -> None:
    factory = app.extensions["exchange"]["sessions"]
    audit.record(session, SYSTEM, "test.start", "test")
    session.commit()
    threads, per_thread = 6, 5
    start = threading.Barrier(threads)

    def write(n: int) -> None:
        start.wait(5)
        for i in range(per_thread):
            with factory() as s:
                audit.record(s, SYSTEM, "test.concurrent", "test", f"{n}-{i}")
                s.commit()

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(write, range(threads)))
    count = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "test.concurrent"))
    assert count == threads * per_thread
    assert audit.verify(session, app.extensions["exchange"]["audit_key"]).ok
