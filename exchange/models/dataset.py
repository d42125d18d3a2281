from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from exchange.db import Base


class DatasetRevision(Base):
    """The dataset side of one revision: the contributor's column roles and privacy levels, and the
    published (anonymised) table with its report. The uploaded file itself lives only in the vault."""

    __tablename__ = "dataset_revisions"

    revision_id: Mapped[int] = mapped_column(ForeignKey("revisions.id", ondelete="CASCADE"), primary_key=True)
    file_format: Mapped[str] = mapped_column(String(10))
    file_bytes: Mapped[int] = mapped_column(Integer)
    # column name → role chosen by the contributor (None until the role step is done)
    roles: Mapped[dict[str, str] | None] = mapped_column(JSON, default=None)
    k: Mapped[int] = mapped_column(Integer, default=5)
    l: Mapped[int] = mapped_column(Integer, default=2)  # noqa: E741 (the privacy model's own name)
    # the KPI mapping: {"metrics": {column: metric}, "period_column": str, "granularity": "month"|"quarter"}
    kpi_mapping: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    anonymised_csv: Mapped[str | None] = mapped_column(Text, default=None)
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
