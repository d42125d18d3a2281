from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from exchange.db import Base
from exchange.models.types import UTCDateTime, utcnow


class SearchMiss(Base):
    """A library query that found nothing: what the sector looks for and the library lacks.
    Who asked is never stored."""

    __tablename__ = "zero_result_queries"

    id: Mapped[int] = mapped_column(primary_key=True)
    query: Mapped[str] = mapped_column(String(300), index=True)
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    times: Mapped[int] = mapped_column(Integer, default=1)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
