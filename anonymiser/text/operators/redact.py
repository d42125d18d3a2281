"""Plain redaction: the span becomes ``[redacted]``."""
from __future__ import annotations

REDACTED = "[redacted]"


def redact() -> str:
    return REDACTED
