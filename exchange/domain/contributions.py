"""Use cases of a contribution: create, edit, read, and every lifecycle action."""
from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.datasets.records import require_roles_chosen
from exchange.domain import audit
from exchange.domain.access import is_owner, require_raw_access, require_role, require_visible
from exchange.domain.actor import Actor
from exchange.domain.contribution_input import CaseStudyInput, from_raw_payload, validate
from exchange.domain.errors import IllegalTransition, NotFound, PermissionDenied, ValidationFailed, VaultError
from exchange.domain.lifecycle import State, check_transition
from exchange.domain.redaction import require_all_warnings_confirmed
from exchange.domain.roles import Role
from exchange.domain.vault import Vault
from exchange.models import Comment, Contribution, ContributionTerm, Revision

MAX_COMMENT = 5_000
REASON_REQUIRED = {"request_changes": "Say what needs to change.", "retire": "Give the reason for retiring it."}


def get_contribution(
    session: Session, actor: Actor, contribution_id: int, *, for_update: bool = False
) -> Contribution:
    """A visible contribution; ``for_update`` locks its row until the transaction ends (PostgreSQL;
    SQLite serialises writers itself), so concurrent actions on it take turns."""
    if for_update:
        contribution = lock_contribution(session, contribution_id)
    else:
        contribution = session.get(Contribution, contribution_id)
    if contribution is None:
        raise NotFound("No such contribution.")
    require_visible(actor, contribution)
    return contribution


def lock_contribution(session: Session, contribution_id: int) -> Contribution | None:
    """Load a contribution afresh with its row locked (``SELECT … FOR UPDATE``): the second of two
    concurrent actions waits, then sees the first one's result and is judged against it."""
    return session.get(Contribution, contribution_id, with_for_update=True, populate_existing=True)


def create_case_study(
    session: Session, vault: Vault, actor: Actor, data: CaseStudyInput, *, external_ref: str | None = None
) -> Contribution:
    require_role(actor, Role.CONTRIBUTOR)
    assert actor.organisation_id is not None
    data = validate(data)
    if external_ref is not None and find_by_external_ref(session, actor.organisation_id, external_ref):
        raise ValidationFailed("A contribution with that reference exists.", {"external_ref": "Already used."})
    contribution = Contribution(organisation_id=actor.organisation_id, created_by_id=actor.user_id,
                                kind="case_study", state=State.DRAFT, external_ref=external_ref)
    session.add(contribution)
    session.flush()
    vault.create_key(session, contribution.id)
    revision = _new_revision(session, vault, contribution, data)
    _apply_tags(contribution, data)
    audit.record(session, actor, "contribution.create", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, after=State.DRAFT,
                 detail={"revision": revision.number})
    return contribution


def find_by_external_ref(session: Session, organisation_id: int, external_ref: str) -> Contribution | None:
    return session.scalar(select(Contribution).where(Contribution.organisation_id == organisation_id,
                                                     Contribution.external_ref == external_ref))


def update_draft(
    session: Session, vault: Vault, actor: Actor, contribution_id: int, data: CaseStudyInput
) -> Contribution:
    contribution = _owned(session, actor, contribution_id)
    if contribution.state != State.DRAFT:
        raise IllegalTransition("Only a draft can be edited: return it to draft first.")
    if contribution.kind != "case_study":
        raise IllegalTransition("A dataset is changed in its column-role step, not in the case-study form.")
    data = validate(data)
    revision = _current_revision(session, contribution)
    before = audit.digest(revision.raw_ciphertext)
    revision.raw_ciphertext = vault.encrypt(session, contribution.id, revision.id, data.raw_payload())
    revision.redacted, revision.redaction_report, revision.anonymised_at = None, None, None
    _apply_tags(contribution, data)
    contribution.updated_at = datetime.now(UTC)
    audit.record(session, actor, "contribution.edit", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, before=before,
                 after=audit.digest(revision.raw_ciphertext))
    return contribution


def read_raw(session: Session, vault: Vault, actor: Actor, contribution_id: int) -> CaseStudyInput:
    """The original text, for the contributing organisation only; every read is audited."""
    contribution = get_contribution(session, actor, contribution_id)
    require_raw_access(actor, contribution)
    revision = _current_revision(session, contribution)
    payload = _decrypt(session, vault, contribution, revision)
    audit.record(session, actor, "raw.view", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, detail={"revision": revision.number})
    return from_raw_payload(payload, tags_of(contribution))


def draft_for_editing(session: Session, vault: Vault, actor: Actor, contribution_id: int) -> CaseStudyInput:
    """The draft's original content, for its organisation's contributors to edit."""
    contribution = _owned(session, actor, contribution_id)
    if contribution.state != State.DRAFT:
        raise IllegalTransition("Only a draft can be edited: return it to draft first.")
    return read_raw(session, vault, actor, contribution_id)


def read_raw_payload(session: Session, vault: Vault, contribution: Contribution, revision: Revision) -> dict:
    """For the pipeline (the system actor): the decrypted payload of one revision."""
    return _decrypt(session, vault, contribution, revision)


def tags_of(contribution: Contribution) -> dict[str, object]:
    return {
        "segment": contribution.segment,
        "technologies": tuple(contribution.codes("technology")),
        "barriers": tuple(contribution.codes("barrier")),
        "maturity_before": contribution.maturity_before,
        "maturity_after": contribution.maturity_after,
    }


def take_action(
    session: Session, vault: Vault, actor: Actor, contribution_id: int, action: str, comment: str = ""
) -> Contribution:
    """Take a lifecycle action (submit, approve, withdraw, retry, edit, review_again, revise,
    request_changes, publish, retire) with its side effects, and audit it. The row is locked, so of
    two concurrent actions the second is checked against the first's result (409 if now illegal)."""
    contribution = get_contribution(session, actor, contribution_id, for_update=True)
    before = State(contribution.state)
    transition = check_transition(action, before, actor, owner_organisation_id=contribution.organisation_id)
    comment = comment.strip()
    if action in REASON_REQUIRED and not comment:
        raise ValidationFailed(REASON_REQUIRED[action], {"comment": REASON_REQUIRED[action]})
    if len(comment) > MAX_COMMENT:
        raise ValidationFailed("The comment is too long.", {"comment": f"Keep it under {MAX_COMMENT:,} characters."})
    _SIDE_EFFECTS.get(action, _no_side_effect)(session, vault, contribution, comment)
    if comment and actor.role is Role.CURATOR:
        session.add(Comment(contribution_id=contribution.id, author_id=actor.user_id, author_role=actor.role,
                            body=f"{action.replace('_', ' ').capitalize()}: {comment}"))
    contribution.state = transition.target
    contribution.updated_at = datetime.now(UTC)
    audit.record(session, actor, f"contribution.{action}", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, before=before, after=transition.target,
                 detail={"comment_length": len(comment)} if comment else {})
    return contribution


def _no_side_effect(session: Session, vault: Vault, contribution: Contribution, comment: str) -> None:
    return None


def _on_submit(session: Session, vault: Vault, contribution: Contribution, comment: str) -> None:
    require_roles_chosen(session, contribution)
    contribution.failure_reason = None


def _on_approve(session: Session, vault: Vault, contribution: Contribution, comment: str) -> None:
    revision = _current_revision(session, contribution)
    if revision.redacted is None:
        raise IllegalTransition("There is no redacted version to approve yet.")
    require_all_warnings_confirmed(revision)
    revision.approved_at = datetime.now(UTC)


def _on_request_changes(session: Session, vault: Vault, contribution: Contribution, comment: str) -> None:
    contribution.curator_comment = comment


def _on_publish(session: Session, vault: Vault, contribution: Contribution, comment: str) -> None:
    revision = _current_revision(session, contribution)
    if revision.redacted is None or revision.approved_at is None:
        raise IllegalTransition("Only a redacted version approved by its contributor can be published.")
    contribution.published_revision_id = revision.id
    contribution.published_at = revision.published_at = datetime.now(UTC)
    contribution.curator_comment = None
    contribution.index_pending = True


def _on_unpublish(session: Session, vault: Vault, contribution: Contribution, comment: str) -> None:
    if contribution.published_revision_id is not None:
        contribution.index_pending = True


def _on_withdraw(session: Session, vault: Vault, contribution: Contribution, comment: str) -> None:
    _on_unpublish(session, vault, contribution, comment)
    vault.shred(session, contribution.id)


def _on_revise(session: Session, vault: Vault, contribution: Contribution, comment: str) -> None:
    current = _current_revision(session, contribution)
    if current.raw_ciphertext is None:
        raise IllegalTransition("The original text was erased, so it cannot be revised: start a new contribution.")
    payload = _decrypt(session, vault, contribution, current)
    _new_revision(session, vault, contribution, payload=payload)


def _on_retire(session: Session, vault: Vault, contribution: Contribution, comment: str) -> None:
    _on_unpublish(session, vault, contribution, comment)
    contribution.retired_reason = comment


_SIDE_EFFECTS = {
    "submit": _on_submit,
    "retry": _on_submit,
    "approve": _on_approve,
    "request_changes": _on_request_changes,
    "publish": _on_publish,
    "retire": _on_retire,
    "withdraw": _on_withdraw,
    "revise": _on_revise,
}


def _new_revision(
    session: Session, vault: Vault, contribution: Contribution,
    data: CaseStudyInput | None = None, *, payload: dict | None = None,
) -> Revision:
    number = 1 + max((r.number for r in _revisions(session, contribution)), default=0)
    revision = Revision(contribution_id=contribution.id, number=number)
    session.add(revision)
    session.flush()
    content = payload if payload is not None else data.raw_payload() if data else {}
    kept = {"dataset": content["dataset"]} if "dataset" in content else {}  # a dataset's file stays with it
    content = {"fields": content.get("fields", {}), "sensitive_terms": content.get("sensitive_terms", []), **kept}
    revision.raw_ciphertext = vault.encrypt(session, contribution.id, revision.id, content)
    contribution.current_revision_id = revision.id
    session.flush()
    return revision


def _revisions(session: Session, contribution: Contribution) -> list[Revision]:
    return list(session.scalars(select(Revision).where(Revision.contribution_id == contribution.id)))


def _current_revision(session: Session, contribution: Contribution) -> Revision:
    revision = session.get(Revision, contribution.current_revision_id) if contribution.current_revision_id else None
    if revision is None:
        raise NotFound("This contribution has no content yet.")
    return revision


def _decrypt(session: Session, vault: Vault, contribution: Contribution, revision: Revision) -> dict:
    if revision.raw_ciphertext is None:
        raise VaultError("The original text of this revision has been erased.")
    return vault.decrypt(session, contribution.id, revision.id, revision.raw_ciphertext)


def _owned(session: Session, actor: Actor, contribution_id: int) -> Contribution:
    contribution = get_contribution(session, actor, contribution_id)
    if not is_owner(actor, contribution) or actor.role is not Role.CONTRIBUTOR:
        raise PermissionDenied("Only a contributor of the contributing organisation can edit it.")
    return contribution


def _apply_tags(contribution: Contribution, data: CaseStudyInput) -> None:
    contribution.segment = data.segment
    contribution.maturity_before, contribution.maturity_after = data.maturity_before, data.maturity_after
    wanted = {("technology", c) for c in data.technologies} | {("barrier", c) for c in data.barriers}
    contribution.terms[:] = [t for t in contribution.terms if (t.vocabulary, t.code) in wanted]
    have = {(t.vocabulary, t.code) for t in contribution.terms}
    for vocabulary, code in sorted(wanted - have):
        contribution.terms.append(ContributionTerm(vocabulary=vocabulary, code=code))
