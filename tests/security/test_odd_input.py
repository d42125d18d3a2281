"""Odd input on every page a signed-in person can reach gets a page or a clear error, never a 500."""
from __future__ import annotations

import pytest

from tests.conftest import Auth
from tests.security.matrix_setup import build

ODD = ["-1", "99999999999999999999", "<script>alert(1)</script>", "😀\x00" * 20, "x" * 3000, '"unbalanced*']
PARAMS = ["q", "token", "page", "sort", "segment", "technologies", "metric", "technology", "organisation_kind", "size_band",
          "state", "old", "new", "next"]


@pytest.mark.parametrize("email", ["member@acmeford.example", "curator@centre.example"])
def test_no_page_crashes_on_odd_query_parameters(app, session, vault, world, email: str) -> None:
    objects = build(app, session, vault, world)
    client = app.test_client()
    Auth(client).login(email)
    pages = ["/", "/cases/", f"/cases/{objects.published}", f"/cases/{objects.published}/diff", "/benchmarks/",
             "/benchmarks/compare", "/curation/", "/maturity/", "/maturity/frameworks", "/cases/collections/", "/searches/",
             f"/searches/{objects.saved_search}/feed.atom"]
    crashes = []
    for page in pages:
        for param in PARAMS:
            for value in ODD:
                status = client.get(page, query_string={param: value}).status_code
                if status >= 500:
                    crashes.append((page, param, value[:20], status))
    assert crashes == []
