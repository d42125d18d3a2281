"""``exchange digest send``: e-mail each member the new matches of their due saved searches."""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import click
from flask import Flask

from exchange.domain.errors import DomainError


def register(main: click.Group, make_app: Callable[[], Flask]) -> None:
    @main.group()
    def digest() -> None:
        """E-mail digests of saved searches."""

    @digest.command("send")
    @click.option("--frequency", type=click.Choice(["daily", "weekly"]),
                  help="only saved searches with this digest frequency (default: every due one)")
    @click.option("--base-url", envvar="EXCHANGE_BASE_URL", default="http://127.0.0.1:5000", show_default=True,
                  help="public address of the Exchange, for the links in the e-mails (env EXCHANGE_BASE_URL)")
    def send(frequency: str | None, base_url: str) -> None:
        """Send one e-mail per member listing cases published since each due saved search's last
        digest (through the configured mailer: the outbox directory unless EXCHANGE_SMTP_HOST is set).
        Safe to run twice: a digest already sent is not sent again."""
        from exchange import indexing
        from exchange.domain.digests import DigestLinks, due_owners, send_digests
        from exchange.domain.saved_searches import Frequency
        from exchange.mail import mailer_from_config

        app = make_app()
        factory = app.extensions["exchange"]["sessions"]
        chosen = Frequency(frequency) if frequency else None
        now = datetime.now(UTC)
        root = base_url.rstrip("/")
        links = DigestLinks(case_url=lambda case_id: f"{root}/cases/{case_id}", manage_url=f"{root}/searches/")
        with factory() as session:
            total = len(due_owners(session, now, chosen))
        try:
            with click.progressbar(length=total, label="Sending digests") as bar:
                report = send_digests(factory, indexing.app_index(app), mailer_from_config(app.config), links,
                                      chosen, now, progress=bar.update)
        except DomainError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"Checked {report.members} member(s): sent {report.mailed} digest(s) listing {report.cases} "
                   f"new case(s); {report.failed} failed and will be retried next run.")
        if report.failed:
            raise SystemExit(1)
