"""Rules about what a seed text says: declared terms, identifiers, name forms, phones and figures.

Pure functions returning lists of problems; ``test_catalogue_rules`` proves each one rejects what it
should, and the catalogue tests apply them to every seed.
"""

from __future__ import annotations

import re
from typing import Any


def missing_terms(terms: list[str], text: str) -> list[str]:
    """Declared sensitive terms that do not occur verbatim in the text."""
    return [t for t in terms if not str(t).strip() or str(t) not in text]


PUBLIC_CODES = frozenset({"ISA-95", "ISA-88", "HMT-1", "COVID-19", "ICH-Q13", "PAS-X", "CAR-T", "F-18", "MRNA-LNP"})
CODE_RE = re.compile(r"\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-[A-Z0-9]*\d[A-Z0-9]*\b")
PROJECT_RE = re.compile(r"\bProject (?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*)*")


def undeclared_identifiers(terms: list[str], text: str) -> list[str]:
    """Code-like tokens (NB-4471, SOP-QA-0147) and project names the terms do not cover."""
    found = {m.group(0) for m in CODE_RE.finditer(text)} - PUBLIC_CODES
    found |= {m.group(0) for m in PROJECT_RE.finditer(text)}
    return sorted(f for f in found if not any(f in str(t) or str(t) in f for t in terms))


PHONE_RE = re.compile(r"(?<![\d-])(?:\+44 ?|0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?![\d-])")
DRAMA_PREFIXES = ("01632 960", "020 7946 0")


def phone_problems(text: str) -> list[str]:
    """UK telephone numbers must come from Ofcom's drama ranges, so none can ring a real line."""
    return [f"phone {m} is not in a drama range" for m in PHONE_RE.findall(text)
            if not m.startswith(DRAMA_PREFIXES)]


def split_terms(terms: list[str], text: str) -> list[str]:
    """Terms that also occur broken across a line break, where exact matching would miss them."""
    flat = re.sub(r"\s+", " ", text)
    return [t for t in terms if flat.count(str(t)) > text.count(str(t))]


LEGAL_SUFFIX_RE = re.compile(r"\s+(?:Ltd|plc|LLP|Limited)$")


def name_stem(name: str) -> str:
    """The organisation's name without its legal suffix: what its own texts mostly say."""
    return LEGAL_SUFFIX_RE.sub("", name)


REGION_ADJECTIVES = {"Scotland": "Scottish", "Wales": "Welsh", "Northern Ireland": "Northern Irish"}


def region_forms(region: str) -> list[str]:
    """How a text names a region: "North West England", "North West", "Scotland", "Scottish"."""
    forms = [region, region.removesuffix(" England")]
    return forms + ([REGION_ADJECTIVES[region]] if region in REGION_ADJECTIVES else [])


def undeclared_org_forms(org: dict[str, Any], terms: list[str], text: str) -> list[str]:
    """Forms of the author's name, its sites and its region that occur in the text but are not declared."""
    forms = [org["name"], name_stem(org["name"]), *org["aliases"], *org["sites"], *region_forms(org["region"])]
    return [f for f in dict.fromkeys(forms)
            if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) and f not in terms]


NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
                9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}


def number_forms(value: float) -> set[str]:
    """Ways a story writes a number: 34, 34.0, 5.5, 12 or twelve."""
    forms = {f"{value:g}", f"{value:.1f}"}
    if float(value).is_integer():
        forms |= {str(int(value)), NUMBER_WORDS.get(int(value), str(int(value)))}
    return forms


def money_forms(value: float) -> set[str]:
    """Ways a story writes a sum of money: £2.3m, £2.30m, £240,000, £85k."""
    return {f"£{value / 1e6:g}m", f"£{value / 1e6:.2f}m", f"£{value:,.0f}", f"£{value / 1e3:g}k"}


def _mentions(text: str, forms: set[str]) -> bool:
    return any(re.search(rf"(?<![\d.£\w]){re.escape(f)}(?![\d\w])", text, re.IGNORECASE)
               or (f.startswith("£") and f in text) for f in forms)


def unreported_kpis(kpis: list[dict[str, Any]], text: str) -> list[str]:
    """Front-matter KPI figures the story itself never states (the numbers must come from the text)."""
    missing = []
    for kpi in kpis:
        for key in ("before", "after", "value"):
            if key not in kpi or kpi["metric"] == "roi_pct":
                continue
            forms = money_forms(kpi[key]) if kpi["metric"] == "capital_invested_gbp" else number_forms(kpi[key])
            if not _mentions(text, forms):
                missing.append(f"{kpi['metric']}.{key}={kpi[key]}")
    return missing
