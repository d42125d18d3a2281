"""A maturity framework file (YAML) read into a validated, typed ``FrameworkSpec``.

Shape: framework → groups (nestable, e.g. building block → pillar) → dimensions → one descriptor per
level of the framework's scale → questions. Each dimension lists the technology codes that
typically move it. Every refusal is a ``FrameworkFileError`` naming the line at fault.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass

from yaml.nodes import Node

from exchange.domain.vocabulary import TECHNOLOGIES
from exchange.maturity.yaml_nodes import FrameworkFileError, Walker, compose, line_of

MAX_FILE_BYTES = 256 * 1024
MAX_DIMENSIONS = 80
MAX_GROUP_DEPTH = 3
CODE = re.compile(r"[a-z0-9][a-z0-9_-]{0,59}")
VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,29}")
PLANT_LEVELS = (1, 5)  # the contributions' maturity_before/after scale


@dataclass(frozen=True)
class LevelSpec:
    level: int
    name: str
    plant_level: int | None = None


@dataclass(frozen=True)
class DimensionSpec:
    code: str
    name: str
    group_path: tuple[str, ...]
    technologies: tuple[str, ...]
    descriptors: tuple[str, ...]  # one per level, lowest first
    questions: tuple[str, ...]


@dataclass(frozen=True)
class FrameworkSpec:
    slug: str
    version: str
    name: str
    description: str
    source: str
    levels: tuple[LevelSpec, ...]
    dimensions: tuple[DimensionSpec, ...]

    def content_hash(self) -> str:
        canonical = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def parse_framework(data: bytes | str) -> FrameworkSpec:
    """Validate a framework file; raise ``FrameworkFileError`` with the line at fault."""
    text = _decode(data)
    walker = Walker()
    top = walker.mapping(compose(text), "the framework",
                         {"slug", "version", "name", "description", "source", "scale", "groups"},
                         {"slug", "version", "name", "scale", "groups"})
    levels = _levels(walker, top["scale"])
    dimensions: list[DimensionSpec] = []
    for group in walker.sequence(top["groups"], "groups", 1, 50):
        _group(walker, group, (), len(levels), dimensions)
    if not dimensions:
        raise FrameworkFileError("the framework has no dimensions", line_of(top["groups"]))
    return FrameworkSpec(
        slug=walker.text(top["slug"], "slug", 60, pattern=CODE),
        version=walker.text(top["version"], "version", 30, pattern=VERSION),
        name=walker.text(top["name"], "name", 200),
        description=walker.text(top["description"], "description", 2000) if "description" in top else "",
        source=walker.text(top["source"], "source", 500) if "source" in top else "",
        levels=levels, dimensions=tuple(dimensions),
    )


def _decode(data: bytes | str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_FILE_BYTES:
        raise FrameworkFileError(f"the file is larger than {MAX_FILE_BYTES // 1024} KiB")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FrameworkFileError("the file is not UTF-8 text") from None


def _levels(walker: Walker, node: Node) -> tuple[LevelSpec, ...]:
    levels: list[LevelSpec] = []
    for item in walker.sequence(node, "scale", 2, 11):
        fields = walker.mapping(item, "a scale level", {"level", "name", "plant_level"}, {"level", "name"})
        level = walker.integer(fields["level"], "level", 0, 100)
        if levels and level != levels[-1].level + 1:
            raise FrameworkFileError(f"levels must count up by one: expected {levels[-1].level + 1}, "
                                     f"found {level}", line_of(fields["level"]))
        plant = None
        if "plant_level" in fields:
            plant = walker.integer(fields["plant_level"], "plant_level", *PLANT_LEVELS)
            previous = [x.plant_level for x in levels if x.plant_level is not None]
            if previous and plant < previous[-1]:
                raise FrameworkFileError("plant_level must not go down as levels go up",
                                         line_of(fields["plant_level"]))
        levels.append(LevelSpec(level, walker.text(fields["name"], "level name", 80), plant))
    return tuple(levels)


def _group(walker: Walker, node: Node, path: tuple[str, ...], n_levels: int, out: list[DimensionSpec]) -> None:
    fields = walker.mapping(node, "a group", {"code", "name", "groups", "dimensions"}, {"code", "name"})
    walker.text(fields["code"], "group code", 60, pattern=CODE)
    here = (*path, walker.text(fields["name"], "group name", 120))
    if "groups" not in fields and "dimensions" not in fields:
        raise FrameworkFileError("a group needs groups or dimensions", line_of(node))
    if "groups" in fields:
        if len(here) >= MAX_GROUP_DEPTH:
            raise FrameworkFileError(f"groups nest at most {MAX_GROUP_DEPTH} deep", line_of(fields["groups"]))
        for child in walker.sequence(fields["groups"], "groups", 1, 50):
            _group(walker, child, here, n_levels, out)
    if "dimensions" in fields:
        for item in walker.sequence(fields["dimensions"], "dimensions", 1, MAX_DIMENSIONS):
            _dimension(walker, item, here, n_levels, out)


def _dimension(walker: Walker, node: Node, path: tuple[str, ...], n_levels: int, out: list[DimensionSpec]) -> None:
    fields = walker.mapping(node, "a dimension", {"code", "name", "technologies", "levels", "questions"},
                            {"code", "name", "levels", "questions"})
    code = walker.text(fields["code"], "dimension code", 60, pattern=CODE)
    if any(d.code == code for d in out):
        raise FrameworkFileError(f"dimension code {code!r} is used twice", line_of(fields["code"]))
    if len(out) >= MAX_DIMENSIONS:
        raise FrameworkFileError(f"a framework has at most {MAX_DIMENSIONS} dimensions", line_of(node))
    technologies: list[str] = []
    if "technologies" in fields:
        for item in walker.sequence(fields["technologies"], "technologies", 0, len(TECHNOLOGIES)):
            tech = walker.text(item, "technology", 60)
            if tech not in TECHNOLOGIES:
                raise FrameworkFileError(f"unknown technology {tech[:40]!r} (known: "
                                         f"{', '.join(TECHNOLOGIES)})", line_of(item))
            technologies.append(tech)
    descriptors = walker.sequence(fields["levels"], "levels (one descriptor per scale level)", n_levels, n_levels)
    questions = walker.sequence(fields["questions"], "questions", 1, 20)
    out.append(DimensionSpec(
        code=code, name=walker.text(fields["name"], "dimension name", 120), group_path=path,
        technologies=tuple(dict.fromkeys(technologies)),
        descriptors=tuple(walker.text(d, "level descriptor", 500) for d in descriptors),
        questions=tuple(walker.text(q, "question", 500) for q in questions),
    ))
