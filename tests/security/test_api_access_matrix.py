"""Every API operation × every role, with the expected status; an operation missing from the
matrix fails. Each role holds the widest token its role allows (member and admin: read; a
contributor: contribute; a curator: curate); anonymous sends none.

Objects (matrix_setup.py): a published case and a draft of organisation A, a published dataset of
A, an assessment of A, and a saved search and a saved peer group of A's member. POSTs send an empty JSON object, so 400
means "let through to input validation"; other methods send no body. Rows run in order; the one destructive row (withdraw, on A's draft) is last.
"""
from __future__ import annotations

import pytest

from exchange.domain import tokens
from exchange.domain.accounts import actor_for
from tests.security.matrix_setup import build

ROLES = ("anonymous", "member", "owner", "other", "curator", "admin")
I = "<int(max=2147483647):{}>"
S = "/api/v1/submissions/" + I.format("submission_id")
C = "/api/v1/curation/" + I.format("submission_id")

#     (method, rule): (url with {published} {draft} {dataset} {assessment},  anon member owner other curator admin)
MATRIX: dict[tuple[str, str], tuple[str, tuple[int, ...]]] = {
    ("GET", "/api/v1/"): ("/api/v1/", (200, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/openapi.json"): ("/api/v1/openapi.json", (200, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/reference"): ("/api/v1/reference", (200, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/catalogue.json"): ("/api/v1/catalogue.json", (200, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/taxonomies"): ("/api/v1/taxonomies", (401, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/cases"): ("/api/v1/cases", (401, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/cases/" + I.format("case_id")): ("/api/v1/cases/{published}", (401, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/cases/" + I.format("case_id") + "/similar"):
        ("/api/v1/cases/{published}/similar", (401, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/export"): ("/api/v1/export", (401, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/benchmarks"): ("/api/v1/benchmarks?metric=oee_pct", (401, 200, 200, 200, 200, 200)),
    ("POST", "/api/v1/benchmarks/compare"): ("/api/v1/benchmarks/compare", (401, 400, 400, 400, 400, 400)),
    ("GET", "/api/v1/datasets"): ("/api/v1/datasets", (401, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/datasets/export"): ("/api/v1/datasets/export", (401, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/datasets/" + I.format("dataset_id")):
        ("/api/v1/datasets/{dataset}", (401, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/datasets/" + I.format("dataset_id") + "/download"):
        ("/api/v1/datasets/{dataset}/download", (401, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/maturity/frameworks"): ("/api/v1/maturity/frameworks", (401, 200, 200, 200, 200, 200)),
    ("POST", "/api/v1/maturity/assessments"): ("/api/v1/maturity/assessments", (401, 400, 400, 400, 400, 400)),
    ("GET", "/api/v1/maturity/assessments/" + I.format("assessment_id") + "/gaps"):
        ("/api/v1/maturity/assessments/{assessment}/gaps", (401, 200, 200, 404, 404, 404)),
    ("GET", "/api/v1/curation/queue"): ("/api/v1/curation/queue", (401, 403, 403, 403, 200, 403)),
    ("POST", C + "/request-changes"): ("/api/v1/curation/{draft}/request-changes", (401, 403, 403, 403, 400, 403)),
    ("POST", C + "/publish"): ("/api/v1/curation/{draft}/publish", (401, 403, 403, 403, 404, 403)),
    ("POST", C + "/retire"): ("/api/v1/curation/{published}/retire", (401, 403, 403, 403, 400, 403)),
    ("POST", "/api/v1/submissions"): ("/api/v1/submissions", (401, 403, 400, 400, 403, 403)),
    ("GET", S): ("/api/v1/submissions/{draft}", (401, 403, 200, 404, 403, 403)),
    ("POST", S + "/submit"): ("/api/v1/submissions/{published}/submit", (401, 403, 409, 404, 403, 403)),
    ("POST", S + "/retry"): ("/api/v1/submissions/{published}/retry", (401, 403, 409, 404, 403, 403)),
    ("POST", S + "/approve"): ("/api/v1/submissions/{published}/approve", (401, 403, 409, 404, 403, 403)),
    ("POST", S + "/erase-original"): ("/api/v1/submissions/{published}/erase-original", (401, 403, 400, 400, 403, 403)),
    ("GET", "/api/v1/benchmarks/peer-groups"): ("/api/v1/benchmarks/peer-groups", (401, 200, 200, 200, 200, 200)),
    ("POST", "/api/v1/benchmarks/peer-groups"): ("/api/v1/benchmarks/peer-groups", (401, 400, 400, 400, 400, 400)),
    ("DELETE", "/api/v1/benchmarks/peer-groups/" + I.format("group_id")):
        ("/api/v1/benchmarks/peer-groups/{peer_group}", (401, 204, 404, 404, 404, 404)),
    ("GET", "/api/v1/searches"): ("/api/v1/searches", (401, 200, 200, 200, 200, 200)),
    ("POST", "/api/v1/searches"): ("/api/v1/searches", (401, 201, 201, 201, 201, 201)),
    ("GET", "/api/v1/searches/" + I.format("search_id") + "/new"):
        ("/api/v1/searches/{saved_search}/new", (401, 200, 404, 404, 404, 404)),
    ("DELETE", "/api/v1/searches/" + I.format("search_id")):
        ("/api/v1/searches/{saved_search}", (401, 204, 404, 404, 404, 404)),
    ("POST", S + "/withdraw"): ("/api/v1/submissions/{draft}/withdraw", (401, 403, 200, 404, 403, 403)),
}
SCOPE = {"member": "read", "owner": "contribute", "other": "contribute", "curator": "curate", "admin": "read"}


def test_every_api_operation_is_in_the_matrix(app) -> None:
    operations = {(m, r.rule) for r in app.url_map.iter_rules() if r.rule.startswith("/api/")
                  for m in r.methods - {"HEAD", "OPTIONS"}}
    assert operations == set(MATRIX)


@pytest.mark.parametrize("role_index, role", list(enumerate(ROLES)))
def test_each_role_gets_the_expected_status_on_every_api_operation(app, session, vault, world, role_index, role) -> None:
    objects = build(app, session, vault, world)
    user = {"member": world.member_a, "owner": world.contributor_a, "other": world.contributor_b,
            "curator": world.curator, "admin": world.admin}.get(role)
    headers = {}
    if user is not None:
        _, secret = tokens.create_token(session, actor_for(user), "matrix", SCOPE[role])
        session.commit()
        headers = {"Authorization": f"Bearer {secret}"}
    ids = {"published": objects.published, "draft": objects.draft, "dataset": objects.dataset,
           "assessment": objects.assessment, "saved_search": objects.saved_search,
           "peer_group": objects.peer_group}
    client = app.test_client()
    got, expected = {}, {}
    for (method, rule), (url, statuses) in MATRIX.items():
        concrete = url.format(**ids)
        body = {"json": {}} if method == "POST" else {}
        response = client.open(concrete, method=method, headers=headers, **body)
        got[(method, rule)], expected[(method, rule)] = response.status_code, statuses[role_index]
    wrong = {rule: (got[rule], expected[rule]) for rule in got if got[rule] != expected[rule]}
    assert wrong == {}, "(got, expected) per operation"
