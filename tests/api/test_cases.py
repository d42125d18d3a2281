"""The library over the API: filters, facets, page links, ETags, similar cases; redacted only."""
from __future__ import annotations

import dataclasses

import pytest

from exchange.domain import contributions
from exchange.domain.accounts import actor_for
from tests.api.conftest import CANARIES, publish_case
from tests.factories import CANARY_TEXT


def _variant(title: str, segment: str, technologies: tuple[str, ...], barriers: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return dataclasses.replace(CANARY_TEXT, title=title, segment=segment, technologies=technologies,
                               barriers=barriers)


@pytest.fixture()
def library(app, session, vault, world) -> dict[str, int]:
    rows = {
        "cobots": _variant("Cobots in biologics", "biologics", ("robotics_automation", "mes_ebr"), ("scale",)),
        "twin": _variant("A digital twin", "biologics", ("digital_twin", "mes_ebr"), ("scale", "risk_aversion")),
        "vision": _variant("Vision inspection", "sterile_injectables", ("automated_visual_inspection",)),
        "mes": _variant("Paperless records", "biologics", ("mes_ebr",)),
        "lims": _variant("A new LIMS", "biologics", ("lims_eln",)),
    }
    return {name: publish_case(app, session, vault, world, data) for name, data in rows.items()}


def test_list_holds_published_cases_with_facets_and_links(api, library) -> None:
    body = api.member_a.get("/api/v1/cases?per_page=2").get_json()
    assert body["total"] == 5 and len(body["items"]) == 2
    assert {"value": "biologics", "count": 4} in body["facets"]["segment"]
    assert {"value": "mes_ebr", "count": 3} in body["facets"]["technology"]
    assert body["links"]["next"].endswith("page=2") or "page=2" in body["links"]["next"]
    assert body["links"]["prev"] is None and "page=3" in body["links"]["last"]


@pytest.mark.parametrize("query, expected", [
    ("segment=biologics", {"cobots", "twin", "mes", "lims"}),
    ("segment=biologics&segment=sterile_injectables", {"cobots", "twin", "mes", "lims", "vision"}),
    ("technology=mes_ebr&technology=digital_twin", {"twin"}),
    ("barrier=scale", {"cobots", "twin"}),
    ("segment=vaccines", set()),
    ("", {"cobots", "twin", "mes", "lims", "vision"}),
])
def test_filters_narrow_the_list_and_its_facets(api, library, query, expected) -> None:
    body = api.member_a.get(f"/api/v1/cases?{query}").get_json()
    assert {i["id"] for i in body["items"]} == {library[n] for n in expected}
    assert body["total"] == len(expected)
    assert sum(f["count"] for f in body["facets"]["segment"]) == len(expected)


@pytest.mark.parametrize("query, field", [
    ("segment=bananas", "segment"), ("technology=%F0%9F%8D%8C", "technology"), ("page=0", "page"),
    ("per_page=101", "per_page"), ("page=abc", "page"), ("per_page=", "per_page"),
])
def test_bad_filters_are_400_naming_the_field(api, query, field) -> None:
    response = api.member_a.get(f"/api/v1/cases?{query}")
    assert response.status_code == 400 and field in response.get_json()["errors"]


def test_page_beyond_the_end_is_empty_with_a_prev_link(api, library) -> None:
    body = api.member_a.get("/api/v1/cases?page=9&per_page=2").get_json()
    assert body["items"] == [] and body["links"]["next"] is None and "page=3" in body["links"]["prev"]


def test_case_detail_has_an_etag_and_answers_304(api, published) -> None:
    first = api.member_a.get(f"/api/v1/cases/{published}")
    assert first.status_code == 200 and first.headers["ETag"]
    assert first.headers["Cache-Control"] == "no-store"
    again = api.member_a.get(f"/api/v1/cases/{published}", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.get_data() == b""
    other = api.member_a.get(f"/api/v1/cases/{published}", headers={"If-None-Match": '"stale"'})
    assert other.status_code == 200


def test_case_detail_is_iso_utc_and_redacted(api, published) -> None:
    body = api.contributor_b.get(f"/api/v1/cases/{published}").get_json()
    assert body["id"] == published and body["published_at"].endswith("+00:00")
    for canary in CANARIES:
        assert canary not in str(body)


def test_unpublished_case_is_404_even_to_its_owner_here(api, session, vault, world) -> None:
    draft = contributions.create_case_study(session, vault, actor_for(world.contributor_a), CANARY_TEXT)
    session.commit()
    assert api.contributor_a.get(f"/api/v1/cases/{draft.id}").status_code == 404
    assert api.member_a.get("/api/v1/cases/999999").status_code == 404


def test_retired_case_leaves_the_list(api, published, session, vault, world) -> None:
    contributions.take_action(session, vault, actor_for(world.curator), published, "retire", "Superseded")
    session.commit()
    assert api.member_a.get("/api/v1/cases").get_json()["total"] == 0
    assert api.member_a.get(f"/api/v1/cases/{published}").status_code == 404


def test_similar_ranks_same_segment_by_shared_technologies(api, library) -> None:
    body = api.member_a.get(f"/api/v1/cases/{library['cobots']}/similar").get_json()
    ids = [item["case"]["id"] for item in body["items"]]
    # vision is another segment; lims shares no technology; mes overlaps more closely than twin
    assert ids == [library["mes"], library["twin"]]
    assert body["items"][0]["shared_technologies"] == ["mes_ebr"] and body["total"] == 2
    assert body["items"][0]["score"] > body["items"][1]["score"]


def test_taxonomies_list_every_vocabulary(api) -> None:
    body = api.member_a.get("/api/v1/taxonomies").get_json()
    assert {"code": "biologics", "label": "Biologics"} in body["segments"]
    assert [m["level"] for m in body["maturity_levels"]] == [1, 2, 3, 4, 5]
    assert len(body["barriers"]) == 8


def test_full_text_query_searches_the_index(app, api, published) -> None:  # type: ignore[no-untyped-def]
    from exchange import indexing

    indexing.after_commit(app, published, "publish")
    body = api.member_a.get("/api/v1/cases?q=cobots").get_json()
    assert [item["id"] for item in body["items"]] == [published] and body["total"] == 1
    assert {"segment", "technology", "barrier"} <= set(body["facets"])
    assert api.member_a.get("/api/v1/cases?q=nothingmatcheszzz").get_json()["total"] == 0
    assert api.member_a.get("/api/v1/cases?q=" + "x" * 1001).status_code == 400
