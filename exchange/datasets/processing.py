"""The pipeline step for kind "dataset": the vault's file → the tabular anonymiser → the published
table and its report. Declared sensitive terms (and the organisation's known terms) are masked in
every kept cell before generalisation, and the published CSV is checked for any that survived."""
from __future__ import annotations

import re
from datetime import UTC, datetime
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from anonymiser.errors import AnonymiserError
from anonymiser.tabular import AnonymisationFailed, PrivacyUnreachable, Table, TableResult, anonymise_table
from exchange.datasets.kpi_service import record_dataset_kpis
from exchange.datasets.records import dataset_of
from exchange.datasets.upload import UPLOAD_LIMITS, file_bytes, read_table
from exchange.domain.errors import DomainError, ValidationFailed
from exchange.domain.redaction import DeclaredTermSurvived, check_no_declared_term_survives
from exchange.models import Contribution, Organisation, Revision

MASKED_ROLES = ("quasi", "sensitive", "measure")


class DatasetNotAnonymised(DomainError):
    """The table could not be published at the chosen roles, k and l (the reason says why)."""


def anonymise_dataset(session: Session, contribution: Contribution, revision: Revision,
                      payload: dict[str, Any]) -> dict[str, int]:
    """Anonymise the revision's table into its dataset row; return counts for the audit."""
    settings = dataset_of(session, contribution, revision.id)
    if not settings.roles:
        raise DatasetNotAnonymised("No column roles were chosen: return it to draft and choose them.")
    terms = declared_terms(session, contribution, payload)
    try:
        raw = read_table(file_bytes(payload))
        result = _run(mask_terms(raw, settings.roles, terms), settings.roles, settings.k, settings.l, terms)
    except ValidationFailed as exc:
        raise DatasetNotAnonymised(f"The file could not be read: {exc}") from None
    published = result.to_csv()
    try:
        check_no_declared_term_survives({"table": published.replace("_", " ")}, terms)
    except DeclaredTermSurvived:
        raise DatasetNotAnonymised("A declared sensitive term survived in a column name or a text cell; "
                                   "mark that column as drop or text and retry.") from None
    settings.anonymised_csv, settings.report = published, result.report.as_dict()
    try:  # from the raw table, here in the pipeline only: the published table is generalised
        kpi_values = record_dataset_kpis(session, contribution, settings, raw, today=datetime.now(UTC).date())
    except ValidationFailed as exc:
        raise DatasetNotAnonymised(f"{exc} Return it to draft and change the KPI columns.") from None
    return {"rows_in": result.report.rows_in, "rows_out": result.report.rows_out,
            "suppressed": result.report.records_suppressed, "kpi_values": kpi_values}


def _run(table: Table, roles: dict[str, str], k: int, l: int, terms: Sequence[str]) -> TableResult:  # noqa: E741
    identifiers = [name for name, role in roles.items() if role == "identifier"]
    try:
        return anonymise_table(table, roles=roles, k=k, l=l, pseudonymise_columns=identifiers,
                               terms=terms, limits=UPLOAD_LIMITS)
    except PrivacyUnreachable as exc:
        raise DatasetNotAnonymised(f"k={k} and l={l} cannot be reached on this table ({exc}). "
                                   "Lower k or l, or mark fewer columns as quasi-identifiers, and retry.") from None
    except AnonymisationFailed:
        raise DatasetNotAnonymised("The anonymised table failed its own k/l check, so nothing was kept. "
                                   "Retry; if it fails again, change the column roles.") from None
    except AnonymiserError as exc:
        raise DatasetNotAnonymised(f"The table could not be anonymised: {exc}.") from None


def declared_terms(session: Session, contribution: Contribution, payload: dict[str, Any]) -> list[str]:
    organisation = session.get(Organisation, contribution.organisation_id)
    known = list(organisation.known_terms) if organisation else []
    return list(dict.fromkeys([*payload.get("sensitive_terms", []), *known]))


def mask_terms(table: Table, roles: dict[str, str], terms: Sequence[str]) -> Table:
    """Replace every declared term in quasi, sensitive and measure cells by a stable placeholder
    (``[term 1]``, ``[term 2]``...), so distinct sites or products stay distinct but unnamed."""
    usable = sorted((t for t in terms if len(t.strip()) > 1), key=len, reverse=True)
    if not usable:
        return table
    numbers = {t.casefold(): i for i, t in enumerate(sorted(usable, key=str.casefold), start=1)}
    pattern = re.compile(r"(?<![^\W_])(" + "|".join(re.escape(t) for t in usable) + r")(?![^\W_])", re.IGNORECASE)

    def replace(match: re.Match[str]) -> str:
        return f"[term {numbers.get(match.group(0).casefold(), 0)}]"

    columns = tuple(
        [pattern.sub(replace, cell) for cell in cells] if roles.get(name) in MASKED_ROLES else cells
        for name, cells in zip(table.header, table.columns, strict=True)
    )
    return Table(table.header, columns)
