"""The ``exchange`` command: serve, worker, db upgrade, seed, user/org create, token create, export, audit verify,
digest send."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from flask import Flask
from sqlalchemy.orm import Session

from exchange.app import create_app
from exchange.cli_ops import register as register_operations
from exchange.db import unit_of_work
from exchange.digest_cli import register as register_digest
from exchange.domain.actor import SYSTEM
from exchange.domain.errors import DomainError
from exchange.maturity import cli as maturity_cli


def _app() -> Flask:
    """The app for this command; its engine and search index are closed when the command ends."""
    app = create_app()
    click.get_current_context().call_on_close(lambda: _close(app))
    return app


def _close(app: Flask) -> None:
    ext = app.extensions["exchange"]
    if "search" in ext:
        ext.pop("search").close()
    ext["engine"].dispose()


@contextmanager
def _transaction(app: Flask) -> Iterator[Session]:
    with unit_of_work(app.extensions["exchange"]["sessions"]) as session:
        yield session


@click.group(help="The Exchange: anonymised case studies and benchmarks for UK medicines manufacturing.")
def main() -> None:
    pass


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="gunicorn worker processes; 1 (and --threads 1) keeps the single-process server")
@click.option("--threads", default=1, show_default=True, type=click.IntRange(1, 32),
              help="threads per gunicorn worker (gunicorn's gthread worker when more than 1)")
def serve(host: str, port: int, workers: int, threads: int) -> None:
    """Serve the Exchange (one process, or N gunicorn workers; see deploy/ for production).
    A missing or damaged search index is rebuilt from the database first."""
    from exchange import indexing

    app = _app()
    if indexing.ensure_healthy(app.extensions["exchange"]["sessions"], indexing.app_index(app)):
        click.echo("The search index was missing or damaged and has been rebuilt from the database.")
    if workers > 1 or threads > 1:
        from exchange.serving import serve_with_gunicorn

        _close(app)
        serve_with_gunicorn(host, port, workers, threads)
        return
    from exchange.warmup import warm_process

    warm_process(app)
    app.run(host=host, port=port, debug=False, use_reloader=False)


@main.command()
def reindex() -> None:
    """Rebuild the search index from the database (published, redacted revisions only)."""
    from sqlalchemy import func, select

    from exchange import indexing
    from exchange.models import Contribution

    app = _app()
    factory = app.extensions["exchange"]["sessions"]
    with factory() as session:
        total = session.scalar(select(func.count()).select_from(Contribution)) or 0
    with click.progressbar(length=total, label="Reindexing contributions") as bar:
        count = indexing.rebuild(factory, indexing.app_index(app), progress=bar.update)
    click.echo(f"Indexed {count} published case studies.")


@main.command()
@click.option("--burst", is_flag=True, help="stop when the queue is empty")
def worker(burst: bool) -> None:
    """Run an RQ worker for the anonymisation pipeline (needs EXCHANGE_QUEUE_URL)."""
    from exchange.worker import run_worker

    app = _app()
    if not app.config["QUEUE_URL"]:
        raise click.ClickException("EXCHANGE_QUEUE_URL is not set: the pipeline runs in-process.")
    run_worker(app, burst=burst)


@main.group()
def db() -> None:
    """Database schema commands."""


@db.command("create")
def db_create() -> None:
    """Create the PostgreSQL database of EXCHANGE_DATABASE_URL if it does not exist."""
    from exchange.config import default_instance_path, load_config
    from exchange.provision import create_database_if_missing

    url = load_config(default_instance_path())["DATABASE_URL"]
    click.echo("Database created." if create_database_if_missing(url) else "Database exists (or is SQLite).")


@db.command("upgrade")
def db_upgrade() -> None:
    """Bring the database schema to the latest migration."""
    from exchange.migrate import upgrade

    app = _app()
    upgrade(app.config["DATABASE_URL"])
    _load_builtin_frameworks(app)
    click.echo("Database is at the latest schema.")


def _load_builtin_frameworks(app: Flask) -> None:
    from exchange.maturity.frameworks import load_builtin_frameworks

    try:
        with _fail_cleanly(), _transaction(app) as session:
            load_builtin_frameworks(session)
    finally:
        app.extensions["exchange"]["engine"].dispose()


main.add_command(maturity_cli.maturity)


@main.group()
def org() -> None:
    """Organisations."""


@org.command("create")
@click.argument("name")
@click.option("--kind", required=True, help="manufacturer | cdmo | supplier | rto | academia | regulator")
@click.option("--size", "size_band", default="medium", show_default=True)
@click.option("--region", default="")
def org_create(name: str, kind: str, size_band: str, region: str) -> None:
    from exchange.domain.accounts import create_organisation

    with _fail_cleanly(), _transaction(_app()) as session:
        created = create_organisation(session, SYSTEM, name, kind, size_band=size_band, region=region)
        click.echo(f"Created organisation {created.id}: {created.name}")


@main.group()
def user() -> None:
    """Users."""


@user.command("create")
@click.argument("email")
@click.option("--org", "org_name", required=True, help="organisation name")
@click.option("--role", required=True, help="member | contributor | curator | admin")
@click.option("--name", default="")
@click.option("--password-stdin", is_flag=True, help="read the password from standard input")
def user_create(email: str, org_name: str, role: str, name: str, password_stdin: bool) -> None:
    from sqlalchemy import select

    from exchange.domain.accounts import create_user
    from exchange.models import Organisation

    password = sys.stdin.readline().rstrip("\n") if password_stdin else click.prompt(
        "Password", hide_input=True, confirmation_prompt=True)
    with _fail_cleanly(), _transaction(_app()) as session:
        organisation = session.scalar(select(Organisation).where(Organisation.name == org_name))
        if organisation is None:
            raise click.ClickException(f"No organisation called '{org_name}'.")
        created = create_user(session, SYSTEM, email, password, organisation.id, role, name=name)
        click.echo(f"Created user {created.email} ({role} at {organisation.name})")


@main.command()
@click.option("--demo", is_flag=True, help="also print the demo sign-ins")
def seed(demo: bool) -> None:
    """Load the seed library through the real pipeline (idempotent)."""
    from exchange.seeding import load_seed

    app = _app()
    with _fail_cleanly(), click.progressbar(length=0, label="Loading seed case studies") as bar:
        def start(total: int) -> None:
            bar.length = total

        report = load_seed(app, on_start=start, progress=bar.update)
    click.echo(report.summary())
    if demo:
        click.echo(report.sign_ins())


@main.group()
def audit() -> None:
    """The audit trail."""


@audit.command("verify")
def audit_verify() -> None:
    """Walk the hash chain and report the first broken link."""
    from exchange.domain.audit import verify

    app = _app()
    with _transaction(app) as session:
        result = verify(session, app.extensions["exchange"]["audit_key"])
    if result.ok:
        click.echo(f"Audit trail intact: {result.checked} events verified.")
        return
    click.echo(f"Audit trail BROKEN at event {result.broken_at_seq}: {result.problem} "
               f"({result.checked} events before it verified).", err=True)
    sys.exit(1)


@main.group()
def token() -> None:
    """API tokens."""


@token.command("create")
@click.argument("email")
@click.option("--scope", type=click.Choice(["read", "contribute", "curate"]), default="read", show_default=True)
@click.option("--name", default="command line", show_default=True)
def token_create(email: str, scope: str, name: str) -> None:
    """Create an API token for a user and print only the token (it is not stored)."""
    from exchange.domain.tokens import create_token_for_email

    with _fail_cleanly(), _transaction(_app()) as session:
        _, secret = create_token_for_email(session, email, name, scope)
    click.echo(secret)


@token.command("revoke")
@click.argument("email")
@click.option("--name", required=True, help="revoke the user's active tokens with this name")
def token_revoke(email: str, name: str) -> None:
    """Revoke a user's active API tokens by name (each revocation is audited)."""
    from exchange.domain.tokens import revoke_tokens_named_for_email

    with _fail_cleanly(), _transaction(_app()) as session:
        revoked = revoke_tokens_named_for_email(session, email, name)
    click.echo(f"Revoked {revoked} token(s) named {name!r}.")


@main.command("export")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path),
              help="open data: directory to write cases.jsonl, cases.csv, datasets.jsonl, datasets.csv and catalogue.json into")
@click.option("--base-url", default="http://127.0.0.1:5000", show_default=True,
              help="public address of the Exchange, for the catalogue's download links")
@click.option("--instance", "instance_file", type=click.Path(dir_okay=False, path_type=Path),
              help="instead: the whole instance to one file for `exchange import` (raw stays encrypted, no keys)")
def export_command(out: Path | None, base_url: str, instance_file: Path | None) -> None:
    """Write the open-data export of every published, redacted case study (audited), or, with
    --instance, a dump of the whole instance."""
    from exchange.domain.export import write_files

    if (out is None) == (instance_file is None):
        raise click.UsageError("Give either --out DIR (open data) or --instance FILE (whole instance).")
    if instance_file is not None:
        from exchange.instance import dump

        counts = dump(_app().extensions["exchange"]["engine"], instance_file)
        click.echo(f"Wrote {sum(counts.values())} rows from {len(counts)} tables to {instance_file}.")
        return
    with _fail_cleanly(), _transaction(_app()) as session:
        written = write_files(session, SYSTEM, out, base_url)
    for name, count in written.items():
        click.echo(f"{out / name}: {count} record(s)" if name != "catalogue.json" else f"{out / name}")


register_operations(main, _app)
register_digest(main, _app)


@contextmanager
def _fail_cleanly() -> Iterator[None]:
    try:
        yield
    except DomainError as exc:
        message = str(exc)
        errors = getattr(exc, "errors", {})
        if errors:
            message += " " + "; ".join(f"{k}: {v}" for k, v in errors.items())
        raise click.ClickException(message) from None
