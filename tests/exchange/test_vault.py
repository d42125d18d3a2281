"""Encryption at rest: per-contribution data keys, bound ciphertexts, rotation, crypto-shredding."""
from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from exchange.domain.errors import VaultError
from exchange.domain.vault import LocalMasterKey, Vault
from exchange.models import DataKey, Revision
from tests.factories import make_case


def test_ciphertext_cannot_be_moved_to_another_revision(session, vault, world) -> None:
    first, second = make_case(session, vault, world.contributor_a), make_case(session, vault, world.contributor_a)
    blob = session.get(Revision, first.current_revision_id).raw_ciphertext
    with pytest.raises(VaultError):
        vault.decrypt(session, second.id, second.current_revision_id, blob)
    with pytest.raises(VaultError):
        vault.decrypt(session, first.id, first.current_revision_id + 1000, blob)


def test_tampered_ciphertext_is_detected(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    blob = bytearray(session.get(Revision, case.current_revision_id).raw_ciphertext)
    blob[-1] ^= 1
    with pytest.raises(VaultError, match="integrity"):
        vault.decrypt(session, case.id, case.current_revision_id, bytes(blob))


def test_wrong_master_key_cannot_unwrap(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    blob = session.get(Revision, case.current_revision_id).raw_ciphertext
    with pytest.raises(VaultError):
        Vault(LocalMasterKey(os.urandom(32))).decrypt(session, case.id, case.current_revision_id, blob)


def test_rotation_rewraps_keys_without_reencrypting_content(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    revision = session.get(Revision, case.current_revision_id)
    blob_before = revision.raw_ciphertext
    new_master = LocalMasterKey(os.urandom(32))
    assert vault.rotate(session, new_master) == 1
    assert session.get(DataKey, case.id).master_key_id == new_master.key_id
    assert revision.raw_ciphertext == blob_before
    assert vault.decrypt(session, case.id, revision.id, blob_before)["fields"]["title"].startswith("Acmeford")


def test_shredded_contribution_is_unrecoverable_from_the_database(session, vault, world, app) -> None:
    case = make_case(session, vault, world.contributor_a)
    assert vault.shred(session, case.id) is True
    session.commit()
    rows = session.execute(text("SELECT wrapped_key FROM data_keys")).all()
    assert rows == [(None,)]
    with pytest.raises(VaultError, match="erased"):
        vault.decrypt(session, case.id, case.current_revision_id,
                      session.get(Revision, case.current_revision_id).raw_ciphertext)
    assert vault.shred(session, case.id) is False


@pytest.mark.parametrize("size", [0, 16, 31, 33])
def test_master_key_must_be_256_bits(size: int) -> None:
    with pytest.raises(ValueError):
        LocalMasterKey(os.urandom(size))


def test_master_key_file_is_created_private(app) -> None:
    path = app.config["MASTER_KEY_FILE"]
    assert os.stat(path).st_mode & 0o777 == 0o600
