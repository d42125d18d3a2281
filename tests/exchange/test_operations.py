"""Operator commands: key rotation, SQLite backup, and an instance export/import round trip."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from exchange.app import create_app
from exchange.cli import main
from exchange.domain import audit, contributions
from exchange.instance import InstanceError, dump, restore
from exchange.migrate import upgrade
from exchange.models import AuditEvent, Contribution
from tests.factories import actor, make_case


@pytest.fixture()
def env(app, monkeypatch):  # type: ignore[no-untyped-def]
    """Point the command line at the test app's database and keys."""
    monkeypatch.setenv("EXCHANGE_DATABASE_URL", app.config["DATABASE_URL"])
    monkeypatch.setenv("EXCHANGE_DATA_DIR", app.config["DATA_DIR"])
    monkeypatch.setenv("EXCHANGE_MASTER_KEY_FILE", app.config["MASTER_KEY_FILE"])
    return app


def test_keys_rotate_rewraps_and_the_raw_text_still_reads(env, session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    session.commit()
    before = Path(env.config["MASTER_KEY_FILE"]).read_bytes()
    result = CliRunner().invoke(main, ["keys", "rotate"])
    assert result.exit_code == 0 and "Re-wrapped 1 data key" in result.output
    key_file = Path(env.config["MASTER_KEY_FILE"])
    assert key_file.read_bytes() != before and os.stat(key_file).st_mode & 0o777 == 0o600
    fresh = create_app({"TESTING": True, "DATABASE_URL": env.config["DATABASE_URL"],
                        "DATA_DIR": env.config["DATA_DIR"], "MASTER_KEY_FILE": str(key_file)},
                       instance_path=Path(env.config["DATA_DIR"]))
    with fresh.extensions["exchange"]["sessions"]() as other:
        title = contributions.read_raw(other, fresh.extensions["exchange"]["vault"], actor(world.contributor_a), case.id).title
    fresh.extensions["exchange"]["engine"].dispose()
    assert title.startswith("Acmeford")


def test_backup_is_a_consistent_sqlite_copy(env, session, world, tmp_path) -> None:
    if not env.config["DATABASE_URL"].startswith("sqlite"):
        result = CliRunner().invoke(main, ["backup", str(tmp_path / "copy.sqlite3")])
        assert result.exit_code == 1 and "pg_dump" in result.output
        return
    result = CliRunner().invoke(main, ["backup", str(tmp_path / "copy.sqlite3")])
    assert result.exit_code == 0
    with sqlite3.connect(tmp_path / "copy.sqlite3") as copy:
        assert copy.execute("select count(*) from users").fetchone()[0] == 5


def test_instance_round_trip_keeps_raw_encrypted_and_the_audit_chain_intact(app, session, vault, world, tmp_path) -> None:
    case = make_case(session, vault, world.contributor_a)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "submit")
    session.commit()
    dump_file = tmp_path / "instance.jsonl.gz"
    dump(app.extensions["exchange"]["engine"], dump_file)
    import gzip

    assert b"Widnes" not in gzip.decompress(dump_file.read_bytes())  # raw stays encrypted in the dump
    target_url = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    upgrade(target_url)
    restored = create_app({"TESTING": True, "DATABASE_URL": target_url, "DATA_DIR": app.config["DATA_DIR"],
                           "MASTER_KEY_FILE": app.config["MASTER_KEY_FILE"]}, instance_path=tmp_path / "r")
    counts = restore(restored.extensions["exchange"]["engine"], dump_file)
    assert counts["contributions"] == 1 and counts["users"] == 5
    with restored.extensions["exchange"]["sessions"]() as other:
        assert other.scalar(select(func.count()).select_from(AuditEvent)) == counts["audit_events"]
        assert audit.verify(other, restored.extensions["exchange"]["audit_key"]).ok
        data = contributions.read_raw(other, restored.extensions["exchange"]["vault"], actor(world.contributor_a), case.id)
        assert data.title.startswith("Acmeford")
        assert other.get(Contribution, case.id).current_revision_id is not None
    with pytest.raises(InstanceError, match="not empty"):
        restore(restored.extensions["exchange"]["engine"], dump_file)
    restored.extensions["exchange"]["engine"].dispose()


@pytest.mark.parametrize("content", [b"", b"not gzip", b"\x1f\x8b\x08\x00broken"])
def test_import_of_a_bad_file_is_a_clear_error(app, tmp_path, content: bytes) -> None:
    bad = tmp_path / "bad.gz"
    bad.write_bytes(content)
    with pytest.raises(InstanceError):
        restore(app.extensions["exchange"]["engine"], bad)


def test_export_needs_exactly_one_destination(env) -> None:
    assert CliRunner().invoke(main, ["export"]).exit_code == 2
