"""The pipeline passes the contributor's own organisation name as an organisation term: whatever its
shape, it comes out as [Organisation X], never as a person."""
from __future__ import annotations

from dataclasses import replace

from exchange.domain import contributions, pipeline
from exchange.models import Contribution, Revision
from tests.factories import CANARY_TEXT, actor, make_org, make_user


def test_own_organisation_name_shaped_like_a_person_is_labelled_an_organisation(app, session, vault) -> None:
    org = make_org(session, "Kestrel Moor", known_terms=["Kestrel Moor"])
    contributor = make_user(session, org, "contributor", "contrib@kestrel.example")
    session.commit()
    data = replace(CANARY_TEXT, title="Kestrel Moor cuts changeover", sensitive_terms=(),
                   summary="Kestrel Moor deployed cobots.", body="Kestrel Moor led the work with its own engineers.",
                   lessons="Involve QA early.")
    case = contributions.create_case_study(session, vault, actor(contributor), data)
    contributions.take_action(session, vault, actor(contributor), case.id, "submit")
    session.commit()
    assert pipeline.process(app.extensions["exchange"]["sessions"], vault, case.id) == "contributor_review"
    session.expire_all()
    redacted = session.get(Revision, session.get(Contribution, case.id).current_revision_id).redacted
    assert redacted["title"].startswith("[Organisation A]") and redacted["body"].startswith("[Organisation A]")
    assert not any("Kestrel" in value or "[Person" in value for value in redacted.values())
