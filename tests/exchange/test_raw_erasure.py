"""Erasing the raw text after publication: who may, when, and proof that it is gone for good
while the published, redacted version stays."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from exchange.datasets import service, views
from exchange.db import Base, scrub_freed_pages
from exchange.domain import contributions, listings, pipeline, raw_erasure, submissions
from exchange.domain.contribution_input import CaseStudyInput
from exchange.domain.errors import IllegalTransition, NotFound, PermissionDenied, ValidationFailed, VaultError
from exchange.models import AuditEvent, DataKey, Revision
from tests.datasets.conftest import CANARY_IDS, publish_dataset
from tests.factories import actor, publish_case

# Unique to the raw text (the organisation's name and the users' addresses are elsewhere in the database).
RAW_CANARIES = ("Qelvarine", "Drumhollow", "Dr Isolde Vantreck", "QLV-9083")
CANARY_CASE = CaseStudyInput(
    title="Qelvarine fill line at Drumhollow",
    summary="Qelvarine automated visual inspection at Drumhollow, led by Dr Isolde Vantreck.",
    body="Product QLV-9083 moved to continuous manufacture at Drumhollow.",
    lessons="Dr Isolde Vantreck: involve QA early.",
    segment="biologics", technologies=("robotics_automation",), barriers=("risk_aversion",),
    maturity_before=2, maturity_after=3, sensitive_terms=RAW_CANARIES,
)
DATASET_CANARIES = (CANARY_IDS[0], "Zed Quux", "zed.quux")


def _published_case(app, session, vault, world, data: CaseStudyInput = CANARY_CASE) -> int:  # type: ignore[no-untyped-def]
    return publish_case(app.extensions["exchange"]["sessions"], session, vault, world.contributor_a, world.curator,
                        data).id


def _everything_stored(session, app) -> bytes:  # type: ignore[no-untyped-def]
    """Every value of every column of every table, and every file of the data directory."""
    parts: list[bytes] = []
    for table in Base.metadata.sorted_tables:
        for row in session.execute(select(table)):
            for value in row:
                parts.append(value if isinstance(value, bytes) else str(value).encode())
    for path in Path(app.config["DATA_DIR"]).rglob("*"):
        if path.is_file():
            parts.append(path.read_bytes())
    return b"\n".join(parts).lower()


def test_owner_erases_the_raw_text_and_the_published_version_stays(app, session, vault, world) -> None:
    case_id = _published_case(app, session, vault, world)
    owner = actor(world.contributor_a)
    assert contributions.read_raw(session, vault, owner, case_id).title.startswith("Qelvarine")
    raw_erasure.erase_raw(session, vault, owner, case_id, confirmed=True)
    session.commit()
    assert raw_erasure.erased_at(session, case_id) is not None
    with pytest.raises(VaultError, match="erased"):
        contributions.read_raw(session, vault, owner, case_id)
    published = listings.published_case(session, actor(world.member_a), case_id)
    assert published.redacted is not None and published.redacted.fields["title"]
    assert published.state == "published"
    detail = listings.contribution_detail(session, owner, case_id)
    assert detail.raw_erased_at is not None and not detail.can_read_raw and not detail.can_erase_raw
    assert "revise" not in detail.actions
    with pytest.raises(IllegalTransition, match="erased"):
        contributions.take_action(session, vault, owner, case_id, "revise")


def test_the_erasure_is_audited_without_content(app, session, vault, world) -> None:
    case_id = _published_case(app, session, vault, world)
    raw_erasure.erase_raw(session, vault, actor(world.contributor_a), case_id, confirmed=True)
    session.commit()
    [event] = session.scalars(select(AuditEvent).where(AuditEvent.action == "raw.erase")).all()
    assert (event.actor_user_id, event.object_id, event.organisation_id) == (
        world.contributor_a.id, str(case_id), world.org_a.id)
    assert event.detail == {"revisions": 1}


def test_nothing_is_erased_without_confirmation(app, session, vault, world) -> None:
    case_id = _published_case(app, session, vault, world)
    with pytest.raises(ValidationFailed) as refused:
        raw_erasure.erase_raw(session, vault, actor(world.contributor_a), case_id, confirmed=False)
    assert "confirm" in refused.value.errors
    assert raw_erasure.erased_at(session, case_id) is None


@pytest.mark.parametrize("who, error", [
    ("member_a", PermissionDenied),  # the owning organisation, but not a contributor
    ("contributor_b", PermissionDenied),  # the case is public, so visible, but not theirs
    ("curator", PermissionDenied),
    ("admin", PermissionDenied),
])
def test_only_a_contributor_of_the_owning_organisation_may_erase(app, session, vault, world, who, error) -> None:
    case_id = _published_case(app, session, vault, world)
    with pytest.raises(error):
        raw_erasure.erase_raw(session, vault, actor(getattr(world, who)), case_id, confirmed=True)
    assert raw_erasure.erased_at(session, case_id) is None


def test_others_cannot_even_see_an_unpublished_contribution(session, vault, world) -> None:
    draft = contributions.create_case_study(session, vault, actor(world.contributor_a), CANARY_CASE)
    for who in (world.contributor_b, world.curator, world.admin):
        with pytest.raises(NotFound):
            raw_erasure.check_erasable(session, actor(who), draft.id)


def test_erasure_waits_for_publication_and_happens_once(app, session, vault, world) -> None:
    owner = actor(world.contributor_a)
    draft = contributions.create_case_study(session, vault, owner, CANARY_CASE)
    with pytest.raises(IllegalTransition, match="published"):
        raw_erasure.erase_raw(session, vault, owner, draft.id, confirmed=True)
    case_id = _published_case(app, session, vault, world)
    raw_erasure.erase_raw(session, vault, owner, case_id, confirmed=True)
    with pytest.raises(IllegalTransition, match="already"):
        raw_erasure.erase_raw(session, vault, owner, case_id, confirmed=True)


def test_a_retired_contribution_can_still_be_erased(app, session, vault, world) -> None:
    case_id = _published_case(app, session, vault, world)
    contributions.take_action(session, vault, actor(world.curator), case_id, "retire", "Superseded.")
    raw_erasure.erase_raw(session, vault, actor(world.contributor_a), case_id, confirmed=True)
    assert raw_erasure.erased_at(session, case_id) is not None


def test_erased_raw_text_is_unrecoverable_from_the_database_and_files(app, session, vault, world) -> None:
    case_id = _published_case(app, session, vault, world)
    owner = actor(world.contributor_a)
    # A revised second revision: every revision's raw text must go.
    contributions.take_action(session, vault, owner, case_id, "revise")
    contributions.take_action(session, vault, owner, case_id, "submit")
    session.commit()
    pipeline.process(app.extensions["exchange"]["sessions"], vault, case_id)
    session.expire_all()
    contributions.take_action(session, vault, owner, case_id, "approve")
    contributions.take_action(session, vault, actor(world.curator), case_id, "publish")
    session.commit()
    old = {r.id: r.raw_ciphertext for r in session.scalars(select(Revision).where(Revision.contribution_id == case_id))}
    wrapped = session.get(DataKey, case_id).wrapped_key
    assert len(old) == 2 and all(old.values()) and wrapped
    assert all(vault.decrypt(session, case_id, rid, blob)["fields"]["title"].startswith("Qelvarine")
               for rid, blob in old.items())  # recoverable before: the check below can tell

    raw_erasure.erase_raw(session, vault, owner, case_id, confirmed=True)
    session.commit()
    scrub_freed_pages(app.extensions["exchange"]["engine"])

    stored = _everything_stored(session, app)
    assert [c for c in RAW_CANARIES if c.lower().encode() in stored] == []
    assert wrapped.lower() not in stored and not any(blob.lower() in stored for blob in old.values())
    assert session.execute(text("SELECT wrapped_key FROM data_keys WHERE contribution_id = :c"),
                           {"c": case_id}).scalar() is None
    for rid, blob in old.items():  # even a copy of the ciphertext taken before is useless now
        with pytest.raises(VaultError):
            vault.decrypt(session, case_id, rid, blob)
    database = app.config["DATABASE_URL"]
    if database.startswith("sqlite:///"):  # the file itself, free pages and write-ahead log included
        files = [Path(database.removeprefix("sqlite:///") + suffix) for suffix in ("", "-wal")]
        on_disk = b"".join(f.read_bytes() for f in files if f.exists())
        assert wrapped not in on_disk
    page = listings.published_case(session, actor(world.member_a), case_id)
    assert page.redacted is not None and "Qelvarine" not in str(page.redacted.fields)


def test_a_datasets_raw_file_is_erased_and_its_published_table_stays(app, session, vault, world) -> None:
    dataset_id = publish_dataset(app, session, vault, world)
    owner = actor(world.contributor_a)
    status = submissions.erase_original(session, vault, owner, dataset_id, confirmed=True)
    session.commit()
    scrub_freed_pages(app.extensions["exchange"]["engine"])
    assert status.raw_erased and status.state == "published"
    stored = _everything_stored(session, app)
    assert [c for c in DATASET_CANARIES if c.lower().encode() in stored] == []
    _, csv_text = views.download(session, actor(world.member_a), dataset_id)
    assert "oee_pct" in csv_text and len(csv_text.splitlines()) > 1
    with pytest.raises(VaultError, match="erased"):
        service.role_step(session, vault, owner, dataset_id)
