"""Fixtures for the maturity tests: the built-in frameworks loaded, answers, published cases."""
from __future__ import annotations

from collections.abc import Mapping

import pytest
from sqlalchemy.orm import Session

from exchange.domain import contributions, pipeline
from exchange.domain.contribution_input import CaseStudyInput
from exchange.maturity.frameworks import list_frameworks, load_builtin_frameworks
from exchange.maturity.scoring import AssessmentInput
from exchange.maturity.views import FrameworkView
from exchange.models import Contribution, User
from tests.exchange.conftest import World, world  # noqa: F401
from tests.factories import actor


@pytest.fixture()
def frameworks(session: Session, world: World) -> dict[str, FrameworkView]:  # noqa: F811
    load_builtin_frameworks(session)
    session.commit()
    return {f.slug: f for f in list_frameworks(session, actor(world.member_a))}


def answers(framework: FrameworkView, level: int, target: int, priority: int = 2,
            overrides: Mapping[str, tuple[int, int, int]] | None = None) -> AssessmentInput:
    """Every question answered ``level``; ``overrides``: dimension code → (level, target, priority)."""
    overrides = overrides or {}
    data: dict[int, int] = {}
    targets: dict[str, int] = {}
    priorities: dict[str, int] = {}
    for dim in framework.dimensions:
        lvl, tgt, prio = overrides.get(dim.code, (level, target, priority))
        data.update({q.id: lvl for q in dim.questions})
        targets[dim.code], priorities[dim.code] = tgt, prio
    return AssessmentInput(framework.id, data, targets, priorities)


def publish_case(app, session: Session, vault, contributor: User, *, title: str, technologies: tuple[str, ...],  # type: ignore[no-untyped-def]
                 before: int | None, after: int | None, segment: str = "biologics",
                 barriers: tuple[str, ...] = ("risk_aversion",), publish: bool = True,
                 sensitive_terms: tuple[str, ...] = ()) -> Contribution:
    data = CaseStudyInput(title=title, summary="A fictional deployment.", body="What was done and what it gave.",
                          lessons="Start small.", segment=segment, technologies=technologies, barriers=barriers,
                          maturity_before=before, maturity_after=after, sensitive_terms=sensitive_terms)
    case = contributions.create_case_study(session, vault, actor(contributor), data)
    contributions.take_action(session, vault, actor(contributor), case.id, "submit")
    session.commit()
    assert pipeline.process(app.extensions["exchange"]["sessions"], vault, case.id) == "contributor_review"
    session.expire_all()
    if publish:
        contributions.take_action(session, vault, actor(contributor), case.id, "approve")
        curator = session.get(User, _curator_id(session))
        contributions.take_action(session, vault, actor(curator), case.id, "publish")
        session.commit()
    found = session.get(Contribution, case.id)
    assert found is not None
    return found


def _curator_id(session: Session) -> int:
    from sqlalchemy import select

    from exchange.models import Membership

    return int(session.scalar(select(Membership.user_id).where(Membership.role == "curator").limit(1)) or 0)
