"""``anonymise_table``: roles → pseudonymise/drop → suppress → partition → generalise → verify → report."""
from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from anonymiser.errors import InvalidInput
from anonymiser.tabular.columns_file import ColumnsSpec, Hierarchy, parse_roles
from anonymiser.tabular.errors import AnonymisationFailed, PrivacyUnreachable
from anonymiser.tabular.gc_pause import gc_paused
from anonymiser.tabular.generalise import generalise
from anonymiser.tabular.intake import TableSource, load_table
from anonymiser.tabular.limits import DEFAULT_LIMITS, Limits
from anonymiser.tabular.measure import Measured, measure
from anonymiser.tabular.mondrian import partition
from anonymiser.tabular.plan import Plan, build_plan, final_roles
from anonymiser.tabular.pseudonym import new_key, pseudonymise
from anonymiser.tabular.report import build_report
from anonymiser.tabular.result import TableResult
from anonymiser.tabular.roles import Role, RoleSuggestion, suggest_roles
from anonymiser.tabular.suppression import choose_suppressed
from anonymiser.tabular.table import Table
from anonymiser.tabular.text_columns import anonymise_text_column, terms_from

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    k: int = 5
    l: int = 2
    suppression_budget: float = 0.05
    on_impossible: Literal["error", "suppress"] = "error"
    terms: tuple[str, ...] = ()
    key: bytes | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.k, int) or self.k < 1:
            raise InvalidInput("k must be a whole number of at least 1")
        if not isinstance(self.l, int) or self.l < 1:
            raise InvalidInput("l must be a whole number of at least 1")
        if not 0.0 <= self.suppression_budget < 1.0:
            raise InvalidInput("the suppression budget must be in [0, 1)")
        if self.on_impossible not in ("error", "suppress"):
            raise InvalidInput("on_impossible must be 'error' or 'suppress'")


def anonymise_table(
    source: TableSource,
    *,
    roles: Mapping[str, Role | str] | None = None,
    k: int = 5,
    l: int = 2,
    suppression_budget: float = 0.05,
    hierarchies: Mapping[str, Hierarchy] | None = None,
    pseudonymise_columns: Sequence[str] = (),
    key: bytes | None = None,
    terms: Sequence[str] = (),
    sheet: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    on_impossible: Literal["error", "suppress"] = "error",
    columns: ColumnsSpec | None = None,
) -> TableResult:
    """Anonymise a table (path, bytes, rows with a header first, or ``Table``) to k-anonymity and
    distinct l-diversity. ``columns`` (a parsed ``--columns`` file) is overlaid by ``roles``,
    ``hierarchies`` and ``pseudonymise_columns``. Identifier columns are dropped unless listed for
    pseudonymisation (HMAC-SHA256 with ``key``, or a fresh per-dataset key returned in the result).
    Raises ``PrivacyUnreachable`` when k or l cannot be reached (or, with
    ``on_impossible="suppress"``, returns no rows), never an under-k table.
    """
    settings = Settings(k, l, suppression_budget, on_impossible, tuple(terms), key)
    spec = _merge_spec(columns, roles, hierarchies, pseudonymise_columns)
    with gc_paused():
        table = load_table(source, sheet=sheet, limits=limits)
        suggested = suggest_roles(table)
        plan = build_plan(table, final_roles(table, suggested, spec), spec)
        return _run(table, suggested, plan, spec, settings)


def _merge_spec(base: ColumnsSpec | None, roles: Mapping[str, Role | str] | None,
                hierarchies: Mapping[str, Hierarchy] | None, pseudo: Sequence[str]) -> ColumnsSpec:
    base = base or ColumnsSpec()
    return ColumnsSpec(
        roles={**base.roles, **parse_roles(dict(roles or {}))},
        hierarchies={**base.hierarchies, **dict(hierarchies or {})},
        pseudonymise=base.pseudonymise | frozenset(pseudo),
    )


def _unreachable(table: Table, plan: Plan, rows: np.ndarray, settings: Settings) -> str | None:
    if rows.size < settings.k:
        return f"k={settings.k} needs at least {settings.k} rows; the table has {rows.size}"
    for name in plan.names(Role.SENSITIVE):
        distinct = int(np.unique(table.coded(name)[1][rows]).size)
        if distinct < settings.l:
            return f"l={settings.l} needs {settings.l} distinct values in {name!r}; it has {distinct}"
    return None


def _rows_to_publish(table: Table, plan: Plan, settings: Settings) -> tuple[np.ndarray, str | None]:
    everything = np.arange(table.n_rows)
    problem = _unreachable(table, plan, everything, settings)
    if problem:
        return everything, problem
    dropped = choose_suppressed(plan.quasi, settings.suppression_budget)
    if dropped.size == 0:
        return everything, None
    kept = np.setdiff1d(everything, dropped)
    if _unreachable(table, plan, kept, settings) is None:
        return kept, None
    plan.warnings.append("outliers kept: suppressing them would make k or l unreachable")
    return everything, None


def _run(table: Table, suggested: Mapping[str, RoleSuggestion], plan: Plan, spec: ColumnsSpec,
         settings: Settings) -> TableResult:
    rows, problem = _rows_to_publish(table, plan, settings)
    if problem is not None:
        if settings.on_impossible == "error":
            raise PrivacyUnreachable(problem)
        plan.warnings.append(f"every record suppressed: {problem}")
        rows = np.array([], dtype=np.int64)
    classes = _classes(table, plan, rows, settings)
    published, ncps = generalise(plan.quasi, rows, classes)
    by_name = dict(zip([q.name for q in plan.quasi], published, strict=True))
    header, columns, key = _assemble(table, plan, spec, rows, by_name, settings)
    sensitive = {name: columns[header.index(name)] for name in plan.names(Role.SENSITIVE)}
    measured = measure(published, sensitive, rows.size)
    _verify(measured, settings)
    report = build_report(table, suggested, plan, spec, settings, rows.size, measured, ncps, problem is not None)
    logger.info("table anonymised: %d rows in, %d out, k=%s", table.n_rows, rows.size, measured.k)
    return TableResult(tuple(header), tuple(columns), report, key)


def _classes(table: Table, plan: Plan, rows: np.ndarray, settings: Settings) -> np.ndarray:
    if rows.size == 0:
        return np.array([], dtype=np.int64)
    codes = np.zeros((rows.size, 0), dtype=np.int64)
    if plan.quasi:
        codes = np.stack([q.codes[rows] for q in plan.quasi], axis=1)
    sensitive = [np.unique(table.coded(n)[1][rows], return_inverse=True)[1].reshape(-1)
                 for n in plan.names(Role.SENSITIVE)]
    return partition(codes, [q.scale for q in plan.quasi], sensitive, settings.k, settings.l)


def _assemble(table: Table, plan: Plan, spec: ColumnsSpec, rows: np.ndarray,
              published: dict[str, list[str]], settings: Settings) -> tuple[list[str], list[list[str]], bytes | None]:
    header: list[str] = []
    columns: list[list[str]] = []
    key = None
    picked = rows.tolist()
    terms = terms_from(table, plan, settings.terms)
    for name in table.header:
        role = plan.roles[name]
        if role is Role.DROP or (role is Role.IDENTIFIER and name not in spec.pseudonymise):
            continue
        source = table.column(name)
        cells = list(source) if len(picked) == table.n_rows else [source[i] for i in picked]
        if role is Role.QUASI:
            cells = published[name]
        elif role is Role.IDENTIFIER:
            key = key or settings.key or new_key()
            cells = pseudonymise(cells, key)
        elif role is Role.TEXT:
            cells = anonymise_text_column(cells, terms)
        header.append(name)
        columns.append(cells)
    return header, columns, key


def _verify(measured: Measured, settings: Settings) -> None:
    if measured.rows == 0:
        return
    if measured.k is None or measured.k < settings.k or any(v < settings.l for v in measured.l.values()):
        raise AnonymisationFailed("the output failed its k/l verification; nothing was published")
