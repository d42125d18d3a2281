"""E-mail digests of saved searches: one message per member with due searches, listing redacted
titles of cases published in the window; running twice sends nothing new; nothing new, nothing
sent; a failed send is retried by the next run."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import update

from exchange import indexing
from exchange.domain import digests, saved_searches
from exchange.domain.saved_searches import SavedSearchInput
from exchange.mail import FileMailer
from exchange.models import SavedSearch
from tests.exchange.saved_search_cases import SECRET_SITE, publish, story
from tests.factories import actor

LINKS = digests.DigestLinks(case_url=lambda case_id: f"https://exchange.test/cases/{case_id}",
                            manage_url="https://exchange.test/searches/")
NOW = datetime.now(UTC)


@pytest.fixture()
def outbox(app) -> Path:  # type: ignore[no-untyped-def]
    return Path(app.config["DATA_DIR"]) / "outbox"


def _save(app, session, user, text: str, frequency: str, saved_at: datetime) -> int:  # type: ignore[no-untyped-def]
    saved = saved_searches.create(session, indexing.app_index(app), actor(user),
                                  SavedSearchInput(text=text, frequency=frequency))
    session.execute(update(SavedSearch).where(SavedSearch.id == saved.id).values(created_at=saved_at))
    session.commit()
    return saved.id


def _send(app, outbox: Path, now: datetime = NOW, frequency=None, mailer=None) -> digests.DigestReport:  # type: ignore[no-untyped-def]
    return digests.send_digests(app.extensions["exchange"]["sessions"], indexing.app_index(app),
                                mailer or FileMailer(outbox), LINKS, frequency, now)


def _mails(outbox: Path) -> list:  # type: ignore[type-arg]
    return [message_from_bytes(p.read_bytes(), policy=policy.default) for p in sorted(outbox.glob("*.eml"))]


def test_a_due_member_gets_one_mail_listing_new_redacted_matches_and_a_second_run_sends_nothing(
        app, session, vault, world, outbox) -> None:
    old = publish(app, session, vault, world, story("Cobots before saving"), NOW - timedelta(days=3))
    new = publish(app, session, vault, world, story("Cobots after saving"), NOW - timedelta(hours=3))
    _save(app, session, world.member_a, "cobots", "daily", NOW - timedelta(days=2))
    _save(app, session, world.member_a, "changeover", "weekly", NOW - timedelta(days=8))
    report = _send(app, outbox)
    assert (report.members, report.mailed, report.cases, report.failed) == (1, 1, 3, 0)
    [mail] = _mails(outbox)
    body = mail.get_content()
    assert mail["To"] == "member@acmeford.example" and mail["Subject"] == (
        "The Exchange: 3 new case studies for your saved searches")
    cobots, changeover = body.split("changeover — ")
    assert "cobots — 1 new" in cobots and changeover.startswith("2 new")
    assert f"https://exchange.test/cases/{new}" in cobots and f"/cases/{old}" not in cobots
    assert f"https://exchange.test/cases/{old}" in changeover and f"/cases/{new}" in changeover
    assert SECRET_SITE not in body and "Cobots after saving at" in body
    assert "https://exchange.test/searches/" in body
    again = _send(app, outbox, NOW + timedelta(minutes=5))
    assert (again.members, again.mailed) == (0, 0) and len(_mails(outbox)) == 1


def test_nothing_new_sends_nothing_but_closes_the_window(app, session, vault, world, outbox) -> None:
    publish(app, session, vault, world, story("Cobots long ago"), NOW - timedelta(days=5))
    saved_id = _save(app, session, world.member_a, "cobots", "daily", NOW - timedelta(days=2))
    report = _send(app, outbox)
    assert (report.members, report.mailed) == (1, 0) and _mails(outbox) == []
    session.expire_all()
    assert session.get(SavedSearch, saved_id).last_digest_at == NOW


def test_searches_not_yet_due_or_without_digest_are_left_alone(app, session, vault, world, outbox) -> None:
    publish(app, session, vault, world, story("Cobots fresh"), NOW - timedelta(minutes=30))
    _save(app, session, world.member_a, "cobots", "daily", NOW - timedelta(hours=12))
    _save(app, session, world.member_a, "cobots", "weekly", NOW - timedelta(days=3))
    _save(app, session, world.contributor_b, "cobots", "none", NOW - timedelta(days=30))
    assert _send(app, outbox).members == 0 and _mails(outbox) == []
    assert _send(app, outbox, NOW + timedelta(hours=12)).mailed == 1


def test_frequency_option_picks_only_those_searches(app, session, vault, world, outbox) -> None:
    publish(app, session, vault, world, story("Cobots weekly"), NOW - timedelta(hours=1))
    _save(app, session, world.member_a, "cobots", "daily", NOW - timedelta(days=2))
    _save(app, session, world.contributor_b, "cobots", "weekly", NOW - timedelta(days=8))
    report = _send(app, outbox, frequency=saved_searches.Frequency.WEEKLY)
    assert report.mailed == 1 and [m["To"] for m in _mails(outbox)] == ["contrib@other.example"]


def test_each_member_gets_their_own_mail(app, session, vault, world, outbox) -> None:
    publish(app, session, vault, world, story("Cobots for all"), NOW - timedelta(hours=1))
    for user in (world.member_a, world.curator, world.admin):
        _save(app, session, user, "cobots", "daily", NOW - timedelta(days=2))
    assert _send(app, outbox).mailed == 3
    assert sorted(m["To"] for m in _mails(outbox)) == ["admin@centre.example", "curator@centre.example",
                                                      "member@acmeford.example"]


class _Down:
    def send(self, to: str, subject: str, body: str) -> None:
        raise ConnectionRefusedError("smtp down")


def test_a_failed_send_keeps_the_window_open_for_the_next_run(app, session, vault, world, outbox) -> None:
    publish(app, session, vault, world, story("Cobots retried"), NOW - timedelta(hours=1))
    _save(app, session, world.member_a, "cobots", "daily", NOW - timedelta(days=2))
    assert _send(app, outbox, mailer=_Down()).failed == 1
    report = _send(app, outbox, NOW + timedelta(minutes=10))
    assert report.mailed == 1 and "Cobots retried" in _mails(outbox)[0].get_content()


def test_a_withdrawn_case_is_not_in_the_digest(app, session, vault, world, outbox) -> None:
    from tests.exchange.saved_search_cases import take

    kept = publish(app, session, vault, world, story("Cobots kept"), NOW - timedelta(hours=2))
    gone = publish(app, session, vault, world, story("Cobots withdrawn"), NOW - timedelta(hours=1))
    take(app, session, vault, world, gone, "withdraw")
    _save(app, session, world.member_a, "cobots", "daily", NOW - timedelta(days=2))
    _send(app, outbox)
    body = _mails(outbox)[0].get_content()
    assert f"/cases/{kept}" in body and f"/cases/{gone}" not in body and "withdrawn" not in body.lower()


def test_digest_command_sends_with_a_progress_bar_and_is_idempotent(app, session, vault, world, outbox,
                                                                      monkeypatch) -> None:
    publish(app, session, vault, world, story("Cobots by command"), datetime.now(UTC) - timedelta(hours=1))
    _save(app, session, world.member_a, "cobots", "daily", datetime.now(UTC) - timedelta(days=2))
    for key in ("DATABASE_URL", "DATA_DIR", "MASTER_KEY_FILE"):
        monkeypatch.setenv(f"EXCHANGE_{key}", app.config[key])
    from exchange.cli import main

    first = CliRunner().invoke(main, ["digest", "send", "--frequency", "daily", "--base-url", "https://x.test/"])
    assert first.exit_code == 0, first.output
    assert "Sending digests" in first.output and "sent 1 digest(s)" in first.output
    assert "https://x.test/cases/" in _mails(outbox)[0].get_content()
    second = CliRunner().invoke(main, ["digest", "send"])
    assert second.exit_code == 0 and "sent 0 digest(s)" in second.output and len(_mails(outbox)) == 1
    assert CliRunner().invoke(main, ["digest", "send", "--frequency", "hourly"]).exit_code == 2
