"""The JSON body of ``POST /api/v1/maturity/assessments`` read into an ``AssessmentInput``.

``{"framework_id": 3, "answers": {"<question id>": level, ...}, "targets": {"<dimension code>": level},
"priorities": {"<dimension code>": 1|2|3}}``; ranges are checked by ``create_assessment``.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from exchange.domain.errors import ValidationFailed
from exchange.maturity.scoring import AssessmentInput


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _levels(payload: Mapping[str, Any], key: str, errors: dict[str, str]) -> dict[str, int]:
    value = payload.get(key, {})
    if not isinstance(value, Mapping) or not all(isinstance(k, str) and _whole(v) for k, v in value.items()):
        errors[key] = "Must be an object of whole numbers."
        return {}
    return dict(value)


def assessment_input_from_json(payload: Any) -> AssessmentInput:
    if not isinstance(payload, Mapping):
        raise ValidationFailed("The body must be a JSON object.", {"body": "Must be a JSON object."})
    errors: dict[str, str] = {}
    if not _whole(payload.get("framework_id")):
        errors["framework_id"] = "Must be a framework id."
    answers = _levels(payload, "answers", errors)
    if any(not k.isdigit() for k in answers):
        errors["answers"] = "Keys must be question ids."
    targets, priorities = _levels(payload, "targets", errors), _levels(payload, "priorities", errors)
    if errors:
        raise ValidationFailed("The assessment is malformed.", errors)
    return AssessmentInput(int(payload["framework_id"]), {int(k): v for k, v in answers.items()}, targets, priorities)
