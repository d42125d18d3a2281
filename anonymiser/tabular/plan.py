"""From suggested and requested roles to the final plan: encoded quasi-identifiers and hierarchies."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from anonymiser.tabular.codecs import QuasiColumn, encode
from anonymiser.tabular.columns_file import ColumnsSpec, Hierarchy
from anonymiser.tabular.errors import InvalidColumnsFile
from anonymiser.tabular.hierarchy import Path, detect_parents, paths_from_columns, paths_from_mapping
from anonymiser.tabular.roles import Role, RoleSuggestion
from anonymiser.tabular.table import Table
from anonymiser.tabular.values import Kind, kind_of_distinct


@dataclass
class Plan:
    roles: dict[str, Role]
    kinds: dict[str, Kind] = field(default_factory=dict)
    quasi: list[QuasiColumn] = field(default_factory=list)
    hierarchy: dict[str, tuple[str, ...]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def names(self, role: Role) -> list[str]:
        return [name for name, r in self.roles.items() if r is role]


def final_roles(table: Table, suggested: Mapping[str, RoleSuggestion], spec: ColumnsSpec) -> dict[str, Role]:
    unknown = sorted(set(spec.roles) - set(table.header))
    if unknown:
        raise InvalidColumnsFile(f"the columns file names columns not in the table: {', '.join(unknown)}")
    unknown = sorted(spec.pseudonymise - set(table.header))
    if unknown:
        raise InvalidColumnsFile(f"columns to pseudonymise are not in the table: {', '.join(unknown)}")
    clash = sorted(n for n in spec.pseudonymise if spec.roles.get(n, Role.IDENTIFIER) is not Role.IDENTIFIER)
    if clash:
        raise InvalidColumnsFile(f"columns to pseudonymise must have the identifier role: {', '.join(clash)}")
    roles = {name: spec.roles.get(name, suggested[name].role) for name in table.header}
    return roles | dict.fromkeys(spec.pseudonymise, Role.IDENTIFIER)


def _paths(table: Table, name: str, spec: ColumnsSpec, plan: Plan) -> tuple[dict[str, Path] | None, tuple[str, ...]]:
    declared: Hierarchy | None = spec.hierarchies.get(name)
    if isinstance(declared, dict):
        return paths_from_mapping(sorted(table.coded(name)[0]), declared), ("(declared mapping)",)
    if isinstance(declared, list):
        return paths_from_columns(table, name, declared), tuple(declared)
    candidates = [c for c in plan.names(Role.QUASI) if plan.kinds[c] is Kind.CATEGORY and c != name]
    parents = detect_parents(table, name, candidates) if candidates else []
    if not parents:
        return None, ()
    return paths_from_columns(table, name, parents), tuple(parents)


def build_plan(table: Table, roles: dict[str, Role], spec: ColumnsSpec) -> Plan:
    plan = Plan(roles=roles)
    for name in plan.names(Role.QUASI):
        kind = kind_of_distinct(table.coded(name)[0])
        plan.kinds[name] = Kind.CATEGORY if kind is Kind.EMPTY else kind
    for name in plan.names(Role.QUASI):
        paths: dict[str, Path] | None = None
        if plan.kinds[name] is Kind.CATEGORY:
            paths, chain = _paths(table, name, spec, plan)
            if chain:
                plan.hierarchy[name] = chain
        plan.quasi.append(encode(name, table.coded(name), plan.kinds[name], paths))
    for name in spec.hierarchies:
        if name not in plan.hierarchy:
            plan.warnings.append(f"hierarchy of {name!r} unused: it is not a categorical quasi-identifier")
    if not plan.quasi:
        plan.warnings.append("no quasi-identifier columns: rows are published ungeneralised")
    if not plan.names(Role.SENSITIVE):
        plan.warnings.append("no sensitive columns: l-diversity does not apply")
    return plan
