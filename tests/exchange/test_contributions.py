"""Contribution use cases on a real database: drafts, the pipeline, review, publication."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text

from exchange.domain import contributions, listings, pipeline
from exchange.domain.contribution_input import CaseStudyInput
from exchange.domain.errors import IllegalTransition, NotFound, PermissionDenied, ValidationFailed, VaultError
from exchange.models import AuditEvent, Contribution, Revision
from tests.factories import CANARY_TEXT, actor, make_case


def _drive_to_review(app, session, vault, world) -> Contribution:  # type: ignore[no-untyped-def]
    case = make_case(session, vault, world.contributor_a)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "submit")
    session.commit()
    assert pipeline.process(app.extensions["exchange"]["sessions"], vault, case.id) == "contributor_review"
    session.expire_all()
    return session.get(Contribution, case.id)


def test_draft_stores_no_raw_text_in_clear(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    session.commit()
    dump = repr([tuple(r) for r in session.execute(text("SELECT * FROM revisions")).all()])
    dump += repr([tuple(r) for r in session.execute(text("SELECT * FROM contributions")).all()])
    assert "Acmeford" not in dump and "Widnes" not in dump
    assert contributions.read_raw(session, vault, actor(world.contributor_a), case.id).title == CANARY_TEXT.title


def test_pipeline_redacts_declared_terms_and_contacts(app, session, vault, world) -> None:
    case = _drive_to_review(app, session, vault, world)
    revision = session.get(Revision, case.current_revision_id)
    published_side = repr(revision.redacted) + repr(revision.redaction_report)
    for canary in ("Acmeford", "Widnes", "jane.doe@acmeford.example", "0161 496 0000"):
        assert canary not in published_side
    assert revision.redacted["title"] != CANARY_TEXT.title


def test_full_journey_to_publication_is_audited(app, session, vault, world) -> None:
    case = _drive_to_review(app, session, vault, world)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "approve")
    contributions.take_action(session, vault, actor(world.curator), case.id, "publish")
    session.commit()
    assert case.state == "published" and case.published_revision_id == case.current_revision_id
    actions = [e.action for e in session.scalars(select(AuditEvent).where(AuditEvent.object_type == "contribution", AuditEvent.object_id == str(case.id)))]
    assert actions == ["contribution.create", "contribution.submit", "contribution.anonymise",
                       "contribution.open_review", "contribution.approve", "contribution.publish"]
    member_view = listings.contribution_detail(session, actor(world.contributor_b), case.id)
    assert member_view.redacted is not None and "Acmeford" not in repr(member_view)


def test_anonymiser_failure_leaves_contribution_failed_and_retryable(app, session, vault, world, monkeypatch) -> None:
    case = make_case(session, vault, world.contributor_a)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "submit")
    session.commit()

    def explode(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("Acmeford secret in a message")

    monkeypatch.setattr(pipeline.anonymiser, "anonymise_fields", explode)
    factory = app.extensions["exchange"]["sessions"]
    assert pipeline.process(factory, vault, case.id) == "failed"
    session.expire_all()
    failed = session.get(Contribution, case.id)
    assert "RuntimeError" in failed.failure_reason and "Acmeford" not in failed.failure_reason
    monkeypatch.undo()
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "retry")
    session.commit()
    assert pipeline.process(factory, vault, case.id) == "contributor_review"


def test_surviving_declared_term_fails_the_pipeline(app, session, vault, world, monkeypatch) -> None:
    case = make_case(session, vault, world.contributor_a)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "submit")
    session.commit()
    from anonymiser import AnonymisationResult

    def leaky(fields, terms=(), **options):  # type: ignore[no-untyped-def]  (an anonymiser that forgot everything)
        return {name: AnonymisationResult(text, text) for name, text in fields.items()}

    monkeypatch.setattr(pipeline.anonymiser, "anonymise_fields", leaky)
    assert pipeline.process(app.extensions["exchange"]["sessions"], vault, case.id) == "failed"
    session.expire_all()
    assert session.get(Revision, session.get(Contribution, case.id).current_revision_id).redacted is None


def test_pipeline_is_idempotent_for_a_contribution_not_submitted(app, session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    session.commit()
    assert pipeline.process(app.extensions["exchange"]["sessions"], vault, case.id) == "draft"


def test_publish_without_contributor_approval_is_refused(app, session, vault, world) -> None:
    case = _drive_to_review(app, session, vault, world)
    with pytest.raises(NotFound):  # before approval the curator cannot even see it
        contributions.take_action(session, vault, actor(world.curator), case.id, "publish")


def test_illegal_transition_changes_nothing(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    session.commit()
    before = session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))
    with pytest.raises(IllegalTransition):
        contributions.take_action(session, vault, actor(world.contributor_a), case.id, "approve")
    session.rollback()
    assert session.get(Contribution, case.id).state == "draft"
    assert session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1)) == before


def test_request_changes_needs_a_comment(app, session, vault, world) -> None:
    case = _drive_to_review(app, session, vault, world)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "approve")
    with pytest.raises(ValidationFailed):
        contributions.take_action(session, vault, actor(world.curator), case.id, "request_changes", "  ")


def test_other_organisation_cannot_see_or_edit_a_draft(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    for user in (world.contributor_b, world.curator, world.admin):
        with pytest.raises(NotFound):
            contributions.read_raw(session, vault, actor(user), case.id)
        with pytest.raises(NotFound):
            contributions.update_draft(session, vault, actor(user), case.id, CANARY_TEXT)


def test_member_of_owning_organisation_reads_raw_but_cannot_edit(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    assert contributions.read_raw(session, vault, actor(world.member_a), case.id).title == CANARY_TEXT.title
    with pytest.raises(PermissionDenied):
        contributions.update_draft(session, vault, actor(world.member_a), case.id, CANARY_TEXT)


def test_curator_never_reads_raw_even_in_review(app, session, vault, world) -> None:
    case = _drive_to_review(app, session, vault, world)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "approve")
    for user in (world.curator, world.admin):
        with pytest.raises(PermissionDenied):
            contributions.read_raw(session, vault, actor(user), case.id)


def test_raw_view_is_audited(session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    contributions.read_raw(session, vault, actor(world.member_a), case.id)
    views = session.scalars(select(AuditEvent).where(AuditEvent.action == "raw.view")).all()
    assert [(v.actor_user_id, v.object_id) for v in views] == [(world.member_a.id, str(case.id))]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": "  "}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"segment": "spaceships"}, "segment"),
        ({"technologies": ("teleport",)}, "technologies"),
        ({"barriers": ("gravity",)}, "barriers"),
        ({"maturity_before": 0}, "maturity_before"),
        ({"maturity_after": 6}, "maturity_after"),
        ({"sensitive_terms": ("x" * 201,)}, "sensitive_terms"),
    ],
)
def test_invalid_case_study_is_refused_with_a_message_per_field(session, vault, world, change, field) -> None:
    data = CaseStudyInput(**{**CANARY_TEXT.__dict__, **change})
    with pytest.raises(ValidationFailed) as info:
        contributions.create_case_study(session, vault, actor(world.contributor_a), data)
    assert field in info.value.errors


def test_unicode_content_round_trips_through_the_vault(session, vault, world) -> None:
    data = CaseStudyInput(**{**CANARY_TEXT.__dict__, "title": "Zürich → Łódź 设施 🚀", "body": "naïve café"})
    case = make_case(session, vault, world.contributor_a, data)
    assert contributions.read_raw(session, vault, actor(world.contributor_a), case.id).title == data.title


def test_withdraw_shreds_the_raw_text(app, session, vault, world) -> None:
    case = make_case(session, vault, world.contributor_a)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "withdraw")
    session.commit()
    with pytest.raises(VaultError, match="erased"):
        contributions.read_raw(session, vault, actor(world.contributor_a), case.id)
    ciphertext = session.get(Revision, case.current_revision_id).raw_ciphertext
    assert ciphertext is not None and b"Acmeford" not in ciphertext


def test_revising_a_published_case_keeps_the_published_revision_online(app, session, vault, world) -> None:
    case = _drive_to_review(app, session, vault, world)
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "approve")
    contributions.take_action(session, vault, actor(world.curator), case.id, "publish")
    published = case.published_revision_id
    contributions.take_action(session, vault, actor(world.contributor_a), case.id, "revise")
    session.commit()
    assert case.state == "draft" and case.published_revision_id == published
    assert case.current_revision_id != published
    titles = [c.id for c in listings.published_cases(session, actor(world.contributor_b))]
    assert titles == [case.id]
