"""Uploading a dataset: clear refusals for bad files and fields; the raw file only in the vault."""
from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from exchange.datasets import service
from exchange.datasets.upload import UPLOAD_LIMITS
from exchange.domain.accounts import actor_for
from exchange.domain.errors import PermissionDenied, ValidationFailed
from exchange.models import AuditEvent, Contribution, DatasetRevision, Revision
from tests.datasets.conftest import CANARY_EMAIL, canary_rows, make_dataset, to_csv, upload


def _xlsx(rows: list[list[str]]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _fake_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "fragment"), [
    (b"", "empty"),
    (b"a,b\n", "no rows"),
    (b"\x00\x01\x02\xff\xfe\x00" * 50, "not a table"),
    (_fake_zip(), "not a table"),
    (b"x" * (UPLOAD_LIMITS.max_file_bytes + 1), "larger than"),
    (to_csv([[f"c{i}" for i in range(UPLOAD_LIMITS.max_columns + 1)], ["1"] * (UPLOAD_LIMITS.max_columns + 1)]),
     "too large"),
    (b"a\n" + b"1\n" * (UPLOAD_LIMITS.max_rows + 1), "too large"),
    (b"a,b\n" + b"x" * (UPLOAD_LIMITS.max_cell_chars + 1) + b",1\n", "too large"),
])
def test_bad_files_are_refused_with_a_message_on_the_file_field(session, vault, world, data, fragment) -> None:
    with pytest.raises(ValidationFailed) as caught:
        service.create_dataset(session, vault, actor_for(world.contributor_a), upload(data))
    assert fragment in caught.value.errors["file"]
    assert session.scalar(select(Contribution.id)) is None


@pytest.mark.parametrize(("fields", "field"), [
    ({"title": "  "}, "title"),
    ({"title": "t" * 201}, "title"),
    ({"summary": "s" * 2001}, "summary"),
    ({"segment": "rocket_fuel"}, "segment"),
    ({"sensitive_terms": ("x" * 201,)}, "sensitive_terms"),
])
def test_bad_fields_are_refused_per_field(session, vault, world, fields, field) -> None:
    with pytest.raises(ValidationFailed) as caught:
        service.create_dataset(session, vault, actor_for(world.contributor_a), upload(**fields))
    assert field in caught.value.errors


@pytest.mark.parametrize("data", [
    to_csv(canary_rows()),
    _xlsx(canary_rows()),
    to_csv([["Société", "Größe"], ["Île-de-France", "12"], ["Łódź", "14"]]),
    "\ufeffsite;oee\nA;1\nB;2\n".encode("utf-8"),
])
def test_csv_and_xlsx_are_accepted_by_content_not_name(session, vault, world, data) -> None:
    contribution = service.create_dataset(session, vault, actor_for(world.contributor_a),
                                          upload(data, filename="no-extension"))
    assert contribution.kind == "dataset" and contribution.state == "draft"


def test_the_raw_file_is_stored_only_encrypted(session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    revision = session.scalar(select(Revision).where(Revision.contribution_id == dataset_id))
    settings = session.get(DatasetRevision, revision.id)
    stored = [revision.raw_ciphertext or b"", repr(revision.redacted).encode(), repr(vars(settings)).encode()]
    for blob in stored:
        assert b"CANARYBATCH" not in blob and CANARY_EMAIL.encode() not in blob and b"Widnes" not in blob
    events = session.scalars(select(AuditEvent.detail)).all()
    assert all("CANARYBATCH" not in repr(detail) for detail in events)


@pytest.mark.parametrize("who", ["member_a", "curator", "admin"])
def test_only_contributors_upload(session, vault, world, who) -> None:
    with pytest.raises(PermissionDenied):
        service.create_dataset(session, vault, actor_for(getattr(world, who)), upload())


def test_external_ref_is_unique_per_organisation(session, vault, world) -> None:
    owner = actor_for(world.contributor_a)
    service.create_dataset(session, vault, owner, upload(), external_ref="ref-1")
    with pytest.raises(ValidationFailed) as caught:
        service.create_dataset(session, vault, owner, upload(), external_ref="ref-1")
    assert "external_ref" in caught.value.errors
