from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from exchange.db import Base
from exchange.models.types import UTCDateTime, utcnow


class KpiValue(Base):
    """One KPI figure of a contribution. Tied to its organisation for disclosure control only:
    never shown with it. Counts in benchmarks while its contribution is public."""

    __tablename__ = "kpi_values"

    id: Mapped[int] = mapped_column(primary_key=True)
    contribution_id: Mapped[int] = mapped_column(ForeignKey("contributions.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    metric: Mapped[str] = mapped_column(String(40), index=True)
    phase: Mapped[str] = mapped_column(String(10))  # before | after | value
    value: Mapped[float] = mapped_column(Float)
    self_reported: Mapped[bool] = mapped_column(default=True)
    period_end: Mapped[date] = mapped_column(Date)  # the date the figure describes (age rule)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
