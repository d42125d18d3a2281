"""Tabular anonymisation: column roles, pseudonyms, Mondrian k-anonymity and l-diversity, a risk report."""
from anonymiser.tabular.columns_file import ColumnsSpec, load_columns_file, parse_spec
from anonymiser.tabular.engine import anonymise_table
from anonymiser.tabular.errors import AnonymisationFailed, InvalidColumnsFile, PrivacyUnreachable
from anonymiser.tabular.intake import load_table
from anonymiser.tabular.limits import DEFAULT_LIMITS, Limits
from anonymiser.tabular.result import ColumnReport, TableReport, TableResult
from anonymiser.tabular.roles import Role, RoleSuggestion, suggest_roles
from anonymiser.tabular.table import Table

__all__ = [
    "DEFAULT_LIMITS",
    "AnonymisationFailed",
    "ColumnReport",
    "ColumnsSpec",
    "InvalidColumnsFile",
    "Limits",
    "PrivacyUnreachable",
    "Role",
    "RoleSuggestion",
    "Table",
    "TableReport",
    "TableResult",
    "anonymise_table",
    "load_columns_file",
    "load_table",
    "parse_spec",
    "suggest_roles",
]
