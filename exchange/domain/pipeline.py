"""The anonymisation step of the pipeline: raw revision → redacted revision and report.

``process`` is the top-level job handler: it runs in its own transaction and, on any failure,
moves the contribution to ``failed`` with a reason in a second transaction, so nothing is lost
and the contributor can retry. Idempotent: a contribution no longer ``submitted`` is left alone.
"""
from __future__ import annotations

import logging

from sqlalchemy.orm import Session, sessionmaker

import anonymiser
from exchange.datasets.processing import anonymise_dataset
from exchange.domain import audit
from exchange.domain.actor import SYSTEM
from exchange.domain.contributions import lock_contribution, read_raw_payload
from exchange.domain.errors import DomainError
from exchange.domain.lifecycle import State, check_transition
from exchange.domain.redaction import anonymise_revision
from exchange.domain.vault import Vault
from exchange.models import Contribution, Revision

log = logging.getLogger(__name__)


def process(factory: sessionmaker[Session], vault: Vault, contribution_id: int) -> str:
    """Run the anonymisation step for one contribution; return the state it ends in."""
    session = factory()
    try:
        state = anonymise_contribution(session, vault, contribution_id)
        session.commit()
        return state
    except Exception as exc:  # the job's top-level handler: record the failure, lose nothing
        session.rollback()
        log.warning("anonymisation failed for contribution %s: %s", contribution_id, type(exc).__name__)
        return mark_failed(factory, contribution_id, _reason(exc))
    finally:
        session.close()


def anonymise_contribution(session: Session, vault: Vault, contribution_id: int) -> str:
    contribution = lock_contribution(session, contribution_id)  # a duplicate job waits, then finds it done
    if contribution is None or contribution.state != State.SUBMITTED:
        return contribution.state if contribution else "missing"
    revision = session.get(Revision, contribution.current_revision_id)
    assert revision is not None
    payload = read_raw_payload(session, vault, contribution, revision)
    counts = anonymise_revision(session, vault, contribution, revision, payload)
    if contribution.kind == "dataset":
        counts["table"] = anonymise_dataset(session, contribution, revision, payload)
    for action in ("anonymise", "open_review"):
        _system_transition(session, contribution, action, counts)
    return contribution.state


def _system_transition(
    session: Session, contribution: Contribution, action: str, field_counts: dict[str, dict[str, int]]
) -> None:
    before = State(contribution.state)
    transition = check_transition(action, before, SYSTEM, owner_organisation_id=contribution.organisation_id)
    contribution.state = transition.target
    counts: dict[str, int] = {}
    for per_field in field_counts.values():
        for category, n in per_field.items():
            counts[category] = counts.get(category, 0) + n
    audit.record(session, SYSTEM, f"contribution.{action}", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, before=before, after=transition.target,
                 detail={"findings": counts} if action == "anonymise" else {})


def _reason(exc: Exception) -> str:
    if isinstance(exc, (anonymiser.AnonymiserError, DomainError)):
        return str(exc)[:500]
    return f"The anonymiser stopped with an internal error ({type(exc).__name__}). Your text is safe; retry."


def mark_failed(factory: sessionmaker[Session], contribution_id: int, reason: str) -> str:
    with factory() as session, session.begin():
        contribution = lock_contribution(session, contribution_id)
        if contribution is None or contribution.state not in (State.SUBMITTED, State.ANONYMISED):
            return contribution.state if contribution else "missing"
        before = State(contribution.state)
        transition = check_transition("fail", before, SYSTEM, owner_organisation_id=contribution.organisation_id)
        contribution.state = transition.target
        contribution.failure_reason = reason
        audit.record(session, SYSTEM, "contribution.fail", "contribution", contribution.id,
                     organisation_id=contribution.organisation_id, before=before, after=transition.target)
        return contribution.state
