"""A bounded property-based run of every operation in the OpenAPI document (schemathesis):
random valid (positive) and invalid (negative) input, with a contributor's token and with a curator's, finds no 500.

schemathesis' own pytest fixture loader does not work with pytest 9 (it reads a removed private
attribute), so each operation's hypothesis strategy is driven here directly."""
from __future__ import annotations

import pytest
import schemathesis
from schemathesis import GenerationMode
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api.conftest import issue

pytestmark = pytest.mark.fuzz
# Unknown query parameters are ignored on purpose (a client may send a newer filter), so
# schemathesis' negative_data_rejection check does not apply.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 5  # per operation and generation mode: the run stays bounded (about 15 s here)


def test_no_operation_answers_500(app, session, world, published) -> None:
    app.config["API_RATE_LIMIT"] = "100000 per minute"
    tokens = {"contributor": issue(session, world.contributor_a, "contribute"),
              "curator": issue(session, world.curator, "curate")}
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    for operation, mode in ((o, m) for o in operations for m in GenerationMode if m.value == "positive" or _has_input(o)):
        role = "curator" if operation.path.startswith("/api/v1/curation") else "contributor"
        headers = {"Authorization": f"Bearer {tokens[role]}"}

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def call(case) -> None:  # type: ignore[no-untyped-def]
            case.call_and_validate(headers=headers, checks=CHECKS)

        call()


def _has_input(operation) -> bool:  # type: ignore[no-untyped-def]
    """Negative examples need something to break: a path or query parameter, or a body."""
    return bool(len(operation.path_parameters) or len(operation.query) or len(operation.body))
