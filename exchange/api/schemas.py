"""marshmallow schemas of the API: input validated once at the edge, output dumped from the
domain's dataclasses. Times are ISO 8601 UTC; ids are the database's integers."""
from __future__ import annotations

import base64
import binascii
from typing import Any

from marshmallow import EXCLUDE, RAISE, Schema, ValidationError, fields, post_load, validate

from exchange.domain.contribution_input import LIMITS, MAX_TERM_LENGTH, MAX_TERMS, CaseStudyInput
from exchange.domain.intake import MAX_UPLOAD_BYTES, UnsupportedUpload, extract_story
from exchange.domain.library import MAX_PER_PAGE, CaseFilters
from exchange.domain.vocabulary import BARRIERS, SEGMENTS, TECHNOLOGIES

EXTERNAL_REF = validate.Regexp(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,119}$",
                               error="Use 1 to 120 letters, digits and . _ : / - (starting with a letter or digit).")


class Problem(Schema):
    type = fields.String(metadata={"description": "A URN naming the kind of problem"})
    title = fields.String()
    status = fields.Integer()
    detail = fields.String()
    instance = fields.String()
    errors = fields.Dict(keys=fields.String(), values=fields.String(),
                         metadata={"description": "One message per invalid field"})


class Links(Schema):
    self = fields.String()
    next = fields.String(allow_none=True)
    prev = fields.String(allow_none=True)
    first = fields.String()
    last = fields.String()


class FacetCount(Schema):
    value = fields.String()
    count = fields.Integer()


class CaseQuery(Schema):
    class Meta:
        unknown = EXCLUDE

    q = fields.String(load_default="", validate=validate.Length(max=1000),
                      metadata={"description": "full-text query: words (AND), OR, NOT/-word, \"phrases\", prefix*"})
    page = fields.Integer(load_default=1, validate=validate.Range(1, 10_000))
    per_page = fields.Integer(load_default=20, validate=validate.Range(1, MAX_PER_PAGE))
    segment = fields.List(fields.String(validate=validate.OneOf(list(SEGMENTS))), load_default=list)
    technology = fields.List(fields.String(validate=validate.OneOf(list(TECHNOLOGIES))), load_default=list)
    barrier = fields.List(fields.String(validate=validate.OneOf(list(BARRIERS))), load_default=list)

    @post_load
    def to_filters(self, data: dict[str, Any], **_: Any) -> dict[str, Any]:
        data["filters"] = CaseFilters(tuple(data.pop("segment")), tuple(data.pop("technology")),
                                      tuple(data.pop("barrier")))
        return data


class CaseSummary(Schema):
    id = fields.Integer()
    title = fields.String()
    summary = fields.String()
    segment = fields.String(allow_none=True)
    technologies = fields.List(fields.String())
    barriers = fields.List(fields.String())
    maturity_before = fields.Integer(allow_none=True)
    maturity_after = fields.Integer(allow_none=True)
    organisation_kind = fields.String()
    size_band = fields.String()
    region = fields.String()
    revision = fields.Integer()
    published_at = fields.AwareDateTime(format="iso", allow_none=True)


class Case(CaseSummary):
    body = fields.String()
    lessons = fields.String()


class CasePage(Schema):
    items = fields.List(fields.Nested(CaseSummary))
    total = fields.Integer()
    page = fields.Integer()
    per_page = fields.Integer()
    links = fields.Nested(Links)
    facets = fields.Dict(keys=fields.String(), values=fields.List(fields.Nested(FacetCount)))


class SimilarCase(Schema):
    case = fields.Nested(CaseSummary)
    shared_technologies = fields.List(fields.String())
    score = fields.Float()


class SimilarList(Schema):
    items = fields.List(fields.Nested(SimilarCase))
    total = fields.Integer()
    links = fields.Dict(keys=fields.String(), values=fields.String())


class SubmissionIn(Schema):
    class Meta:
        unknown = RAISE

    title = fields.String(required=True, validate=validate.Length(1, LIMITS["title"]))
    summary = fields.String(load_default="", validate=validate.Length(max=LIMITS["summary"]))
    body = fields.String(load_default="", validate=validate.Length(max=LIMITS["body"]))
    lessons = fields.String(load_default="", validate=validate.Length(max=LIMITS["lessons"]))
    segment = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(list(SEGMENTS)))
    technologies = fields.List(fields.String(validate=validate.OneOf(list(TECHNOLOGIES))), load_default=list)
    barriers = fields.List(fields.String(validate=validate.OneOf(list(BARRIERS))), load_default=list)
    maturity_before = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(1, 5))
    maturity_after = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(1, 5))
    sensitive_terms = fields.List(fields.String(validate=validate.Length(max=MAX_TERM_LENGTH)),
                                  load_default=list, validate=validate.Length(max=MAX_TERMS))
    external_ref = fields.String(load_default=None, allow_none=True, validate=EXTERNAL_REF,
                                 metadata={"description": "Your own reference; sending it again returns "
                                                          "the existing submission instead of a duplicate"})
    story_file = fields.String(load_default=None, allow_none=True,
                               validate=validate.Length(max=4 * MAX_UPLOAD_BYTES // 3 + 4),
                               metadata={"description": "The story as a base64-encoded DOCX, PDF, Markdown or "
                                                        "text file; its text becomes the body (document "
                                                        "properties are discarded)"})

    @post_load
    def to_input(self, data: dict[str, Any], **_: Any) -> dict[str, Any]:
        ref = data.pop("external_ref")
        encoded = data.pop("story_file")
        if encoded:
            try:
                raw = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError):
                raise ValidationError("Not valid base64.", field_name="story_file") from None
            try:
                data["body"] = extract_story(raw).text
            except UnsupportedUpload as exc:
                raise ValidationError(str(exc), field_name="story_file") from None
        tuples = {k: tuple(data.pop(k)) for k in ("technologies", "barriers", "sensitive_terms")}
        return {"data": CaseStudyInput(**data, **tuples), "external_ref": ref}


class Submission(Schema):
    id = fields.Integer()
    state = fields.String()
    external_ref = fields.String(allow_none=True)
    segment = fields.String(allow_none=True)
    technologies = fields.List(fields.String())
    barriers = fields.List(fields.String())
    maturity_before = fields.Integer(allow_none=True)
    maturity_after = fields.Integer(allow_none=True)
    actions = fields.List(fields.String(), metadata={"description": "What the caller may do next"})
    failure_reason = fields.String(allow_none=True)
    curator_comment = fields.String(allow_none=True)
    revision = fields.Integer(allow_none=True)
    redacted = fields.Dict(keys=fields.String(), values=fields.String(), allow_none=True,
                           metadata={"description": "The redacted text: what would be published"})
    report = fields.Dict(allow_none=True, metadata={"description": "The redaction report, redacted side only"})
    created_at = fields.AwareDateTime(format="iso")
    updated_at = fields.AwareDateTime(format="iso")
    published_at = fields.AwareDateTime(format="iso", allow_none=True)
    published_revision = fields.Integer(allow_none=True)
    raw_erased = fields.Boolean(metadata={"description": "The original text was erased (or withdrawn): "
                                                         "its key is destroyed"})
    job = fields.String(allow_none=True, metadata={
        "description": "The anonymisation job: queued, running, done, failed or not_submitted"})


class QueueItem(Schema):
    id = fields.Integer()
    title = fields.String(metadata={"description": "The redacted title"})
    state = fields.String()
    segment = fields.String(allow_none=True)
    updated_at = fields.AwareDateTime(format="iso")


class Queue(Schema):
    items = fields.List(fields.Nested(QueueItem))
    total = fields.Integer()
    links = fields.Dict(keys=fields.String(), values=fields.String())


def _not_blank(value: str) -> None:
    if not value.strip():
        raise ValidationError("Say what needs to change.")


class ChangeRequest(Schema):
    class Meta:
        unknown = RAISE

    reason = fields.String(required=True, validate=[validate.Length(1, 5_000), _not_blank])


class EraseOriginal(Schema):
    class Meta:
        unknown = RAISE

    confirm = fields.Boolean(required=True, metadata={
        "description": "Must be true: the original text is destroyed for good (the published version stays)"})


class Term(Schema):
    code = fields.String()
    label = fields.String()


class MaturityLevel(Schema):
    level = fields.Integer()
    label = fields.String()


class Taxonomies(Schema):
    segments = fields.List(fields.Nested(Term))
    technologies = fields.List(fields.Nested(Term))
    barriers = fields.List(fields.Nested(Term))
    maturity_levels = fields.List(fields.Nested(MaturityLevel))


class ExportQuery(Schema):
    class Meta:
        unknown = EXCLUDE

    format = fields.String(load_default="jsonl", validate=validate.OneOf(["jsonl", "csv"]))
