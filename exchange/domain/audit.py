"""The tamper-evident audit trail: an append-only, hash-chained log with an optional HMAC.

Each event's hash covers its fields and the previous event's hash, so any edit, deletion or
reordering breaks the chain at that point. ``verify`` reports the first broken link. Details
hold ids, counts and categories only: never contribution text.
"""
from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from exchange.domain.actor import Actor
from exchange.models import AuditChainHead, AuditEvent

GENESIS = "0" * 64
MAC_KEY = "audit_mac_key"  # key of Session.info holding the optional HMAC key (bytes)


def digest(value: Any) -> str:
    """A short, non-reversible digest for before/after values (state names are kept as they are)."""
    raw = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode()
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    object_type: str,
    object_id: object = None,
    *,
    organisation_id: int | None = None,
    before: str | None = None,
    after: str | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    head = _lock_head(session)
    event = AuditEvent(
        seq=head.last_seq + 1,
        occurred_at=datetime.now(UTC),
        actor_user_id=actor.user_id,
        actor_organisation_id=actor.organisation_id,
        action=action,
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
        organisation_id=organisation_id,
        before=before,
        after=after,
        detail=detail or {},
        prev_hash=head.last_hash,
    )
    event.hash = event_hash(event)
    key = session.info.get(MAC_KEY)
    event.mac = hmac.new(key, event.hash.encode(), hashlib.sha256).hexdigest() if key else None
    session.add(event)
    head.last_seq, head.last_hash = event.seq, event.hash
    session.flush()
    return event


def _lock_head(session: Session) -> AuditChainHead:
    # Write to the head first: on SQLite a SELECT takes no lock (pysqlite begins the transaction at
    # the first write), so two sessions would read the same head; the no-op UPDATE takes the write
    # lock (PostgreSQL: the row lock) before the head is read afresh.
    session.execute(update(AuditChainHead).where(AuditChainHead.id == 1)
                    .values(last_seq=AuditChainHead.last_seq).execution_options(synchronize_session=False))
    head = session.scalars(select(AuditChainHead).where(AuditChainHead.id == 1).with_for_update()
                           .execution_options(populate_existing=True)).first()
    if head is None:
        head = AuditChainHead(id=1, last_seq=0, last_hash=GENESIS)
        session.add(head)
        session.flush()
    return head


def event_hash(event: AuditEvent) -> str:
    fields = {
        "seq": event.seq,
        "occurred_at": event.occurred_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor_user_id": event.actor_user_id,
        "actor_organisation_id": event.actor_organisation_id,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "organisation_id": event.organisation_id,
        "before": event.before,
        "after": event.after,
        "detail": event.detail,
        "prev_hash": event.prev_hash,
    }
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Verification:
    ok: bool
    checked: int
    broken_at_seq: int | None = None
    problem: str | None = None


def verify(session: Session, mac_key: bytes | None = None) -> Verification:
    """Walk the chain in order; report the first event whose link, hash or MAC does not hold."""
    expected_prev, expected_seq, checked = GENESIS, 1, 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        problem = _check(event, expected_seq, expected_prev, mac_key)
        if problem:
            return Verification(False, checked, event.seq, problem)
        expected_prev, expected_seq, checked = event.hash, event.seq + 1, checked + 1
    head = session.get(AuditChainHead, 1)
    if head is not None and (head.last_seq != expected_seq - 1 or head.last_hash != expected_prev):
        return Verification(False, checked, expected_seq, "events are missing from the end of the trail")
    return Verification(True, checked)


def _check(event: AuditEvent, seq: int, prev: str, mac_key: bytes | None) -> str | None:
    if event.seq != seq:
        return f"expected event {seq}, found {event.seq}: an event was deleted or reordered"
    if event.prev_hash != prev:
        return "the link to the previous event does not match"
    if event_hash(event) != event.hash:
        return "the event was modified after it was written"
    if mac_key is not None:
        expected = hmac.new(mac_key, event.hash.encode(), hashlib.sha256).hexdigest()
        if event.mac is None or not hmac.compare_digest(expected, event.mac):
            return "the event's HMAC does not match"
    return None


def events_for(session: Session, object_type: str, object_id: object) -> list[AuditEvent]:
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.object_type == object_type, AuditEvent.object_id == str(object_id))
        .order_by(AuditEvent.seq)
    )
    return list(session.scalars(stmt))
