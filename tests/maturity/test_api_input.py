"""Reading the JSON body of an assessment for the API."""
from __future__ import annotations

import pytest

from exchange.domain.errors import ValidationFailed
from exchange.maturity.api_input import assessment_input_from_json


def test_valid_body_becomes_typed_input() -> None:
    data = assessment_input_from_json({"framework_id": 3, "answers": {"7": 2, "8": 4},
                                       "targets": {"vertical_integration": 4}, "priorities": {"é_dim": 3}})
    assert (data.framework_id, dict(data.answers), dict(data.targets), dict(data.priorities)) == (
        3, {7: 2, 8: 4}, {"vertical_integration": 4}, {"é_dim": 3})


@pytest.mark.parametrize(("body", "field"), [
    ([], "body"),
    ({}, "framework_id"),
    ({"framework_id": True}, "framework_id"),
    ({"framework_id": "3"}, "framework_id"),
    ({"framework_id": 3, "answers": {"x": 1}}, "answers"),
    ({"framework_id": 3, "answers": {"1": 1.5}}, "answers"),
    ({"framework_id": 3, "answers": [1, 2]}, "answers"),
    ({"framework_id": 3, "targets": {"a": "4"}}, "targets"),
    ({"framework_id": 3, "priorities": {"a": None}}, "priorities"),
])
def test_malformed_body_is_refused_per_field(body, field) -> None:
    with pytest.raises(ValidationFailed) as caught:
        assessment_input_from_json(body)
    assert field in caught.value.errors
