"""Keyed pseudonyms (HMAC-SHA256) with a per-dataset key: equal values get equal pseudonyms."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence

from anonymiser.errors import InvalidInput

KEY_BYTES = 32


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def pseudonymise(cells: Sequence[str], key: bytes, prefix: str = "P-") -> list[str]:
    """Blank cells stay blank; every other cell becomes ``prefix`` + 16 hex digits of its HMAC."""
    if len(key) < 16:
        raise InvalidInput("a pseudonymisation key needs at least 16 bytes")
    cache: dict[str, str] = {}
    out: list[str] = []
    for cell in cells:
        token = cache.get(cell)
        if token is None and not cell.strip():
            token = cache[cell] = ""
        elif token is None:
            digest = hmac.new(key, cell.strip().encode("utf-8"), hashlib.sha256).hexdigest()
            token = cache[cell] = prefix + digest[:16]
        out.append(token)
    return out
