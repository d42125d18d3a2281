"""Time building a maturity result (scores, sector medians, ranked gaps, linked cases).

Usage: python bench/maturity_results.py [ORGANISATIONS] [CASES]
Builds a scratch SQLite database: the built-in frameworks, ORGANISATIONS organisations each with a
SIRI assessment, CASES published case studies (inserted directly: the anonymiser is not timed
here), then times ``assessment_result`` for every assessment and prints median and worst.
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from exchange.db import make_engine, make_session_factory
from exchange.domain.actor import Actor
from exchange.domain.roles import Role
from exchange.domain.vocabulary import TECHNOLOGIES
from exchange.maturity.assessments import create_assessment
from exchange.maturity.frameworks import framework_view, load_builtin_frameworks
from exchange.maturity.results import assessment_result
from exchange.maturity.scoring import AssessmentInput
from exchange.migrate import upgrade
from exchange.models import Contribution, ContributionTerm, MaturityFramework, Organisation, Revision


def _cases(session, organisation_id: int, count: int, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    for n in range(count):
        before = rng.randint(1, 4)
        case = Contribution(organisation_id=organisation_id, state="published", segment="biologics",
                            maturity_before=before, maturity_after=rng.randint(before + 1, 5),
                            published_at=datetime.now(UTC))
        case.terms = [ContributionTerm(vocabulary="technology", code=c) for c in rng.sample(list(TECHNOLOGIES), 2)]
        session.add(case)
        session.flush()
        revision = Revision(contribution_id=case.id, number=1, redacted={"title": f"Case {n}"})
        session.add(revision)
        session.flush()
        case.current_revision_id = case.published_revision_id = revision.id


def main(organisations: int, cases: int) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        upgrade(url)
        engine = make_engine(url)
        session = make_session_factory(engine)()
        load_builtin_frameworks(session)
        siri = framework_view(session.query(MaturityFramework).filter_by(slug="siri").one())
        actors = []
        for n in range(organisations):
            org = Organisation(name=f"Bench {n}", kind="manufacturer", segments=["biologics"])
            session.add(org)
            session.flush()
            actors.append(Actor(None, org.id, Role.MEMBER))
            answers = {q.id: rng.randint(0, 4) for d in siri.dimensions for q in d.questions}
            targets = {d.code: rng.randint(3, 5) for d in siri.dimensions}
            create_assessment(session, actors[-1], AssessmentInput(siri.id, answers, targets, {}))
        _cases(session, actors[0].organisation_id or 0, cases, rng)
        session.commit()
        timings = []
        for n, who in enumerate(actors):
            start = time.perf_counter()
            assessment_result(session, who, n + 1, min_group_size=5)
            timings.append((time.perf_counter() - start) * 1000)
        session.close()
        engine.dispose()
    print(f"{organisations} organisations, {cases} published cases, SIRI (16 dimensions): "
          f"assessment_result median {statistics.median(timings):.1f} ms, worst {max(timings):.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50, int(sys.argv[2]) if len(sys.argv) > 2 else 500)
