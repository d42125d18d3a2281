from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from exchange.db import Base
from exchange.models.types import UTCDateTime, utcnow


class SavedSearch(Base):
    """A member's library query (text, facet filters, sort) kept to be run again: an Atom feed
    read with ``feed_token`` and an optional e-mail digest of newly published matches."""

    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    query_text: Mapped[str] = mapped_column(String(1000), default="")
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sort: Mapped[str] = mapped_column(String(20), default="relevance")
    digest_frequency: Mapped[str] = mapped_column(String(10), default="none")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_digest_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # 256 random bits, URL-safe: feed readers cannot sign in, so the feed URL carries it.
    feed_token: Mapped[str] = mapped_column(String(64), unique=True)
