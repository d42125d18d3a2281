"""Published, indexed case studies for the saved-search tests, driven through the real services,
the anonymisation pipeline and the index step that follows each commit."""
from __future__ import annotations

from datetime import datetime

from flask import Flask
from sqlalchemy import update
from sqlalchemy.orm import Session

from exchange import indexing
from exchange.domain import contributions
from exchange.domain.contribution_input import CaseStudyInput
from exchange.domain.vault import Vault
from exchange.models import Contribution
from tests.exchange.conftest import World
from tests.factories import actor, publish_case

SECRET_SITE = "Quorlebank"
"""A declared sensitive term: it is in the raw text and must never reach a feed or a digest."""


def story(title: str, segment: str = "biologics", technologies: tuple[str, ...] = ("robotics_automation",)) -> CaseStudyInput:
    return CaseStudyInput(
        title=f"{title} at {SECRET_SITE}", summary=f"{title}: the team at {SECRET_SITE} cut changeover time.",
        body=f"The {SECRET_SITE} plant moved to cobots and continuous processing.", lessons="Involve QA early.",
        segment=segment, technologies=technologies, barriers=("risk_aversion",), maturity_before=2, maturity_after=3,
        sensitive_terms=(SECRET_SITE,))


def publish(app: Flask, session: Session, vault: Vault, world: World, data: CaseStudyInput,
            published_at: datetime | None = None) -> int:
    case = publish_case(app.extensions["exchange"]["sessions"], session, vault, world.contributor_a, world.curator, data)
    if published_at is not None:
        session.execute(update(Contribution).where(Contribution.id == case.id).values(published_at=published_at))
        session.commit()
    indexing.after_commit(app, case.id, "publish")
    return case.id


def take(app: Flask, session: Session, vault: Vault, world: World, case_id: int, action: str) -> None:
    """Withdraw (the owner) or retire (the curator) a published case, then update the index."""
    who = actor(world.contributor_a) if action == "withdraw" else actor(world.curator)
    contributions.take_action(session, vault, who, case_id, action, "Superseded by a newer case.")
    session.commit()
    indexing.after_commit(app, case_id, action)
