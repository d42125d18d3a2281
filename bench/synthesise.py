"""Synthesise many published case studies quickly, for load tests at library scale: copies of the
seed library's published, redacted revisions with numbered titles, written in bulk (no pipeline,
no audit events, no search index). Run inside an environment where ``EXCHANGE_*`` points at the
bench database: ``python bench/synthesise.py 10000``. For benchmarks only, never a real deployment.
"""
from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from exchange.config import default_instance_path, load_config
from exchange.db import make_engine, make_session_factory
from exchange.models import Contribution, Revision

BATCH = 500


def synthesise(count: int) -> int:
    engine = make_engine(load_config(Path(default_instance_path()))["DATABASE_URL"])
    factory = make_session_factory(engine)
    with factory() as session:
        templates = session.execute(select(Contribution, Revision).join(
            Revision, Revision.id == Contribution.published_revision_id).where(
            Contribution.state == "published")).all()
        if not templates:
            raise SystemExit("no published case to copy: seed first")
        made = 0
        while made < count:
            made += _batch(session, templates, made, min(BATCH, count - made))
            session.commit()
    engine.dispose()
    return made


def _batch(session, templates, start: int, size: int) -> int:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    pairs = []
    for i in range(start, start + size):
        source, revision = templates[i % len(templates)]
        copy = Contribution(organisation_id=source.organisation_id, kind=source.kind, state="published",
                            segment=source.segment, maturity_before=source.maturity_before,
                            maturity_after=source.maturity_after, published_at=now - timedelta(minutes=i))
        redacted = dict(revision.redacted or {})
        redacted["title"] = f"{redacted.get('title', 'Case')} (synthetic {i + 1})"
        pairs.append((copy, redacted, revision.redaction_report))
    session.add_all([c for c, _, _ in pairs])
    session.flush()
    revisions = [Revision(contribution_id=c.id, number=1, redacted=r, redaction_report=rep, published_at=now)
                 for c, r, rep in pairs]
    session.add_all(revisions)
    session.flush()
    for (copy, _, _), revision in zip(pairs, revisions, strict=True):
        copy.current_revision_id = copy.published_revision_id = revision.id
    return size


if __name__ == "__main__":
    print(f"synthesised {synthesise(int(sys.argv[1]))} published case studies")
