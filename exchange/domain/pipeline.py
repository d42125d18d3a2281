"""The anonymisation step of the pipeline: raw revision → redacted revision and report.

``process`` is the top-level job handler: it runs in its own transaction and, on any failure,
moves the contribution to ``failed`` with a reason in a second transaction, so nothing is lost
and the contributor can retry. Idempotent: a contribution no longer ``submitted`` is left alone.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

import anonymiser
from exchange.domain import audit
from exchange.domain.actor import SYSTEM
from exchange.domain.contributions import read_raw_payload
from exchange.domain.errors import DomainError
from exchange.domain.lifecycle import State, check_transition
from exchange.domain.vault import Vault
from exchange.models import Contribution, Organisation, Revision

log = logging.getLogger(__name__)


class DeclaredTermSurvived(DomainError):
    """A declared sensitive term is still in the redacted text: the revision must not go on."""


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
        return _mark_failed(factory, contribution_id, _reason(exc))
    finally:
        session.close()


def anonymise_contribution(session: Session, vault: Vault, contribution_id: int) -> str:
    contribution = session.get(Contribution, contribution_id)
    if contribution is None or contribution.state != State.SUBMITTED:
        return contribution.state if contribution else "missing"
    revision = session.get(Revision, contribution.current_revision_id)
    assert revision is not None
    payload = read_raw_payload(session, vault, contribution, revision)
    organisation = session.get(Organisation, contribution.organisation_id)
    terms = list(payload.get("sensitive_terms", [])) + list(organisation.known_terms if organisation else [])
    results = anonymiser.anonymise_fields(payload.get("fields", {}), terms=terms)
    redacted = {name: result.text for name, result in results.items()}
    check_no_declared_term_survives(redacted, terms)
    revision.redacted = redacted
    revision.redaction_report = {name: result.report() for name, result in results.items()}
    revision.raw_ciphertext = vault.encrypt(session, contribution.id, revision.id, {
        **payload, "review": {name: result.report(include_original=True) for name, result in results.items()},
    })
    revision.anonymised_at = datetime.now(UTC)
    for action in ("anonymise", "open_review"):
        _system_transition(session, contribution, action, results)
    return contribution.state


def _system_transition(session: Session, contribution: Contribution, action: str, results: dict) -> None:
    before = State(contribution.state)
    transition = check_transition(action, before, SYSTEM, owner_organisation_id=contribution.organisation_id)
    contribution.state = transition.target
    counts: dict[str, int] = {}
    for result in results.values():
        for category, n in result.counts().items():
            counts[category] = counts.get(category, 0) + n
    audit.record(session, SYSTEM, f"contribution.{action}", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, before=before, after=transition.target,
                 detail={"findings": counts} if action == "anonymise" else {})


def check_no_declared_term_survives(redacted: dict[str, str], terms: list[str]) -> None:
    haystack = _fold("\n".join(redacted.values()))
    for term in terms:
        folded = _fold(term)
        if len(folded) > 1 and re.search(r"(?<!\w)" + re.escape(folded) + r"(?!\w)", haystack):
            raise DeclaredTermSurvived("A declared sensitive term survived redaction; nothing was published.")


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _reason(exc: Exception) -> str:
    if isinstance(exc, (anonymiser.AnonymiserError, DomainError)):
        return str(exc)[:500]
    return f"The anonymiser stopped with an internal error ({type(exc).__name__}). Your text is safe; retry."


def _mark_failed(factory: sessionmaker[Session], contribution_id: int, reason: str) -> str:
    with factory() as session, session.begin():
        contribution = session.get(Contribution, contribution_id)
        if contribution is None or contribution.state not in (State.SUBMITTED, State.ANONYMISED):
            return contribution.state if contribution else "missing"
        before = State(contribution.state)
        transition = check_transition("fail", before, SYSTEM, owner_organisation_id=contribution.organisation_id)
        contribution.state = transition.target
        contribution.failure_reason = reason
        audit.record(session, SYSTEM, "contribution.fail", "contribution", contribution.id,
                     organisation_id=contribution.organisation_id, before=before, after=transition.target)
        return contribution.state
