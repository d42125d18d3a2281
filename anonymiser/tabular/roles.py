"""Column roles and their suggestion from header names and value patterns."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from anonymiser.tabular.intake import TableSource, load_table
from anonymiser.tabular.limits import DEFAULT_LIMITS, Limits
from anonymiser.tabular.values import Kind, detect_kind, sample


class Role(str, Enum):
    IDENTIFIER = "identifier"
    QUASI = "quasi"
    SENSITIVE = "sensitive"
    MEASURE = "measure"
    TEXT = "text"
    DROP = "drop"


@dataclass(frozen=True)
class RoleSuggestion:
    role: Role
    reason: str


_TEXT_WORDS = {"comment", "comments", "note", "notes", "description", "remarks", "remark", "details",
               "narrative", "summary", "observation", "observations", "free", "text", "explanation"}
_SENSITIVE_WORDS = {"cause", "outcome", "result", "severity", "diagnosis", "status", "disposition",
                    "classification", "class", "failure", "finding", "verdict", "criticality"}
_QUASI_WORDS = {"site", "plant", "facility", "location", "region", "country", "line", "product", "segment",
                "equipment", "area", "department", "shift", "date", "week", "month", "quarter", "year",
                "period", "grade", "age", "gender", "sex", "postcode", "size", "type", "technology",
                "category", "form", "dosage", "modality", "suite", "room", "train", "unit", "band"}
_ID_WORDS = {"id", "uuid", "guid", "serial", "batch", "lot", "ref", "reference", "name", "operator",
             "employee", "analyst", "user", "email", "phone", "order", "number", "no", "code", "sample",
             "record", "ticket", "initials", "signature", "username"}
_MEASURE_WORDS = {"time", "hours", "hrs", "h", "days", "minutes", "mins", "duration", "rate", "oee", "yield",
                  "count", "percent", "pct", "cost", "deviations", "rft", "volume", "weight", "mass", "kg",
                  "temperature", "pressure", "score", "value", "amount", "total", "throughput", "output",
                  "availability", "performance", "quality", "scrap", "waste", "energy", "units"}
TEXT_PROBE = 50
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_PHONE = re.compile(r"^\+?[\d ()-]{9,}$")


def header_words(name: str) -> set[str]:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
    return {w for w in re.split(r"[^0-9a-z]+", spaced.casefold()) if w}


def _share(cells: Sequence[str], pattern: re.Pattern[str]) -> float:
    return sum(1 for c in cells if pattern.match(c.strip())) / len(cells) if cells else 0.0


def suggest_role(name: str, cells: Sequence[str]) -> RoleSuggestion:
    words = header_words(name)
    probe = sample(cells)
    kind = detect_kind(cells)
    if kind is Kind.EMPTY:
        return RoleSuggestion(Role.DROP, "the column is empty")
    if _share(probe, _EMAIL) > 0.5 or (kind is Kind.CATEGORY and _share(probe, _PHONE) > 0.5):
        return RoleSuggestion(Role.IDENTIFIER, "values look like e-mail addresses or phone numbers")
    if words & _TEXT_WORDS or sum(len(c) for c in probe) / len(probe) > 60:
        return RoleSuggestion(Role.TEXT, "free-text header or long values")
    if kind is Kind.DATE:
        return RoleSuggestion(Role.QUASI, "dates can single out a batch or an event")
    if words & _SENSITIVE_WORDS and not words & _QUASI_WORDS:
        return RoleSuggestion(Role.SENSITIVE, "header names an outcome or classification")
    if kind is Kind.NUMBER and words & _MEASURE_WORDS and not words & _QUASI_WORDS:
        return RoleSuggestion(Role.MEASURE, "numeric values with a measure header")
    if words & _QUASI_WORDS:
        return RoleSuggestion(Role.QUASI, f"header mentions {sorted(words & _QUASI_WORDS)[0]!r}")
    if words & _ID_WORDS:
        return RoleSuggestion(Role.IDENTIFIER, f"header mentions {sorted(words & _ID_WORDS)[0]!r}")
    return _by_values(kind, probe)


def recognised_share(probe: Sequence[str], size: int = TEXT_PROBE) -> float:
    """Share of (up to ``size``) distinct sample values in which the text recognisers find something."""
    from anonymiser import anonymise_text  # the text anonymiser's stable public contract

    values = list(dict.fromkeys(probe))[:size]
    if not values:
        return 0.0
    return sum(1 for v in values if anonymise_text(v).text != v) / len(values)


def _by_values(kind: Kind, probe: Sequence[str]) -> RoleSuggestion:
    distinct = len(set(probe))
    if kind is Kind.NUMBER:
        return RoleSuggestion(Role.MEASURE, "numeric values")
    if recognised_share(probe) >= 0.3:
        return RoleSuggestion(Role.TEXT, "the text recognisers find names or personal data in the values")
    if len(probe) >= 20 and distinct >= 0.95 * len(probe):
        return RoleSuggestion(Role.IDENTIFIER, "values are unique per row")
    return RoleSuggestion(Role.QUASI, "categorical values (kept generalised to be safe)")


def suggest_roles(source: TableSource, *, sheet: str | None = None,
                  limits: Limits = DEFAULT_LIMITS) -> dict[str, RoleSuggestion]:
    """A suggested role for every column of a table (path, bytes, rows or ``Table``), with the
    reason; reasons never quote cell values."""
    table = load_table(source, sheet=sheet, limits=limits)
    return {name: suggest_role(name, col) for name, col in zip(table.header, table.columns, strict=True)}
