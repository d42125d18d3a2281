"""Pre-review checks of a dataset, shown to curators and the contributor beside the report:
required fields, segment, the privacy levels reached and the records withheld."""
from __future__ import annotations

from sqlalchemy.orm import Session

from exchange.models import DatasetRevision, Revision

CheckRow = tuple[str, str, str]  # name, pass | warn | fail, message


def dataset_checks(session: Session, revision: Revision | None, segment: str | None) -> list[CheckRow]:
    fields = (revision.redacted or {}) if revision else {}
    missing = [name for name in ("title", "summary") if not fields.get(name, "").strip()]
    checks: list[CheckRow] = [
        ("Required fields", "fail" if missing else "pass",
         f"Missing: {', '.join(missing)}." if missing else "Title and summary are present."),
        ("Taxonomy", "pass" if segment else "warn", "Segment is tagged." if segment else "Not tagged: segment."),
    ]
    settings = session.get(DatasetRevision, revision.id) if revision else None
    report = (settings.report if settings else None) or {}
    if not report or settings is None:
        return [*checks, ("Privacy levels", "fail", "The table has not been anonymised.")]
    return [*checks, _privacy(report, settings.k, settings.l), _suppression(report)]


def _privacy(report: dict, k: int, l: int) -> CheckRow:  # type: ignore[type-arg]  # noqa: E741
    k_achieved = report.get("k_achieved")
    l_short = [name for name, value in (report.get("l_achieved") or {}).items() if value < l]
    if report.get("fully_suppressed") or not report.get("rows_out"):
        return "Privacy levels", "fail", "Every record was withheld: nothing would be published."
    if k_achieved is None or k_achieved < k or l_short:
        return "Privacy levels", "fail", f"k = {k_achieved} for {k} requested; l short in: {', '.join(l_short) or '—'}."
    return "Privacy levels", "pass", f"k = {k_achieved} (requested {k}); l reached in every sensitive column."


def _suppression(report: dict) -> CheckRow:  # type: ignore[type-arg]
    fraction = float(report.get("suppressed_fraction", 0.0))
    budget = float(report.get("suppression_budget", 0.05))
    status = "pass" if fraction <= budget else "warn"
    return "Records withheld", status, f"{report.get('records_suppressed', 0)} withheld ({fraction:.1%}, budget {budget:.0%})."
