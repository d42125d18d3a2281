"""``exchange maturity load FILE``: load a framework file (the operator, as the system actor)."""
from __future__ import annotations

from pathlib import Path

import click

from exchange.db import unit_of_work
from exchange.domain.errors import ValidationFailed
from exchange.maturity.framework_file import MAX_FILE_BYTES
from exchange.maturity.frameworks import load_framework_as_operator


@click.group("maturity")
def maturity() -> None:
    """Digital maturity frameworks."""


@maturity.command("load")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def load(file: Path) -> None:
    """Validate FILE (YAML) and load it as a framework; a malformed file is refused with its line."""
    from exchange.app import create_app

    if file.stat().st_size > MAX_FILE_BYTES:
        raise click.ClickException(f"{file.name}: the file is larger than {MAX_FILE_BYTES // 1024} KiB")
    app = create_app()
    try:
        with unit_of_work(app.extensions["exchange"]["sessions"]) as session:
            outcome = load_framework_as_operator(session, file.read_bytes())
    except ValidationFailed as exc:
        raise click.ClickException(f"{file.name}: {exc}") from None
    finally:
        app.extensions["exchange"]["engine"].dispose()
    state = "loaded" if outcome.created else "already loaded (same content)"
    click.echo(f"Framework {outcome.slug} version {outcome.version} {state} (id {outcome.framework_id}).")
