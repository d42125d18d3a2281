"""A failure injected at each step leaves the contribution recoverable: text extraction refuses
clearly and stores nothing, a database error mid-anonymisation leaves it failed and retryable, a
database error mid-publish publishes nothing. (Anonymiser exceptions: test_contributions; index
write failures: test_indexing; a killed worker: test_queue.)"""
from __future__ import annotations

import io
import zipfile

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from exchange.domain import contributions, listings, pipeline
from exchange.domain.intake import UnsupportedUpload, extract_story
from exchange.models import Contribution, Revision
from tests.factories import actor, make_case


def _docx_with_broken_xml() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", (
            "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
            "<Default Extension='xml' ContentType='application/xml'/><Override PartName='/word/document.xml' "
            "ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/></Types>"))
        archive.writestr("_rels/.rels", (
            "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            "<Relationship Id='rId1' Target='word/document.xml' Type='http://schemas.openxmlformats.org/"
            "officeDocument/2006/relationships/officeDocument'/></Relationships>"))
        archive.writestr("word/document.xml", "<w:document xmlns:w='http://schemas.openxmlformats.org/"
                                              "wordprocessingml/2006/main'><w:body><w:p>cut off")
    return buffer.getvalue()


def _db_error(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise OperationalError("UPDATE …", {}, Exception("database is gone"))


def test_a_parser_crash_in_text_extraction_is_a_clear_refusal() -> None:
    try:
        extract_story(_docx_with_broken_xml())
    except UnsupportedUpload as refused:
        assert "could not be extracted" in str(refused) and "XMLSyntaxError" in str(refused)
    else:
        raise AssertionError("a broken document was accepted")


def test_a_failed_extraction_stores_nothing_and_keeps_the_form(app, client, auth, world, session) -> None:
    auth.login("contrib@acmeford.example")
    form = {"title": "Cobots on the fill line", "segment": "biologics", "sensitive_terms": "", "maturity_before": "",
            "maturity_after": "",
            "story_file": (io.BytesIO(_docx_with_broken_xml()), "story.docx")}
    response = auth.post("/contributions/new", form, content_type="multipart/form-data")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "could not be extracted" in page and 'value="Cobots on the fill line"' in page
    assert session.scalar(select(func.count()).select_from(Contribution)) == 0


def test_a_database_error_mid_anonymisation_leaves_it_failed_and_retryable(app, session, vault, world, monkeypatch) -> None:
    case = make_case(session, vault, world.contributor_a)
    owner = actor(world.contributor_a)
    contributions.take_action(session, vault, owner, case.id, "submit")
    session.commit()
    factory = app.extensions["exchange"]["sessions"]
    with monkeypatch.context() as patch:  # the redacted text is written, then the state change fails
        patch.setattr(pipeline, "_system_transition", _db_error)
        assert pipeline.process(factory, vault, case.id) == "failed"
    session.expire_all()
    failed = session.get(Contribution, case.id)
    assert "OperationalError" in failed.failure_reason
    assert session.get(Revision, failed.current_revision_id).redacted is None  # rolled back, not half-written
    assert contributions.read_raw(session, vault, owner, case.id).title == "Acmeford Biologics cuts changeover at Widnes"
    contributions.take_action(session, vault, owner, case.id, "retry")
    session.commit()
    assert pipeline.process(factory, vault, case.id) == "contributor_review"


def test_a_database_error_mid_publish_publishes_nothing(app, session, vault, world, monkeypatch) -> None:
    case = make_case(session, vault, world.contributor_a)
    owner, curator = actor(world.contributor_a), actor(world.curator)
    contributions.take_action(session, vault, owner, case.id, "submit")
    session.commit()
    pipeline.process(app.extensions["exchange"]["sessions"], vault, case.id)
    session.expire_all()
    contributions.take_action(session, vault, owner, case.id, "approve")
    session.commit()
    real_record = contributions.audit.record

    def fail_on_publish(session_, actor_, action, *args, **kwargs):  # type: ignore[no-untyped-def]
        if action == "contribution.publish":
            _db_error()
        return real_record(session_, actor_, action, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(contributions.audit, "record", fail_on_publish)
        try:
            contributions.take_action(session, vault, curator, case.id, "publish")
        except OperationalError:
            session.rollback()
        else:
            raise AssertionError("the injected database error did not happen")
    session.expire_all()
    after = session.get(Contribution, case.id)
    assert (after.state, after.published_revision_id, after.published_at) == ("curator_review", None, None)
    assert listings.published_cases(session, actor(world.member_a)) == []
    contributions.take_action(session, vault, curator, case.id, "publish")
    session.commit()
    assert [c.id for c in listings.published_cases(session, actor(world.member_a))] == [case.id]
