"""The vault: raw content encrypted at rest.

AES-256-GCM with a fresh data key per contribution; each data key is wrapped (AES-256-GCM) by the
master key. Associated data binds a ciphertext to its contribution and revision, and a wrapped key
to its contribution, so neither can be swapped. Destroying a data key (crypto-shredding) makes
every revision of that contribution unrecoverable. The master key sits behind ``MasterKey`` so it
can later live in an external KMS.
"""
from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.domain.errors import VaultError
from exchange.models import DataKey

NONCE_BYTES = 12


class MasterKey(Protocol):
    key_id: str

    def wrap(self, data_key: bytes, context: bytes) -> bytes: ...

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes: ...


class LocalMasterKey:
    """A 256-bit master key held in memory (read from the key file by the application)."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("master key must be 32 bytes")
        self._aead = AESGCM(key)
        self.key_id = hashlib.sha256(b"exchange-master-key-id" + key).hexdigest()[:16]

    def wrap(self, data_key: bytes, context: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, data_key, context)

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes:
        try:
            return self._aead.decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], context)
        except InvalidTag:
            raise VaultError("A data key could not be unwrapped with this master key.") from None


def _key_context(contribution_id: int) -> bytes:
    return f"exchange:data-key:contribution={contribution_id}".encode()


def _content_context(contribution_id: int, revision_id: int) -> bytes:
    return f"exchange:raw:contribution={contribution_id}:revision={revision_id}".encode()


class Vault:
    def __init__(self, master_key: MasterKey) -> None:
        self.master_key = master_key

    def create_key(self, session: Session, contribution_id: int) -> None:
        wrapped = self.master_key.wrap(AESGCM.generate_key(bit_length=256), _key_context(contribution_id))
        session.add(DataKey(contribution_id=contribution_id, wrapped_key=wrapped,
                            master_key_id=self.master_key.key_id))
        session.flush()

    def encrypt(self, session: Session, contribution_id: int, revision_id: int, payload: dict[str, Any]) -> bytes:
        aead = AESGCM(self._data_key(session, contribution_id))
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        return nonce + aead.encrypt(nonce, plaintext, _content_context(contribution_id, revision_id))

    def decrypt(self, session: Session, contribution_id: int, revision_id: int, blob: bytes) -> dict[str, Any]:
        aead = AESGCM(self._data_key(session, contribution_id))
        try:
            plaintext = aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:],
                                     _content_context(contribution_id, revision_id))
        except InvalidTag:
            raise VaultError("The original text failed its integrity check.") from None
        result: dict[str, Any] = json.loads(plaintext)
        return result

    def shred(self, session: Session, contribution_id: int) -> bool:
        """Destroy the data key; return False if it was already gone."""
        key = session.get(DataKey, contribution_id)
        if key is None or key.wrapped_key is None:
            return False
        key.wrapped_key = None
        key.destroyed_at = datetime.now(UTC)
        session.flush()
        return True

    def rotate(self, session: Session, new_master: MasterKey) -> int:
        """Re-wrap every live data key with ``new_master``; content is not re-encrypted."""
        count = 0
        for key in session.scalars(select(DataKey).where(DataKey.wrapped_key.is_not(None))):
            context = _key_context(key.contribution_id)
            assert key.wrapped_key is not None
            key.wrapped_key = new_master.wrap(self.master_key.unwrap(key.wrapped_key, context), context)
            key.master_key_id = new_master.key_id
            count += 1
        session.flush()
        self.master_key = new_master
        return count

    def _data_key(self, session: Session, contribution_id: int) -> bytes:
        key = session.get(DataKey, contribution_id)
        if key is None or key.wrapped_key is None:
            raise VaultError("The original text of this contribution has been erased.")
        return self.master_key.unwrap(key.wrapped_key, _key_context(contribution_id))
