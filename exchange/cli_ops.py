"""Operator commands: key rotation, backups, and whole-instance export and import."""
from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

import click
from flask import Flask

from exchange.config import write_secret
from exchange.instance import InstanceError, restore, sqlite_backup


def register(main: click.Group, make_app: Callable[[], Flask]) -> None:
    """Add the commands; ``make_app`` gives an app that is closed when the command ends."""
    @main.group()
    def keys() -> None:
        """The vault's master key."""

    @keys.command("rotate")
    def keys_rotate() -> None:
        """Re-wrap every contribution's data key with a new master key (content is not re-encrypted)."""
        _rotate(make_app())

    def _rotate(app: Flask) -> None:
        from exchange.db import unit_of_work
        from exchange.domain.vault import LocalMasterKey

        key_file = Path(app.config["MASTER_KEY_FILE"])
        new_file = key_file.with_name(key_file.name + ".new")
        new_key = secrets.token_bytes(32)
        write_secret(new_file, new_key)
        ext = app.extensions["exchange"]
        with unit_of_work(ext["sessions"]) as session:
            count = ext["vault"].rotate(session, LocalMasterKey(new_key))
        previous = key_file.with_name(key_file.name + ".previous")
        os.replace(key_file, previous)
        os.replace(new_file, key_file)
        click.echo(f"Re-wrapped {count} data key(s). The new master key is in {key_file}; the old one was "
                   f"moved to {previous}: destroy it once your backups of the new key are verified.")

    @main.command("backup")
    @click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
    def backup(target: Path) -> None:
        """A consistent online copy of the SQLite database (keys are not included: back them up apart)."""
        try:
            sqlite_backup(make_app().config["DATABASE_URL"], target)
        except InstanceError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"Backed up the database to {target}.")

    @main.command("import")
    @click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    def import_command(source: Path) -> None:
        """Restore an instance dump (from `exchange export --instance FILE`) into an empty, migrated database.
        The master key file must be the one the dump was made with."""
        try:
            counts = restore(make_app().extensions["exchange"]["engine"], source)
        except InstanceError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"Restored {sum(counts.values())} rows in {len(counts)} tables.")
