"""Digital maturity: frameworks (loaded from files), and organisations' versioned assessments."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from exchange.db import Base
from exchange.models.types import UTCDateTime, utcnow


class MaturityFramework(Base):
    """One version of a framework. ``scale`` holds its levels: ``[{level, name, plant_level}]``."""

    __tablename__ = "maturity_frameworks"
    __table_args__ = (UniqueConstraint("slug", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60))
    version: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(500), default="")
    scale: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    content_hash: Mapped[str] = mapped_column(String(64))
    builtin: Mapped[bool] = mapped_column(default=False)
    loaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    dimensions: Mapped[list[MaturityDimension]] = relationship(
        cascade="all, delete-orphan", order_by="MaturityDimension.position"
    )


class MaturityDimension(Base):
    __tablename__ = "maturity_dimensions"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("maturity_frameworks.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer)
    group_path: Mapped[list[str]] = mapped_column(JSON, default=list)
    technologies: Mapped[list[str]] = mapped_column(JSON, default=list)
    descriptors: Mapped[list[str]] = mapped_column(JSON, default=list)

    questions: Mapped[list[MaturityQuestion]] = relationship(
        cascade="all, delete-orphan", order_by="MaturityQuestion.position"
    )


class MaturityQuestion(Base):
    __tablename__ = "maturity_questions"
    __table_args__ = (UniqueConstraint("dimension_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dimension_id: Mapped[int] = mapped_column(ForeignKey("maturity_dimensions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(500))


class MaturityAssessment(Base):
    """One submitted version of an organisation's assessment against one framework. Private."""

    __tablename__ = "maturity_assessments"
    __table_args__ = (UniqueConstraint("organisation_id", "framework_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("maturity_frameworks.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    answers: Mapped[list[MaturityAnswer]] = relationship(cascade="all, delete-orphan")
    scores: Mapped[list[MaturityDimensionScore]] = relationship(cascade="all, delete-orphan")


class MaturityAnswer(Base):
    """The level an organisation chose for one question."""

    __tablename__ = "maturity_answers"
    __table_args__ = (UniqueConstraint("assessment_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("maturity_assessments.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("maturity_questions.id"))
    level: Mapped[int] = mapped_column(Integer)


class MaturityDimensionScore(Base):
    """Per dimension: the score computed at submission, the target level and the priority (1–3)."""

    __tablename__ = "maturity_dimension_scores"
    __table_args__ = (UniqueConstraint("assessment_id", "dimension_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("maturity_assessments.id", ondelete="CASCADE"), index=True)
    dimension_id: Mapped[int] = mapped_column(ForeignKey("maturity_dimensions.id"), index=True)
    score: Mapped[float] = mapped_column(Float)
    target: Mapped[int] = mapped_column(Integer)
    priority: Mapped[int] = mapped_column(Integer)
