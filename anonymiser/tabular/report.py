"""The report of a table run: roles suggested and final, k and l reached, loss and risk."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from anonymiser.tabular.columns_file import ColumnsSpec
from anonymiser.tabular.measure import Measured
from anonymiser.tabular.result import ColumnReport, TableReport
from anonymiser.tabular.roles import Role, RoleSuggestion
from anonymiser.tabular.table import Table

if TYPE_CHECKING:
    from anonymiser.tabular.engine import Settings
    from anonymiser.tabular.plan import Plan

_ACTIONS = {
    Role.QUASI: "generalised",
    Role.SENSITIVE: "kept (l-diversity)",
    Role.MEASURE: "kept",
    Role.TEXT: "text anonymised",
    Role.DROP: "dropped",
}


def _action(role: Role, name: str, spec: ColumnsSpec) -> str:
    if role is Role.IDENTIFIER:
        return "pseudonymised (HMAC-SHA256)" if name in spec.pseudonymise else "dropped"
    return _ACTIONS[role]


def build_report(table: Table, suggested: Mapping[str, RoleSuggestion], plan: "Plan", spec: ColumnsSpec,
                 settings: "Settings", rows_out: int, measured: Measured, ncps: Sequence[float],
                 fully_suppressed: bool) -> TableReport:
    loss = dict(zip([q.name for q in plan.quasi], ncps, strict=True))
    columns = {
        name: ColumnReport(
            suggested=suggested[name].role.value,
            reason=suggested[name].reason,
            final=plan.roles[name].value,
            action=_action(plan.roles[name], name, spec),
            kind=plan.kinds[name].value if name in plan.kinds else None,
            hierarchy=plan.hierarchy.get(name, ()),
            information_loss=loss.get(name),
        )
        for name in table.header
    }
    return TableReport(
        k_requested=settings.k,
        l_requested=settings.l,
        rows_in=table.n_rows,
        rows_out=rows_out,
        records_suppressed=table.n_rows - rows_out,
        suppression_budget=settings.suppression_budget,
        k_achieved=measured.k,
        l_achieved=measured.l,
        equivalence_classes=measured.classes,
        size_distribution=measured.size_distribution,
        information_loss_ncp=sum(ncps) / len(ncps) if ncps and rows_out else 0.0,
        risk_highest=measured.highest_risk,
        risk_average=measured.average_risk,
        columns=columns,
        fully_suppressed=fully_suppressed,
        warnings=tuple(plan.warnings),
    )
