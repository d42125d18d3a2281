"""Synthesise many published case studies quickly, for load tests at library scale: copies of the
seed library's published, redacted revisions with numbered titles and bodies, their technology and barrier
tags and their KPI figures, written in bulk (no pipeline, no audit events). The search index is not
written here: run ``exchange reindex`` afterwards (``bench/load.py`` does). Run inside an
environment where ``EXCHANGE_*`` points at the bench database: ``python bench/synthesise.py 10000``.
For benchmarks only, never a real deployment.
"""
from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, text

from exchange.config import default_instance_path, load_config
from exchange.db import make_engine, make_session_factory
from exchange.models import Contribution, ContributionTerm, KpiValue, Revision

BATCH = 500


def synthesise(count: int) -> int:
    engine = make_engine(load_config(Path(default_instance_path()))["DATABASE_URL"])
    factory = make_session_factory(engine)
    with factory() as session:
        templates = session.execute(select(Contribution, Revision).join(
            Revision, Revision.id == Contribution.published_revision_id).where(
            Contribution.state == "published", Contribution.kind == "case_study")).all()
        if not templates:
            raise SystemExit("no published case to copy: seed first")
        terms = {c.id: [(t.vocabulary, t.code) for t in c.terms] for c, _ in templates}
        figures: dict[int, list[KpiValue]] = {}
        for value in session.scalars(select(KpiValue).where(KpiValue.contribution_id.in_(terms))):
            figures.setdefault(value.contribution_id, []).append(value)
        made = 0
        while made < count:
            made += _batch(session, templates, terms, figures, made, min(BATCH, count - made))
            session.commit()
    if engine.dialect.name == "postgresql":
        # What autovacuum does after a bulk load (it is off on some machines, this one included):
        # without fresh statistics the planner expects a few dozen rows and nests loops over 10,000.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("ANALYZE"))
    engine.dispose()
    return made


def _batch(session, templates, terms, figures, start: int, size: int) -> int:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    pairs = []
    for i in range(start, start + size):
        source, revision = templates[i % len(templates)]
        copy = Contribution(organisation_id=source.organisation_id, kind=source.kind, state="published",
                            segment=source.segment, maturity_before=source.maturity_before,
                            maturity_after=source.maturity_after, published_at=now - timedelta(minutes=i),
                            terms=[ContributionTerm(vocabulary=v, code=c) for v, c in terms[source.id]])
        redacted = dict(revision.redacted or {})
        redacted["title"] = f"{redacted.get('title', 'Case')} (synthetic {i + 1})"
        # a text of its own, so that caches keyed by the text (rendered Markdown) see 10,000 stories
        redacted["body"] = f"{redacted.get('body', '')}\n\nSynthetic copy {i + 1} of this case study."
        pairs.append((copy, source.id, redacted, revision.redaction_report))
    session.add_all([c for c, _, _, _ in pairs])
    session.flush()
    session.add_all([KpiValue(contribution_id=copy.id, organisation_id=v.organisation_id, metric=v.metric,
                              phase=v.phase, value=v.value, self_reported=v.self_reported, period_end=v.period_end)
                     for copy, source_id, _, _ in pairs for v in figures.get(source_id, [])])
    revisions = [Revision(contribution_id=c.id, number=1, redacted=r, redaction_report=rep, published_at=now)
                 for c, _, r, rep in pairs]
    session.add_all(revisions)
    session.flush()
    for (copy, _, _, _), revision in zip(pairs, revisions, strict=True):
        copy.current_revision_id = copy.published_revision_id = revision.id
    return size


if __name__ == "__main__":
    print(f"synthesised {synthesise(int(sys.argv[1]))} published case studies")
