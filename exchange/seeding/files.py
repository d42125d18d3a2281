"""Reading ``seed_cases/``: organisations.yaml and cases/*.md (YAML front matter + Markdown)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from exchange.domain.contribution_input import CaseStudyInput


class SeedFileError(Exception):
    """A seed file is malformed; the message names the file."""


@dataclass(frozen=True)
class SeedUser:
    email: str
    name: str
    role: str


@dataclass(frozen=True)
class SeedOrganisation:
    slug: str
    name: str
    kind: str
    size_band: str
    region: str
    segments: tuple[str, ...]
    known_terms: tuple[str, ...]
    users: tuple[SeedUser, ...]
    site_type: str | None = None  # the type of its sites (SITE_TYPES): its cases' default


@dataclass(frozen=True)
class SeedCase:
    key: str
    organisation: str
    content: CaseStudyInput
    kpis: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    outcome: str = "success"
    year: int | None = None
    site_type: str | None = None  # overrides the organisation's


def read_organisations(seed_dir: Path) -> list[SeedOrganisation]:
    path = seed_dir / "organisations.yaml"
    if not path.exists():
        return []
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    try:
        return [
            SeedOrganisation(
                slug=o["slug"], name=o["name"], kind=o["kind"], size_band=o.get("size_band", "medium"),
                region=o.get("region", ""), segments=tuple(o.get("segments", ())),
                known_terms=tuple(dict.fromkeys([o["name"], *o.get("aliases", ()), *o.get("sites", ())])),
                users=tuple(SeedUser(u["email"], u.get("name", ""), u["role"]) for u in o.get("users", ())),
                site_type=o.get("site_type"),
            )
            for o in items
        ]
    except (KeyError, TypeError) as exc:
        raise SeedFileError(f"{path}: missing or malformed field {exc}") from None


def read_cases(seed_dir: Path) -> list[SeedCase]:
    return [read_case(path) for path in sorted((seed_dir / "cases").glob("*.md"))]


def read_case(path: Path) -> SeedCase:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---"):
        raise SeedFileError(f"{path}: no YAML front matter")
    _, front, body = text.split("---", 2)
    meta = yaml.safe_load(front) or {}
    try:
        content = CaseStudyInput(
            title=str(meta["title"]), summary=str(meta.get("summary", "")), body=body.strip(),
            lessons=str(meta.get("lessons_learned", "")).strip(), segment=meta.get("segment"),
            technologies=tuple(meta.get("technologies", ())), barriers=tuple(meta.get("barriers", ())),
            maturity_before=meta.get("maturity_before"), maturity_after=meta.get("maturity_after"),
            sensitive_terms=tuple(str(t) for t in meta.get("sensitive_terms", ())),
        )
        return SeedCase(key=f"seed:{path.stem}", organisation=meta["organisation"], content=content,
                        kpis=tuple(meta.get("kpis", ())), outcome=meta.get("outcome", "success"),
                        year=meta.get("year"), site_type=meta.get("site_type"))
    except (KeyError, TypeError) as exc:
        raise SeedFileError(f"{path}: missing or malformed field {exc}") from None
