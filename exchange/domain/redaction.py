"""Running the anonymiser over one revision, with the contributor's restorations applied.

Shared by the pipeline (first run) and the contributor's review (re-runs after adding terms or
restoring a redaction). Pure with respect to the web; writes only the revision it is given.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

import anonymiser
from exchange.domain.errors import DomainError, ValidationFailed
from exchange.domain.vault import Vault
from exchange.models import Contribution, Organisation, Revision


class DeclaredTermSurvived(DomainError):
    """A declared sensitive term is still in the redacted text: the revision must not go on."""


def anonymise_revision(
    session: Session, vault: Vault, contribution: Contribution, revision: Revision, payload: dict[str, Any]
) -> dict[str, dict[str, int]]:
    """Redact ``payload`` into ``revision``; return the finding counts per field."""
    organisation = session.get(Organisation, contribution.organisation_id)
    terms = list(payload.get("sensitive_terms", [])) + list(organisation.known_terms if organisation else [])
    own_names = [organisation.name] if organisation else []  # labelled [Organisation X] whatever their shape
    results = anonymiser.anonymise_fields(payload.get("fields", {}), terms=terms, organisation_terms=own_names)
    restored = {(r["field"], r["start"], r["end"]) for r in (revision.review or {}).get("restored", [])}
    full = {name: result.report(include_original=True) for name, result in results.items()}
    redacted: dict[str, str] = {}
    for name, result in results.items():
        redacted[name], full[name]["findings"] = _restore(name, result, full[name]["findings"], restored)
    check_no_declared_term_survives(redacted, terms + own_names)
    revision.redacted = redacted
    revision.redaction_report = {name: _redacted_side(report) for name, report in full.items()}
    revision.raw_ciphertext = vault.encrypt(session, contribution.id, revision.id, {**payload, "review": full})
    revision.review = {"restored": [r for r in (revision.review or {}).get("restored", [])
                                    if (r["field"], r["start"], r["end"]) in _spans(full)],
                       "confirmed": []}
    revision.anonymised_at = datetime.now(UTC)
    return {name: result.counts() for name, result in results.items()}


def _spans(full: dict[str, Any]) -> set[tuple[str, int, int]]:
    return {(name, f["start"], f["end"]) for name, report in full.items() for f in report["findings"]}


def _restore(field: str, result: Any, findings: list[dict[str, Any]],
             restored: set[tuple[str, int, int]]) -> tuple[str, list[dict[str, Any]]]:
    """Rebuild the redacted text from the source, putting restored originals back."""
    source, out, cursor, length = result.source_text, [], 0, 0
    rebuilt: list[dict[str, Any]] = []
    for finding in sorted(findings, key=lambda f: f["start"]):
        keep = (field, finding["start"], finding["end"]) in restored and finding["category"] != "declared"
        piece = source[finding["start"]:finding["end"]] if keep else finding["replacement"]
        out.append(source[cursor:finding["start"]])
        length += finding["start"] - cursor
        rebuilt.append({**finding, "redacted_start": length, "redacted_end": length + len(piece),
                        "action": "restored" if keep else finding["action"]})
        out.append(piece)
        length += len(piece)
        cursor = finding["end"]
    out.append(source[cursor:])
    text = "".join(out)
    if not restored and text != result.text:
        return result.text, findings  # the engine's own text is authoritative when nothing is restored
    return text, rebuilt


def _redacted_side(report: dict[str, Any]) -> dict[str, Any]:
    findings = [{k: v for k, v in f.items() if k not in ("original", "start", "end")} for f in report["findings"]]
    warnings = [{**w, "key": warning_key(w)} for w in report.get("warnings", [])]
    return {"findings": findings, "warnings": warnings, "counts": report.get("counts", {})}


def warning_key(warning: dict[str, Any]) -> str:
    raw = f"{warning.get('kind')}|{warning.get('text')}|{warning.get('start')}".encode()
    return hashlib.sha256(raw).hexdigest()[:16]


def check_no_declared_term_survives(redacted: dict[str, str], terms: list[str]) -> None:
    haystack = fold("\n".join(redacted.values()))
    for term in terms:
        folded = fold(term)
        if len(folded) > 1 and re.search(r"(?<!\w)" + re.escape(folded) + r"(?!\w)", haystack):
            raise DeclaredTermSurvived("A declared sensitive term survived redaction; nothing was published.")


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def unconfirmed_warnings(revision: Revision) -> list[str]:
    keys = [w["key"] for report in (revision.redaction_report or {}).values() for w in report.get("warnings", [])]
    confirmed = set((revision.review or {}).get("confirmed", []))
    return [k for k in keys if k not in confirmed]


def require_all_warnings_confirmed(revision: Revision) -> None:
    if unconfirmed_warnings(revision):
        raise ValidationFailed("Confirm or redact every residual-risk warning before approving.",
                               {"warnings": "Some warnings are not confirmed yet."})
