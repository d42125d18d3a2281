"""The audit trail is hash-chained: every edit, deletion or reordering is detected."""
from __future__ import annotations

from sqlalchemy import text

from exchange.domain import audit
from exchange.domain.actor import SYSTEM


def _events(session, n: int = 5) -> None:  # type: ignore[no-untyped-def]
    for i in range(n):
        audit.record(session, SYSTEM, "test.event", "thing", i, detail={"n": i})
    session.commit()


def test_untouched_trail_verifies(session, app) -> None:
    _events(session)
    result = audit.verify(session, app.extensions["exchange"]["audit_key"])
    assert result.ok and result.checked == 5


def test_edited_event_is_detected_at_its_position(session) -> None:
    _events(session)
    session.execute(text("UPDATE audit_events SET action = 'test.other' WHERE seq = 3"))
    result = audit.verify(session)
    assert not result.ok and result.broken_at_seq == 3 and "modified" in result.problem


def test_deleted_event_is_detected(session) -> None:
    _events(session)
    session.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    result = audit.verify(session)
    assert not result.ok and result.broken_at_seq == 3


def test_deleted_last_event_is_detected(session) -> None:
    _events(session)
    session.execute(text("DELETE FROM audit_events WHERE seq = 5"))
    result = audit.verify(session)
    assert not result.ok and result.broken_at_seq == 5


def test_reordered_events_are_detected(session) -> None:
    _events(session)
    session.execute(text("UPDATE audit_events SET seq = 100 WHERE seq = 2"))
    session.execute(text("UPDATE audit_events SET seq = 2 WHERE seq = 4"))
    session.execute(text("UPDATE audit_events SET seq = 4 WHERE seq = 100"))
    assert not audit.verify(session).ok


def test_rehashed_forgery_is_caught_by_the_hmac(session, app) -> None:
    _events(session)
    event = session.scalars(audit.select(audit.AuditEvent).where(audit.AuditEvent.seq == 5)).one()
    event.detail = {"n": 999}
    event.hash = audit.event_hash(event)
    session.get(audit.AuditChainHead, 1).last_hash = event.hash
    session.flush()
    assert audit.verify(session).ok  # a forger who recomputes hashes fools the chain alone...
    result = audit.verify(session, app.extensions["exchange"]["audit_key"])
    assert not result.ok and "HMAC" in result.problem  # ...but not the key kept outside the database


def test_empty_trail_verifies(session) -> None:
    assert audit.verify(session).ok
