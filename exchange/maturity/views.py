"""Plain read models of frameworks and assessments (no ORM object leaves the maturity package)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class LevelView:
    level: int
    name: str
    plant_level: int | None


@dataclass(frozen=True)
class QuestionView:
    id: int
    text: str


@dataclass(frozen=True)
class DimensionView:
    id: int
    code: str
    name: str
    group_path: tuple[str, ...]
    technologies: tuple[str, ...]
    descriptors: tuple[str, ...]
    questions: tuple[QuestionView, ...]


@dataclass(frozen=True)
class FrameworkView:
    id: int
    slug: str
    version: str
    name: str
    description: str
    source: str
    builtin: bool
    levels: tuple[LevelView, ...]
    dimensions: tuple[DimensionView, ...]

    @property
    def scale_min(self) -> int:
        return self.levels[0].level

    @property
    def scale_max(self) -> int:
        return self.levels[-1].level

    def level_name(self, level: int) -> str:
        return next((x.name for x in self.levels if x.level == level), str(level))


@dataclass(frozen=True)
class LoadOutcome:
    framework_id: int
    slug: str
    version: str
    created: bool  # False: the same content was already loaded


@dataclass(frozen=True)
class AssessmentSummary:
    id: int
    framework_id: int
    framework_name: str
    version: int
    submitted_at: datetime
    mean_score: float
