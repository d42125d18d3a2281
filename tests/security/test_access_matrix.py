"""Every route × every role, with the expected status. A route missing from the matrix fails.

Roles: anonymous, a member of organisation A, a contributor of A (the owner), a contributor of
organisation B, a curator, an admin. Objects: a published case and a draft of A, a collection, an
assessment of A (see matrix_setup.py).
"""
from __future__ import annotations

import pytest

from tests.conftest import Auth, csrf_token
from tests.security.matrix_setup import build

ROLES = {"anonymous": None, "member": "member@acmeford.example", "owner": "contrib@acmeford.example",
         "other": "contrib@other.example", "curator": "curator@centre.example", "admin": "admin@centre.example"}
I = "<int(max=2147483647):{}>"

#            rule                                          anon member owner other curator admin
PAGES = {
    "/": (200, 200, 200, 200, 200, 200),
    "/healthz": (200, 200, 200, 200, 200, 200),
    "/sign-in": (200, 200, 200, 200, 200, 200),
    "/invitations/<token>": (200, 200, 200, 200, 200, 200),
    "/password-reset": (200, 200, 200, 200, 200, 200),
    "/password-reset/<token>": (302, 302, 302, 302, 302, 302),  # moves the token into the session
    "/password-reset/new": (400, 400, 400, 400, 400, 400),  # no valid token in the session
    "/account/tokens/": (302, 200, 200, 200, 200, 200),
    "/admin/": (302, 403, 403, 403, 403, 200),
    "/benchmarks/": (302, 200, 200, 200, 200, 200),
    "/benchmarks/compare": (302, 200, 200, 200, 200, 200),
    "/benchmarks/peer-groups": (302, 200, 200, 200, 200, 200),
    "/cases/": (302, 200, 200, 200, 200, 200),
    "/cases/" + I.format("case_id"): (302, 200, 200, 200, 200, 200),
    "/cases/" + I.format("case_id") + "/diff": (302, 200, 200, 200, 200, 200),
    "/cases/" + I.format("case_id") + "/comparable": (302, 200, 200, 200, 200, 200),
    "/cases/collections/": (302, 200, 200, 200, 200, 200),
    "/cases/collections/" + I.format("collection_id"): (302, 200, 200, 200, 200, 200),
    "/contributions/": (302, 200, 200, 200, 200, 200),
    "/contributions/new": (302, 403, 200, 200, 403, 403),
    "/contributions/" + I.format("contribution_id"): (302, 200, 200, 404, 404, 404),
    "/contributions/" + I.format("contribution_id") + "/edit": (302, 403, 200, 404, 404, 404),
    "/contributions/" + I.format("contribution_id") + "/kpis": (302, 200, 200, 404, 404, 404),
    "/contributions/" + I.format("contribution_id") + "/original": (302, 200, 200, 404, 404, 404),
    "/contributions/" + I.format("contribution_id") + "/status": (302, 200, 200, 404, 404, 404),
    # erasing the original: a contributor of the owning organisation, once published (a draft: 409)
    "/contributions/" + I.format("contribution_id") + "/erase-original": (302, 403, 409, 404, 404, 404),
    "/contributions/" + I.format("contribution_id") + "/review/": (302, 409, 409, 404, 404, 404),
    "/curation/": (302, 403, 403, 403, 200, 200),
    "/curation/collections": (302, 403, 403, 403, 200, 403),
    "/curation/wanted": (302, 403, 403, 403, 200, 200),
    "/datasets/": (302, 200, 200, 200, 200, 200),
    "/datasets/new": (302, 403, 200, 200, 403, 403),
    "/datasets/" + I.format("contribution_id"): (302, 200, 200, 200, 200, 200),
    "/datasets/" + I.format("contribution_id") + "/columns": (302, 200, 200, 403, 403, 403),
    "/datasets/" + I.format("contribution_id") + "/kpis": (302, 200, 200, 403, 403, 403),
    "/datasets/" + I.format("contribution_id") + "/download": (302, 200, 200, 200, 200, 200),
    "/datasets/" + I.format("contribution_id") + "/review": (302, 200, 200, 200, 200, 200),
    "/maturity/": (302, 200, 200, 200, 200, 200),
    "/maturity/frameworks": (302, 200, 200, 200, 200, 200),
    "/maturity/" + I.format("assessment_id"): (302, 200, 200, 404, 404, 404),
    "/maturity/frameworks/" + I.format("framework_id") + "/assess": (302, 200, 200, 200, 403, 403),
    "/searches/": (302, 200, 200, 200, 200, 200),
    # Read with the saved search's feed token (feed readers cannot sign in); without it: not found.
    "/searches/" + I.format("saved_id") + "/feed.atom": (404, 404, 404, 404, 404, 404),
}

# POST routes with a valid CSRF token and an empty body: who gets past the access checks.
# 400 = allowed through to validation; 302 for anonymous = sent to sign in.
FORMS = {
    "/sign-out": (302, 302, 302, 302, 302, 302),
    "/password-reset": (400, 400, 400, 400, 400, 400),
    "/password-reset/new": (400, 400, 400, 400, 400, 400),
    "/account/tokens/": (302, 400, 400, 400, 400, 400),
    "/account/tokens/" + I.format("token_id") + "/revoke": (302, 404, 404, 404, 404, 404),
    "/admin/invitations": (302, 403, 403, 403, 403, 400),
    "/admin/organisations": (302, 403, 403, 403, 403, 400),
    "/benchmarks/peer-groups": (302, 400, 400, 400, 400, 400),
    # the member's own saved group: deleted (302 back to the list); anyone else's is not found
    "/benchmarks/peer-groups/" + I.format("group_id") + "/delete": (302, 302, 404, 404, 404, 404),
    "/contributions/" + I.format("contribution_id") + "/actions/<action>": (302, 403, 409, 404, 404, 404),
    "/contributions/" + I.format("contribution_id") + "/comments": (302, 400, 400, 404, 404, 404),
    "/contributions/" + I.format("contribution_id") + "/erase-original": (302, 403, 409, 404, 404, 404),
    "/contributions/" + I.format("contribution_id") + "/review/confirm": (302, 403, 409, 404, 404, 404),
    "/contributions/" + I.format("contribution_id") + "/review/restore": (302, 403, 409, 404, 404, 404),
    "/contributions/" + I.format("contribution_id") + "/review/terms": (302, 403, 409, 404, 404, 404),
    "/curation/collections/" + I.format("collection_id") + "/<op>": (302, 403, 403, 403, 400, 403),
    "/maturity/frameworks": (302, 403, 403, 403, 400, 400),
    "/datasets/new": (302, 403, 400, 400, 403, 403),
    "/datasets/" + I.format("contribution_id") + "/columns": (302, 403, 409, 403, 403, 403),
    "/datasets/" + I.format("contribution_id") + "/kpis": (302, 403, 409, 403, 403, 403),
    # The saved search belongs to organisation A's member: everyone else gets "not found".
    "/searches/": (302, 400, 400, 400, 400, 400),
    "/searches/" + I.format("saved_id") + "/frequency": (302, 400, 404, 404, 404, 404),
    "/searches/" + I.format("saved_id") + "/token": (302, 302, 404, 404, 404, 404),
    "/searches/" + I.format("saved_id") + "/delete": (302, 302, 404, 404, 404, 404),
}
POST_ALSO_GET = {"/datasets/new", "/datasets/" + I.format("contribution_id") + "/columns",
                 "/datasets/" + I.format("contribution_id") + "/kpis","/sign-in", "/invitations/<token>", "/benchmarks/compare", "/contributions/new", "/curation/collections",
                 "/contributions/" + I.format("contribution_id") + "/edit",
                 "/contributions/" + I.format("contribution_id") + "/kpis",
                 "/maturity/frameworks/" + I.format("framework_id") + "/assess"}


def _concrete(rule: str, o) -> str:  # type: ignore[no-untyped-def]
    if rule.startswith("/datasets/"):
        rule = rule.replace(I.format("contribution_id"), str(o.dataset))
    url = (rule.replace(I.format("case_id"), str(o.published)).replace(I.format("contribution_id"), str(o.draft))
           .replace(I.format("collection_id"), str(o.collection)).replace(I.format("assessment_id"), str(o.assessment))
           .replace(I.format("framework_id"), str(o.framework)).replace(I.format("token_id"), "999999")
           .replace(I.format("saved_id"), str(o.saved_search))
           .replace(I.format("group_id"), str(o.peer_group))
           .replace("<token>", o.invitation).replace("<action>", "approve").replace("<op>", "add"))
    return url + ("?old=1&new=1" if url.endswith("/diff") else "")


def test_every_route_is_in_the_matrix(app) -> None:
    rules = {(r.rule, m) for r in app.url_map.iter_rules() if not r.rule.startswith(("/api/", "/static/"))
             for m in r.methods - {"HEAD", "OPTIONS"}}
    listed = {(rule, "GET") for rule in PAGES} | {(rule, "POST") for rule in FORMS | dict.fromkeys(POST_ALSO_GET)}
    assert rules == listed


@pytest.mark.parametrize("role_index, role", list(enumerate(ROLES)))
def test_each_role_gets_the_expected_status_on_every_page(app, session, vault, world, role_index, role) -> None:
    objects = build(app, session, vault, world)
    client = app.test_client()
    if ROLES[role]:
        Auth(client).login(ROLES[role])
    got = {rule: client.get(_concrete(rule, objects)).status_code for rule in PAGES}
    assert got == {rule: expected[role_index] for rule, expected in PAGES.items()}
    token = csrf_token(client)
    posted = {rule: client.post(_concrete(rule, objects), data={"csrf_token": token}).status_code
              for rule in FORMS if rule != "/sign-out"}
    assert posted == {rule: expected[role_index] for rule, expected in FORMS.items() if rule != "/sign-out"}


def test_every_form_refuses_a_post_without_a_csrf_token(app, session, vault, world) -> None:
    objects = build(app, session, vault, world)
    client = app.test_client()
    Auth(client).login(ROLES["owner"])
    for rule in list(FORMS) + sorted(POST_ALSO_GET):
        assert client.post(_concrete(rule, objects)).status_code == 400, rule
