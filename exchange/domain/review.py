"""The contributor's redaction review: the original and the redacted text side by side, adding
redactions, restoring one with an explicit confirmation, and confirming residual-risk warnings.

Owner-only (raw content); every action is audited; the revision is re-anonymised in place.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from exchange.domain import audit
from exchange.domain.access import require_raw_access
from exchange.domain.actor import Actor
from exchange.domain.contribution_input import MAX_TERM_LENGTH, MAX_TERMS
from exchange.domain.contributions import get_contribution, read_raw_payload
from exchange.domain.errors import IllegalTransition, PermissionDenied, ValidationFailed
from exchange.domain.lifecycle import State
from exchange.domain.redaction import DeclaredTermSurvived, anonymise_revision, unconfirmed_warnings
from exchange.domain.roles import Role
from exchange.domain.vault import Vault
from exchange.models import Contribution, Revision

FIELD_ORDER = ("title", "summary", "body", "lessons")


@dataclass(frozen=True)
class Segment:
    text: str
    finding: int | None = None  # index into the field's findings
    category: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class FieldReview:
    name: str
    original: list[Segment]
    redacted: list[Segment]
    findings: list[dict[str, Any]]  # redacted-side data plus the original span, for the owner only
    warnings: list[dict[str, Any]]


@dataclass(frozen=True)
class ReviewView:
    contribution_id: int
    state: str
    fields: list[FieldReview]
    sensitive_terms: list[str]
    unconfirmed: list[str]
    editable: bool


def segments(text: str, spans: list[tuple[int, int, int, str, str]]) -> list[Segment]:
    """Cut ``text`` into plain and marked segments; spans are (start, end, index, category, label)."""
    out: list[Segment] = []
    cursor = 0
    for start, end, index, category, label in sorted(spans):
        if start < cursor:
            continue
        if start > cursor:
            out.append(Segment(text[cursor:start]))
        out.append(Segment(text[start:end], index, category, label))
        cursor = end
    if cursor < len(text):
        out.append(Segment(text[cursor:]))
    return out


def review_view(session: Session, vault: Vault, actor: Actor, contribution_id: int) -> ReviewView:
    contribution, revision, payload = _load(session, vault, actor, contribution_id)
    full = payload.get("review")
    if not full:
        raise IllegalTransition("There is no redacted version to review yet: submit the draft first.")
    fields = []
    for name in FIELD_ORDER:
        if name not in full:
            continue
        report, redacted_text = full[name], (revision.redacted or {}).get(name, "")
        source = payload["fields"].get(name, "")
        findings = report["findings"]
        label = [f"{f['category']}: {f.get('reason') or f['recogniser']} ({f['action']})" for f in findings]
        fields.append(FieldReview(
            name=name,
            original=segments(source, [(f["start"], f["end"], i, f["category"], label[i]) for i, f in enumerate(findings)]),
            redacted=segments(redacted_text, [(f["redacted_start"], f["redacted_end"], i, f["category"], label[i])
                                              for i, f in enumerate(findings)]),
            findings=findings,
            warnings=(revision.redaction_report or {}).get(name, {}).get("warnings", []),
        ))
    audit.record(session, actor, "raw.view", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, detail={"view": "review"})
    return ReviewView(contribution.id, contribution.state, fields, list(payload.get("sensitive_terms", [])),
                      unconfirmed_warnings(revision), contribution.state == State.CONTRIBUTOR_REVIEW)


def add_terms(session: Session, vault: Vault, actor: Actor, contribution_id: int, terms: list[str]) -> int:
    """Redact more: add sensitive terms and re-run the anonymiser. Returns how many were new."""
    contribution, revision, payload = _load_for_change(session, vault, actor, contribution_id)
    existing = list(payload.get("sensitive_terms", []))
    new = [t for t in dict.fromkeys(t.strip() for t in terms) if t and t.casefold() not in
           {e.casefold() for e in existing}]
    if not new:
        raise ValidationFailed("Give at least one new term to redact.", {"terms": "Nothing new to redact."})
    if len(existing) + len(new) > MAX_TERMS or any(len(t) > MAX_TERM_LENGTH for t in new):
        raise ValidationFailed("Too many or too long terms.", {"terms": f"At most {MAX_TERMS} terms."})
    payload["sensitive_terms"] = existing + new
    anonymise_revision(session, vault, contribution, revision, payload)
    audit.record(session, actor, "redaction.add", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, detail={"terms_added": len(new)})
    return len(new)


def restore(session: Session, vault: Vault, actor: Actor, contribution_id: int, field: str, index: int,
            confirmed: bool) -> None:
    """Put one redacted span back, only with an explicit confirmation; declared terms never."""
    contribution, revision, payload = _load_for_change(session, vault, actor, contribution_id)
    if not confirmed:
        raise ValidationFailed("Tick the confirmation to restore this text.",
                               {"confirm": "Confirm that the restored text does not identify you."})
    findings = payload.get("review", {}).get(field, {}).get("findings", [])
    if not 0 <= index < len(findings):
        raise ValidationFailed("No such redaction.", {"finding": "No such redaction."})
    finding = findings[index]
    if finding["category"] == "declared":
        raise PermissionDenied("A term you declared sensitive cannot be restored: remove it from the list first.")
    restored = list((revision.review or {}).get("restored", []))
    restored.append({"field": field, "start": finding["start"], "end": finding["end"]})
    revision.review = {**(revision.review or {}), "restored": restored}
    try:
        anonymise_revision(session, vault, contribution, revision, payload)
    except DeclaredTermSurvived:
        raise ValidationFailed("Restoring this would reveal a term you declared sensitive.",
                               {"finding": "It contains a declared sensitive term."}) from None
    audit.record(session, actor, "redaction.restore", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id,
                 detail={"field": field, "category": finding["category"], "recogniser": finding["recogniser"]})


def confirm_warnings(session: Session, actor: Actor, contribution_id: int, keys: list[str]) -> int:
    contribution = _owned_in_review(session, actor, contribution_id)
    revision = session.get(Revision, contribution.current_revision_id)
    assert revision is not None
    known = set(unconfirmed_warnings(revision))
    chosen = [k for k in keys if k in known]
    if not chosen:
        raise ValidationFailed("Choose at least one warning to confirm.", {"warnings": "Nothing chosen."})
    confirmed = list((revision.review or {}).get("confirmed", [])) + chosen
    revision.review = {**(revision.review or {}), "confirmed": confirmed}
    audit.record(session, actor, "redaction.confirm_warnings", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, detail={"confirmed": len(chosen)})
    return len(chosen)


def _load(session: Session, vault: Vault, actor: Actor, contribution_id: int
          ) -> tuple[Contribution, Revision, dict[str, Any]]:
    contribution = get_contribution(session, actor, contribution_id)
    require_raw_access(actor, contribution)
    revision = session.get(Revision, contribution.current_revision_id)
    if revision is None:
        raise IllegalTransition("This contribution has no content yet.")
    return contribution, revision, read_raw_payload(session, vault, contribution, revision)


def _owned_in_review(session: Session, actor: Actor, contribution_id: int) -> Contribution:
    contribution = get_contribution(session, actor, contribution_id)
    require_raw_access(actor, contribution)
    if actor.role is not Role.CONTRIBUTOR:
        raise PermissionDenied("Only a contributor of your organisation can change the redaction.")
    if contribution.state != State.CONTRIBUTOR_REVIEW:
        raise IllegalTransition("The redaction can be changed only while it is in your review.")
    return contribution


def _load_for_change(session: Session, vault: Vault, actor: Actor, contribution_id: int
                     ) -> tuple[Contribution, Revision, dict[str, Any]]:
    _owned_in_review(session, actor, contribution_id)
    return _load(session, vault, actor, contribution_id)
