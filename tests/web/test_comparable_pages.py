"""The case page and its comparable deployments, loaded after the text (or followed as a link)."""
from __future__ import annotations

import dataclasses

from exchange import indexing
from exchange.domain import contributions
from exchange.domain.accounts import actor_for
from tests.api.conftest import publish_case
from tests.factories import CANARY_TEXT


def _two_published(app, session, vault, world) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    first = publish_case(app, session, vault, world)
    second = publish_case(app, session, vault, world, dataclasses.replace(CANARY_TEXT, title="Cobots again"))
    for case_id in (first, second):
        indexing.after_commit(app, case_id, "publish")
    return first, second


def test_the_case_page_links_to_its_comparable_deployments_without_computing_them(
        app, session, vault, world, client, auth, monkeypatch) -> None:
    first, _ = _two_published(app, session, vault, world)
    auth.login(world.member_a.email)
    monkeypatch.setattr("exchange.domain.library_search.comparable",
                        lambda *a, **k: (_ for _ in ()).throw(AssertionError("computed on the case page")))
    page = client.get(f"/cases/{first}")
    assert page.status_code == 200
    assert f'data-comparable="/cases/{first}/comparable"' in page.text
    assert f'href="/cases/{first}/comparable"' in page.text and "comparable.js" in page.text


def test_comparable_deployments_list_the_other_case_never_the_case_itself(app, session, vault, world, client,
                                                                          auth) -> None:
    first, second = _two_published(app, session, vault, world)
    auth.login(world.member_a.email)
    page = client.get(f"/cases/{first}/comparable")
    assert page.status_code == 200 and 'id="comparable"' in page.text
    assert f'href="/cases/{second}"' in page.text and f'href="/cases/{first}"' in page.text.split('id="comparable"')[0]
    assert f'href="/cases/{first}"' not in page.text.split('id="comparable"')[1]


def test_a_withdrawn_case_leaves_the_comparable_deployments_already_shown(app, session, vault, world, client,
                                                                          auth) -> None:
    first, second = _two_published(app, session, vault, world)
    auth.login(world.member_a.email)
    assert f'href="/cases/{second}"' in client.get(f"/cases/{first}/comparable").text  # now cached
    contributions.take_action(session, vault, actor_for(world.contributor_a), second, "withdraw")
    session.commit()
    indexing.after_commit(app, second, "withdraw")
    page = client.get(f"/cases/{first}/comparable")
    assert f'href="/cases/{second}"' not in page.text and "None found" in page.text


def test_comparable_deployments_of_an_unknown_case_are_none_not_an_error(world, client, auth) -> None:
    auth.login(world.member_a.email)
    page = client.get("/cases/2147483647/comparable")
    assert page.status_code == 200 and "None found" in page.text
