from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from exchange.db import Base
from exchange.models.organisation import Organisation
from exchange.models.types import UTCDateTime, utcnow


class Contribution(Base):
    """A case study or dataset. Holds no raw text: that lives in the vault, per revision."""

    __tablename__ = "contributions"
    __table_args__ = (UniqueConstraint("organisation_id", "external_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20), default="case_study")
    # A caller's idempotency key (seed file name, API client reference), unique per organisation.
    external_ref: Mapped[str | None] = mapped_column(String(120), default=None)
    state: Mapped[str] = mapped_column(String(30), default="draft", index=True)
    segment: Mapped[str | None] = mapped_column(String(60))
    site_type: Mapped[str | None] = mapped_column(String(20), default=None)  # SITE_TYPES: a benchmark peer filter
    maturity_before: Mapped[int | None] = mapped_column(Integer)
    maturity_after: Mapped[int | None] = mapped_column(Integer)
    current_revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("revisions.id", use_alter=True), default=None
    )
    published_revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("revisions.id", use_alter=True), default=None
    )
    failure_reason: Mapped[str | None] = mapped_column(String(500))
    curator_comment: Mapped[str | None] = mapped_column(Text)
    retired_reason: Mapped[str | None] = mapped_column(Text)
    index_pending: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    organisation: Mapped[Organisation] = relationship()
    terms: Mapped[list[ContributionTerm]] = relationship(
        cascade="all, delete-orphan", order_by="ContributionTerm.vocabulary"
    )

    def codes(self, vocabulary: str) -> list[str]:
        return sorted(t.code for t in self.terms if t.vocabulary == vocabulary)


class ContributionTerm(Base):
    """A technology or barrier tag of a contribution."""

    __tablename__ = "contribution_terms"
    __table_args__ = (UniqueConstraint("contribution_id", "vocabulary", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contribution_id: Mapped[int] = mapped_column(
        ForeignKey("contributions.id", ondelete="CASCADE"), index=True
    )
    vocabulary: Mapped[str] = mapped_column(String(30))
    code: Mapped[str] = mapped_column(String(60))


class Revision(Base):
    """One version of a contribution's content: the raw side encrypted, the redacted side in clear."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("contribution_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contribution_id: Mapped[int] = mapped_column(
        ForeignKey("contributions.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    raw_ciphertext: Mapped[bytes | None] = mapped_column(LargeBinary)
    redacted: Mapped[dict[str, str] | None] = mapped_column(JSON, default=None)
    redaction_report: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    # The contributor's review: restored findings (original offsets only) and confirmed warnings.
    review: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
