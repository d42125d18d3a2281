"""Use cases of frameworks: load one from a file (built-in or uploaded by an RTO), list them."""
from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from exchange.domain import audit
from exchange.domain.access import require_role
from exchange.domain.actor import SYSTEM, Actor
from exchange.domain.errors import NotFound, PermissionDenied, ValidationFailed
from exchange.domain.roles import Role
from exchange.maturity.framework_file import FrameworkSpec, parse_framework
from exchange.maturity.views import DimensionView, FrameworkView, LevelView, LoadOutcome, QuestionView
from exchange.models import MaturityDimension, MaturityFramework, MaturityQuestion

log = logging.getLogger(__name__)
BUILTIN_DIR = Path(__file__).resolve().parent / "frameworks"


def load_framework(session: Session, actor: Actor, data: bytes | str) -> LoadOutcome:
    """Validate and store an uploaded framework file: RTO curators and admins only."""
    require_role(actor, Role.CURATOR, Role.ADMIN)
    return _store(session, actor, parse_framework(data), builtin=False)


def load_framework_as_operator(session: Session, data: bytes | str, *, builtin: bool = False) -> LoadOutcome:
    """The command line (``exchange maturity load FILE``) and seeding: the system actor."""
    return _store(session, SYSTEM, parse_framework(data), builtin=builtin)


def load_builtin_frameworks(session: Session) -> list[LoadOutcome]:
    """Load every shipped framework file (idempotent): at seed and after ``db upgrade``."""
    return [_store(session, SYSTEM, spec, builtin=True) for spec in builtin_specs()]


@cache
def builtin_specs() -> tuple[FrameworkSpec, ...]:
    """The shipped files, parsed once per process (they are part of the release)."""
    return tuple(parse_framework(path.read_bytes()) for path in sorted(BUILTIN_DIR.glob("*.yaml")))


def _store(session: Session, actor: Actor, spec: FrameworkSpec, *, builtin: bool) -> LoadOutcome:
    digest = spec.content_hash()
    existing = session.scalar(select(MaturityFramework).where(
        MaturityFramework.slug == spec.slug, MaturityFramework.version == spec.version))
    if existing is not None:
        if existing.content_hash != digest:
            raise ValidationFailed(
                f"Framework {spec.slug} version {spec.version} is already loaded with different content: "
                "give the file a new version.", {"file": "Change the version to load a revised framework."})
        return LoadOutcome(existing.id, spec.slug, spec.version, created=False)
    framework = MaturityFramework(
        slug=spec.slug, version=spec.version, name=spec.name, description=spec.description, source=spec.source,
        scale=[{"level": x.level, "name": x.name, "plant_level": x.plant_level} for x in spec.levels],
        content_hash=digest, builtin=builtin, loaded_by_id=actor.user_id)
    for position, dim in enumerate(spec.dimensions):
        framework.dimensions.append(MaturityDimension(
            code=dim.code, name=dim.name, position=position, group_path=list(dim.group_path),
            technologies=list(dim.technologies), descriptors=list(dim.descriptors),
            questions=[MaturityQuestion(position=i, text=q) for i, q in enumerate(dim.questions)]))
    session.add(framework)
    session.flush()
    audit.record(session, actor, "maturity.framework_load", "maturity_framework", framework.id,
                 detail={"slug": spec.slug, "version": spec.version, "dimensions": len(spec.dimensions)})
    log.info("maturity framework %s %s loaded (%d dimensions)", spec.slug, spec.version, len(spec.dimensions))
    return LoadOutcome(framework.id, spec.slug, spec.version, created=True)


def list_frameworks(session: Session, actor: Actor) -> list[FrameworkView]:
    """Every framework with its dimensions, levels and questions, for any signed-in user."""
    _require_signed_in(actor)
    rows = session.scalars(select(MaturityFramework).options(
        selectinload(MaturityFramework.dimensions).selectinload(MaturityDimension.questions))
        .order_by(MaturityFramework.name, MaturityFramework.id))
    return [framework_view(f) for f in rows]


def get_framework(session: Session, actor: Actor, framework_id: int) -> FrameworkView:
    _require_signed_in(actor)
    framework = session.get(MaturityFramework, framework_id)
    if framework is None:
        raise NotFound("No such framework.")
    return framework_view(framework)


def framework_view(framework: MaturityFramework) -> FrameworkView:
    return FrameworkView(
        id=framework.id, slug=framework.slug, version=framework.version, name=framework.name,
        description=framework.description, source=framework.source, builtin=framework.builtin,
        levels=tuple(LevelView(x["level"], x["name"], x.get("plant_level")) for x in framework.scale),
        dimensions=tuple(DimensionView(
            id=d.id, code=d.code, name=d.name, group_path=tuple(d.group_path), technologies=tuple(d.technologies),
            descriptors=tuple(d.descriptors), questions=tuple(QuestionView(q.id, q.text) for q in d.questions))
            for d in framework.dimensions),
    )


def _require_signed_in(actor: Actor) -> None:
    if actor.role is None:
        raise PermissionDenied("Sign in to see the maturity frameworks.")
