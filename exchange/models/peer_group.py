from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from exchange.db import Base
from exchange.models.types import UTCDateTime, utcnow


class PeerGroup(Base):
    """A user's own saved peer definition: a name and structural filters, seen by that user only.
    It holds no organisations: the group is drawn afresh (and size-checked) each time it is used."""

    __tablename__ = "peer_groups"
    __table_args__ = (UniqueConstraint("user_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    segment: Mapped[str | None] = mapped_column(String(60), default=None)
    organisation_kind: Mapped[str | None] = mapped_column(String(20), default=None)
    size_band: Mapped[str | None] = mapped_column(String(20), default=None)
    site_type: Mapped[str | None] = mapped_column(String(20), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
