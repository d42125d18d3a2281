"""The typed content of a case study as the contributor writes it, and its validation."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from exchange.domain.errors import ValidationFailed
from exchange.domain.vocabulary import BARRIERS, MATURITY_LEVELS, SEGMENTS, TECHNOLOGIES

TEXT_FIELDS = ("title", "summary", "body", "lessons")
LIMITS = {"title": 200, "summary": 2_000, "body": 200_000, "lessons": 50_000}
MAX_TERMS = 200
MAX_TERM_LENGTH = 200


@dataclass(frozen=True)
class CaseStudyInput:
    title: str
    summary: str = ""
    body: str = ""
    lessons: str = ""
    segment: str | None = None
    technologies: tuple[str, ...] = ()
    barriers: tuple[str, ...] = ()
    maturity_before: int | None = None
    maturity_after: int | None = None
    sensitive_terms: tuple[str, ...] = field(default_factory=tuple)

    def text_fields(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in TEXT_FIELDS}

    def raw_payload(self) -> dict[str, Any]:
        """What the vault stores: the text and the declared terms (the structured tags stay in clear)."""
        return {"fields": self.text_fields(), "sensitive_terms": list(self.sensitive_terms)}


def validate(data: CaseStudyInput) -> CaseStudyInput:
    """Return a cleaned copy or raise ValidationFailed with one message per bad field."""
    errors: dict[str, str] = {}
    for name, limit in LIMITS.items():
        if len(getattr(data, name)) > limit:
            errors[name] = f"Keep this under {limit:,} characters."
    if not data.title.strip():
        errors["title"] = "Give the case study a title."
    if data.segment is not None and data.segment not in SEGMENTS:
        errors["segment"] = "Choose a product segment from the list."
    if any(code not in TECHNOLOGIES for code in data.technologies):
        errors["technologies"] = "Choose technologies from the list."
    if any(code not in BARRIERS for code in data.barriers):
        errors["barriers"] = "Choose barriers from the list."
    for name in ("maturity_before", "maturity_after"):
        value = getattr(data, name)
        if value is not None and value not in MATURITY_LEVELS:
            errors[name] = "Choose a maturity level from 1 to 5."
    terms = tuple(dict.fromkeys(t.strip() for t in data.sensitive_terms if t.strip()))
    if len(terms) > MAX_TERMS or any(len(t) > MAX_TERM_LENGTH for t in terms):
        errors["sensitive_terms"] = f"Give at most {MAX_TERMS} terms of up to {MAX_TERM_LENGTH} characters."
    if errors:
        raise ValidationFailed("Please correct the highlighted fields.", errors)
    return CaseStudyInput(
        title=data.title.strip(), summary=data.summary.strip(), body=data.body, lessons=data.lessons,
        segment=data.segment, technologies=tuple(sorted(set(data.technologies))),
        barriers=tuple(sorted(set(data.barriers))), maturity_before=data.maturity_before,
        maturity_after=data.maturity_after, sensitive_terms=terms,
    )


def from_raw_payload(payload: dict[str, Any], tags: dict[str, Any]) -> CaseStudyInput:
    fields = payload.get("fields", {})
    return CaseStudyInput(
        title=fields.get("title", ""), summary=fields.get("summary", ""), body=fields.get("body", ""),
        lessons=fields.get("lessons", ""), sensitive_terms=tuple(payload.get("sensitive_terms", ())),
        **tags,
    )


def as_dict(data: CaseStudyInput) -> dict[str, Any]:
    return asdict(data)
