"""Every seed case goes through the real pipeline and is published with none of its declared
sensitive terms (nor its organisation's name, aliases or sites) left in the published text."""
from __future__ import annotations

import re

from sqlalchemy import select

from exchange.app import REPO_ROOT
from exchange.domain.redaction import fold
from exchange.models import Contribution, Organisation, Revision
from exchange.seeding import load_seed
from exchange.seeding.files import read_cases


def test_every_seed_is_published_without_its_declared_terms(app, session) -> None:
    report = load_seed(app)
    cases = {c.key: c for c in read_cases(REPO_ROOT / "seed_cases")}
    assert report.failed == [] and report.published == len(cases) >= 48
    leaks = []
    for contribution in session.scalars(select(Contribution).where(Contribution.kind == "case_study")):
        case = cases[contribution.external_ref]
        organisation = session.get(Organisation, contribution.organisation_id)
        published = fold(" ".join(session.get(Revision, contribution.published_revision_id).redacted.values()))
        for term in (*case.content.sensitive_terms, *organisation.known_terms):
            if re.search(r"(?<!\w)" + re.escape(fold(term)) + r"(?!\w)", published):
                leaks.append((contribution.external_ref, term))
    assert leaks == []
