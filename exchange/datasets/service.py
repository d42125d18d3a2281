"""Use cases of a dataset before submission: upload it, see suggested roles, choose roles, k and l.

Lifecycle actions (submit, approve, publish, ...) are the contribution's own
(``exchange.domain.contributions.take_action``)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from anonymiser.tabular import Role as ColumnRole
from anonymiser.tabular import suggest_roles
from exchange.datasets.records import DEFAULT_K, DEFAULT_L, KIND, dataset_of
from exchange.datasets.upload import CheckedUpload, DatasetUpload, check_upload, file_bytes, read_table
from exchange.domain import audit
from exchange.domain.access import is_owner, require_raw_access, require_role
from exchange.domain.actor import Actor
from exchange.domain.contributions import find_by_external_ref, get_contribution, read_raw_payload
from exchange.domain.errors import IllegalTransition, NotFound, PermissionDenied, ValidationFailed
from exchange.domain.lifecycle import State
from exchange.domain.roles import Role
from exchange.domain.vault import Vault
from exchange.models import Contribution, DatasetRevision, Revision

ROLES = tuple(r.value for r in ColumnRole)
MAX_K, MAX_L = 100, 20
SAMPLES, SAMPLE_CHARS = 3, 40


@dataclass(frozen=True)
class ColumnChoice:
    name: str
    suggested: str
    reason: str
    chosen: str
    samples: tuple[str, ...]  # raw values: the owning organisation's eyes only


@dataclass(frozen=True)
class RoleStep:
    contribution_id: int
    state: str
    editable: bool
    columns: tuple[ColumnChoice, ...]
    k: int
    l: int  # noqa: E741
    rows: int


def create_dataset(session: Session, vault: Vault, actor: Actor, upload: DatasetUpload, *,
                   external_ref: str | None = None) -> Contribution:
    """A draft dataset contribution; the file goes into the vault only, encrypted."""
    require_role(actor, Role.CONTRIBUTOR)
    assert actor.organisation_id is not None
    checked = check_upload(upload)
    if external_ref is not None and find_by_external_ref(session, actor.organisation_id, external_ref):
        raise ValidationFailed("A contribution with that reference exists.", {"external_ref": "Already used."})
    contribution = Contribution(organisation_id=actor.organisation_id, created_by_id=actor.user_id, kind=KIND,
                                state=State.DRAFT, external_ref=external_ref, segment=checked.upload.segment)
    session.add(contribution)
    session.flush()
    vault.create_key(session, contribution.id)
    revision = _first_revision(session, vault, contribution, checked)
    audit.record(session, actor, "contribution.create", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, after=State.DRAFT,
                 detail={"revision": revision.number, "kind": KIND, "rows": checked.table.n_rows,
                         "columns": len(checked.table.header), "format": checked.file_format})
    return contribution


def _first_revision(session: Session, vault: Vault, contribution: Contribution, checked: CheckedUpload) -> Revision:
    revision = Revision(contribution_id=contribution.id, number=1)
    session.add(revision)
    session.flush()
    revision.raw_ciphertext = vault.encrypt(session, contribution.id, revision.id, checked.raw_payload())
    contribution.current_revision_id = revision.id
    session.add(DatasetRevision(revision_id=revision.id, file_format=checked.file_format,
                                file_bytes=len(checked.upload.data), k=DEFAULT_K, l=DEFAULT_L))
    session.flush()
    return revision


def role_step(session: Session, vault: Vault, actor: Actor, contribution_id: int) -> RoleStep:
    """Suggested and chosen role per column, with a few sample values; the raw read is audited."""
    contribution = _dataset(session, actor, contribution_id)
    require_raw_access(actor, contribution)
    revision = session.get(Revision, contribution.current_revision_id)
    assert revision is not None
    table = read_table(file_bytes(read_raw_payload(session, vault, contribution, revision)))
    settings = dataset_of(session, contribution, revision.id)
    chosen = settings.roles or {}
    suggestions = suggest_roles(table)
    columns = tuple(
        ColumnChoice(name, s.role.value, s.reason, chosen.get(name, s.role.value), _samples(table.column(name)))
        for name, s in suggestions.items()
    )
    audit.record(session, actor, "raw.view", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, detail={"revision": revision.number, "step": "roles"})
    editable = contribution.state == State.DRAFT and actor.role is Role.CONTRIBUTOR
    return RoleStep(contribution.id, contribution.state, editable, columns, settings.k, settings.l, table.n_rows)


def _samples(cells: list[str]) -> tuple[str, ...]:
    distinct = [c for c in dict.fromkeys(c.strip() for c in cells) if c]
    return tuple(c if len(c) <= SAMPLE_CHARS else c[:SAMPLE_CHARS] + "…" for c in distinct[:SAMPLES])


def choose_roles(session: Session, vault: Vault, actor: Actor, contribution_id: int,
                 roles: dict[str, str], k: int, l: int) -> DatasetRevision:  # noqa: E741
    """Store the contributor's roles, k and l with the draft revision."""
    contribution = _dataset(session, actor, contribution_id)
    if not is_owner(actor, contribution) or actor.role is not Role.CONTRIBUTOR:
        raise PermissionDenied("Only a contributor of the contributing organisation can choose column roles.")
    if contribution.state != State.DRAFT:
        raise IllegalTransition("Column roles can be changed only on a draft: return it to draft first.")
    revision = session.get(Revision, contribution.current_revision_id)
    assert revision is not None
    header = read_table(file_bytes(read_raw_payload(session, vault, contribution, revision))).header
    validate_roles(header, roles, k, l)
    settings = dataset_of(session, contribution, revision.id)
    settings.roles, settings.k, settings.l = {name: roles[name] for name in header}, k, l
    settings.anonymised_csv, settings.report = None, None
    if settings.kpi_mapping:  # a column that is no longer a measure gives no KPI values
        metrics = {c: m for c, m in settings.kpi_mapping.get("metrics", {}).items() if roles.get(c) == "measure"}
        settings.kpi_mapping = {**settings.kpi_mapping, "metrics": metrics} if metrics else None
    session.flush()
    counts = {role: sum(1 for r in roles.values() if r == role) for role in ROLES}
    audit.record(session, actor, "dataset.roles", "contribution", contribution.id,
                 organisation_id=contribution.organisation_id, detail={"roles": counts, "k": k, "l": l})
    return settings


def validate_roles(header: tuple[str, ...], roles: dict[str, str], k: int, l: int) -> None:  # noqa: E741
    errors: dict[str, str] = {}
    missing = [name for name in header if name not in roles]
    if missing or set(roles) - set(header):
        errors["roles"] = "Choose exactly one role for every column of the table."
    elif any(role not in ROLES for role in roles.values()):
        errors["roles"] = "Each role must be one of: " + ", ".join(ROLES) + "."
    elif all(role in ("drop", "identifier") for role in roles.values()):
        errors["roles"] = "Keep at least one column that is not dropped or an identifier."
    if not isinstance(k, int) or not 2 <= k <= MAX_K:
        errors["k"] = f"k must be a whole number from 2 to {MAX_K}."
    if not isinstance(l, int) or not 1 <= l <= MAX_L:
        errors["l"] = f"l must be a whole number from 1 to {MAX_L}."
    if errors:
        raise ValidationFailed("Please correct the column roles.", errors)


def _dataset(session: Session, actor: Actor, contribution_id: int) -> Contribution:
    contribution = get_contribution(session, actor, contribution_id)
    if contribution.kind != KIND:
        raise NotFound("No such dataset.")
    return contribution
