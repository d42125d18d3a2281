"""The ``--columns`` file: column roles, optional hierarchies and columns to pseudonymise.

Either a flat object ``{"column": "role", ...}`` or
``{"columns": {...}, "hierarchies": {"line": ["site", "region"], "site": {"Speke": ["North West", "UK"]}},
"pseudonymise": ["batch_id"]}``. A hierarchy is either the list of parent columns (nearest first)
or a mapping from each value to its ancestors (nearest first).
"""
from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from anonymiser.tabular.errors import InvalidColumnsFile
from anonymiser.tabular.roles import Role

Hierarchy = list[str] | dict[str, list[str]]


@dataclass(frozen=True)
class ColumnsSpec:
    roles: dict[str, Role] = field(default_factory=dict)
    hierarchies: dict[str, Hierarchy] = field(default_factory=dict)
    pseudonymise: frozenset[str] = frozenset()


def parse_roles(raw: Mapping[object, object]) -> dict[str, Role]:
    roles: dict[str, Role] = {}
    allowed = ", ".join(r.value for r in Role)
    for name, role in raw.items():
        try:
            roles[str(name)] = Role(str(role).strip().lower())
        except ValueError as exc:
            raise InvalidColumnsFile(f"column {name!r}: unknown role {role!r} (use one of {allowed})") from exc
    return roles


def _parse_hierarchy(name: str, raw: object) -> Hierarchy:
    if isinstance(raw, list) and all(isinstance(p, str) for p in raw):
        return list(raw)
    if isinstance(raw, Mapping) and all(isinstance(v, list) for v in raw.values()):
        return {str(k): [str(a) for a in v] for k, v in raw.items()}
    raise InvalidColumnsFile(f"hierarchy of {name!r} must be a list of parent columns or a value→ancestors mapping")


def parse_spec(raw: object) -> ColumnsSpec:
    if not isinstance(raw, Mapping):
        raise InvalidColumnsFile("the columns file must hold an object mapping column names to roles")
    if not isinstance(raw.get("columns"), Mapping):
        return ColumnsSpec(roles=parse_roles(raw))
    hierarchies = raw.get("hierarchies") or {}
    pseudo = raw.get("pseudonymise") or []
    if not isinstance(hierarchies, Mapping) or not isinstance(pseudo, list):
        raise InvalidColumnsFile("'hierarchies' must be an object and 'pseudonymise' a list")
    return ColumnsSpec(
        roles=parse_roles(raw["columns"]),
        hierarchies={str(k): _parse_hierarchy(str(k), v) for k, v in hierarchies.items()},
        pseudonymise=frozenset(str(p) for p in pseudo),
    )


def load_columns_file(path: str | os.PathLike[str]) -> ColumnsSpec:
    text = Path(path).read_text(encoding="utf-8")
    try:
        raw = json.loads(text) if Path(path).suffix.lower() == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise InvalidColumnsFile(f"the columns file is not valid JSON or YAML: {exc}") from exc
    return parse_spec(raw)
