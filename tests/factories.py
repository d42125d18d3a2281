"""Test data factories: organisations, users and contributions through the real services."""
from __future__ import annotations

import itertools

from sqlalchemy.orm import Session, sessionmaker

from exchange.domain import accounts, contributions, pipeline
from exchange.domain.accounts import actor_for
from exchange.domain.actor import SYSTEM, Actor
from exchange.domain.contribution_input import CaseStudyInput
from exchange.domain.vault import Vault
from exchange.models import Contribution, Organisation, User
from tests.conftest import PASSWORD

_n = itertools.count(1)


def make_org(session: Session, name: str | None = None, kind: str = "manufacturer", **kw) -> Organisation:  # type: ignore[no-untyped-def]
    name = name or f"Fictional Pharma {next(_n)} Ltd"
    return accounts.create_organisation(session, SYSTEM, name, kind, **kw)


def make_user(session: Session, org: Organisation, role: str, email: str | None = None) -> User:
    email = email or f"{role}{next(_n)}@example.org"
    return accounts.create_user(session, SYSTEM, email, PASSWORD, org.id, role, name=role.title())


def actor(user: User) -> Actor:
    return actor_for(user)


CANARY_TEXT = CaseStudyInput(
    title="Acmeford Biologics cuts changeover at Widnes",
    summary="Acmeford Biologics deployed cobots at its Widnes site.",
    body="Contact jane.doe@acmeford.example or 0161 496 0000. Acmeford led the work.",
    lessons="Acmeford learned to involve QA early.",
    segment="biologics",
    technologies=("robotics_automation",),
    barriers=("risk_aversion",),
    maturity_before=2,
    maturity_after=3,
    sensitive_terms=("Acmeford", "Widnes"),
)


def make_case(session: Session, vault: Vault, contributor: User, data: CaseStudyInput = CANARY_TEXT) -> Contribution:
    return contributions.create_case_study(session, vault, actor_for(contributor), data)


def publish_case(sessions: sessionmaker[Session], session: Session, vault: Vault, contributor: User, curator: User,
                 data: CaseStudyInput = CANARY_TEXT) -> Contribution:
    """A case study taken through the real lifecycle: created, submitted, anonymised, approved,
    published (committed; the search index is left to the caller)."""
    owner = actor_for(contributor)
    case = make_case(session, vault, contributor, data)
    contributions.take_action(session, vault, owner, case.id, "submit")
    session.commit()
    pipeline.process(sessions, vault, case.id)
    session.expire_all()
    contributions.take_action(session, vault, owner, case.id, "approve")
    contributions.take_action(session, vault, actor_for(curator), case.id, "publish")
    session.commit()
    return case
