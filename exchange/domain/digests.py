"""E-mail digests of saved searches: one message per member listing the cases published since
each due saved search's last digest. Each digest covers the window (last digest, start of this
run], and the window is closed (``last_digest_at`` moved) only once the member's message has
gone, so running twice sends nothing new and a failed send is retried by the next run."""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from exchange.domain.accounts import actor_for
from exchange.domain.saved_search_matches import Matches, new_since
from exchange.domain.saved_searches import Frequency, SavedSearchInfo, info
from exchange.mail import Mailer
from exchange.models import SavedSearch, User
from search import SearchIndex

log = logging.getLogger(__name__)
PERIODS = {Frequency.DAILY: timedelta(days=1), Frequency.WEEKLY: timedelta(days=7)}
EARLY = timedelta(hours=1)
"""A timer that fires up to an hour early still finds yesterday's searches due."""
LISTED = 20


@dataclass(frozen=True)
class DigestLinks:
    case_url: Callable[[int], str]
    manage_url: str


@dataclass
class DigestReport:
    members: int = 0
    mailed: int = 0
    cases: int = 0
    failed: int = 0


def due_owners(session: Session, now: datetime, frequency: Frequency | None = None) -> list[int]:
    """Users with at least one saved search whose digest is due, in id order."""
    return sorted({s.user_id for s in _due(session, now, frequency)})


def send_digests(factory: sessionmaker[Session], index: SearchIndex, mailer: Mailer, links: DigestLinks,
                 frequency: Frequency | None = None, now: datetime | None = None,
                 progress: Callable[[int], None] | None = None) -> DigestReport:
    """Send every due digest; one transaction per member."""
    now = now or datetime.now(UTC)
    report = DigestReport()
    with factory() as session:
        owners = due_owners(session, now, frequency)
    for user_id in owners:
        with factory() as session, session.begin():
            _one_member(session, index, mailer, links, user_id, frequency, now, report)
        if progress:
            progress(1)
    return report


def _one_member(session: Session, index: SearchIndex, mailer: Mailer, links: DigestLinks, user_id: int,
                frequency: Frequency | None, now: datetime, report: DigestReport) -> None:
    report.members += 1
    user = session.get(User, user_id)
    actor = actor_for(user) if user is not None and user.active else None
    if user is None or actor is None or actor.role is None:
        return  # an inactive or departed member gets nothing; the searches stay due
    searches = [s for s in _due(session, now, frequency) if s.user_id == user_id]
    found = [(saved, new_since(session, index, actor, saved, saved.since, now, LISTED))
             for saved in map(info, searches)]
    fresh = [(saved, matches) for saved, matches in found if matches.total]
    if fresh:
        try:
            mailer.send(user.email, _subject(fresh), _body(fresh, links))
        except OSError as exc:  # SMTP errors are OSErrors: leave the window open for the next run
            report.failed += 1
            log.warning("digest for user %s not sent: %s", user_id, type(exc).__name__)
            return
        report.mailed += 1
        report.cases += sum(m.total for _, m in fresh)
    for search in searches:
        search.last_digest_at = now


def _due(session: Session, now: datetime, frequency: Frequency | None) -> list[SavedSearch]:
    wanted = [frequency] if frequency else list(PERIODS)
    rows = session.scalars(select(SavedSearch).where(SavedSearch.digest_frequency.in_(wanted))
                           .order_by(SavedSearch.user_id, SavedSearch.id))
    return [s for s in rows if (s.last_digest_at or s.created_at) <= now - PERIODS[Frequency(s.digest_frequency)] + EARLY]


def _subject(fresh: list[tuple[SavedSearchInfo, Matches]]) -> str:
    total = sum(m.total for _, m in fresh)
    return f"The Exchange: {total} new case stud{'y' if total == 1 else 'ies'} for your saved searches"


def _body(fresh: list[tuple[SavedSearchInfo, Matches]], links: DigestLinks) -> str:
    lines = ["New anonymised case studies were published that match your saved searches.", ""]
    for saved, matches in fresh:
        lines.append(f"{saved.name} — {matches.total}{'+' if matches.more else ''} new")
        for match in matches.items:
            lines.append(f"  • {' '.join(match.title.split())} ({match.published_at:%B %Y})")
            lines.append(f"    {links.case_url(match.id)}")
        if matches.total > len(matches.items):
            lines.append(f"  … and {matches.total - len(matches.items)} more: run the search in the library.")
        lines.append("")
    lines += [f"Change how often you hear from us, or stop these e-mails: {links.manage_url}", ""]
    return "\n".join(lines)

