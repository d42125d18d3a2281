"""The contributor's redaction review: side by side, redact more, restore with confirmation,
confirm warnings before approval; owner-only and audited."""
from __future__ import annotations

import pytest
from sqlalchemy import select

import anonymiser
from anonymiser.text.result import AnonymisationResult, ResidualWarning
from exchange.domain import contributions, pipeline, review
from exchange.domain.errors import IllegalTransition, NotFound, PermissionDenied, ValidationFailed
from exchange.models import AuditEvent, Revision
from tests.factories import actor, make_case


@pytest.fixture()
def in_review(app, session, vault, world):  # type: ignore[no-untyped-def]
    case = make_case(session, vault, world.contributor_a)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "submit")
    session.commit()
    pipeline.process(app.extensions["exchange"]["sessions"], vault, case.id)
    session.expire_all()
    return case.id


def _published_text(session, case_id: int) -> str:  # type: ignore[no-untyped-def]
    from exchange.models import Contribution

    revision = session.get(Revision, session.get(Contribution, case_id).current_revision_id)
    return " ".join(revision.redacted.values())


def test_review_shows_original_and_redacted_side_by_side(session, vault, world, in_review) -> None:
    view = review.review_view(session, vault, actor(world.contributor_a), in_review)
    title = next(f for f in view.fields if f.name == "title")
    assert "".join(s.text for s in title.original).startswith("Acmeford Biologics")
    assert "Acmeford" not in "".join(s.text for s in title.redacted)
    assert any(s.finding is not None and s.category for s in title.redacted)


def test_adding_a_term_redacts_it_everywhere_and_is_audited(session, vault, world, in_review) -> None:
    assert "QA" in _published_text(session, in_review)
    review.add_terms(session, vault, actor(world.contributor_a), in_review, ["QA", "  "])
    assert "QA" not in _published_text(session, in_review)
    assert session.scalar(select(AuditEvent).where(AuditEvent.action == "redaction.add")) is not None


@pytest.mark.parametrize("terms", [[], ["  "], ["acmeford"]])
def test_adding_nothing_new_is_refused(session, vault, world, in_review, terms) -> None:
    with pytest.raises(ValidationFailed):
        review.add_terms(session, vault, actor(world.contributor_a), in_review, terms)


def test_restoring_needs_confirmation_and_never_restores_a_declared_term(session, vault, world, in_review) -> None:
    view = review.review_view(session, vault, actor(world.contributor_a), in_review)
    body = next(f for f in view.fields if f.name == "body")
    email = next(i for i, f in enumerate(body.findings) if "@" in f["original"])
    phone = next(i for i, f in enumerate(body.findings) if "496" in f["original"])
    declared = next(i for i, f in enumerate(body.findings) if f["category"] == "declared")
    with pytest.raises(ValidationFailed):
        review.restore(session, vault, actor(world.contributor_a), in_review, "body", email, confirmed=False)
    with pytest.raises(PermissionDenied):
        review.restore(session, vault, actor(world.contributor_a), in_review, "body", declared, confirmed=True)
    with pytest.raises(ValidationFailed, match="declared sensitive"):  # the address contains "acmeford"
        review.restore(session, vault, actor(world.contributor_a), in_review, "body", email, confirmed=True)
    session.rollback()
    review.restore(session, vault, actor(world.contributor_a), in_review, "body", phone, confirmed=True)
    assert "0161 496 0000" in _published_text(session, in_review)
    event = session.scalar(select(AuditEvent).where(AuditEvent.action == "redaction.restore"))
    assert event is not None and "496" not in repr(event.detail)


@pytest.mark.parametrize(("field", "index"), [("body", 999), ("body", -1), ("nofield", 0)])
def test_restoring_an_unknown_redaction_is_refused(session, vault, world, in_review, field, index) -> None:
    with pytest.raises(ValidationFailed):
        review.restore(session, vault, actor(world.contributor_a), in_review, field, index, confirmed=True)


def test_only_the_owning_contributor_changes_the_redaction(session, vault, world, in_review) -> None:
    with pytest.raises(PermissionDenied):
        review.add_terms(session, vault, actor(world.member_a), in_review, ["QA"])
    for outsider in (world.contributor_b, world.curator, world.admin):
        with pytest.raises(NotFound):
            review.review_view(session, vault, actor(outsider), in_review)


def test_redaction_cannot_change_after_approval(session, vault, world, in_review) -> None:
    contributions.take_action(session, vault, actor(world.contributor_a), in_review, "approve")
    with pytest.raises(IllegalTransition):
        review.add_terms(session, vault, actor(world.contributor_a), in_review, ["QA"])


def test_approval_waits_for_every_warning_to_be_confirmed(app, session, vault, world, monkeypatch) -> None:
    real = anonymiser.anonymise_fields

    def with_warning(fields, terms=(), **options):  # type: ignore[no-untyped-def]
        results = real(fields, terms=terms, **options)
        body = results["body"]
        results["body"] = AnonymisationResult(body.text, body.source_text, body.findings,
                                              (ResidualWarning(0, 4, "Some", "unknown_acronym", "check"),))
        return results

    monkeypatch.setattr(anonymiser, "anonymise_fields", with_warning)
    case = make_case(session, vault, world.contributor_a)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "submit")
    session.commit()
    pipeline.process(app.extensions["exchange"]["sessions"], vault, case.id)
    session.expire_all()
    with pytest.raises(ValidationFailed, match="warning"):
        contributions.take_action(session, vault, actor(world.contributor_a), case.id, "approve")
    session.rollback()
    view = review.review_view(session, vault, actor(world.contributor_a), case.id)
    assert review.confirm_warnings(session, actor(world.contributor_a), case.id, view.unconfirmed) == 1
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "approve")
    assert session.get(type(contributions.get_contribution(session, actor(world.contributor_a), case.id)), case.id).state == "curator_review"
