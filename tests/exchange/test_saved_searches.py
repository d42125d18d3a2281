"""Saved searches in the domain: saving checks the query as the library search does, each member
sees and deletes only their own, and "new since" comes from the index (published cases only)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from exchange import indexing
from exchange.domain import saved_search_matches, saved_searches
from exchange.domain.actor import Actor
from exchange.domain.errors import NotFound, PermissionDenied, ValidationFailed
from exchange.domain.saved_searches import SavedSearchInput
from exchange.models import SavedSearch
from tests.exchange.saved_search_cases import SECRET_SITE, publish, story, take
from tests.factories import actor


@pytest.fixture()
def index(app):  # type: ignore[no-untyped-def]
    return indexing.app_index(app)


def test_saving_keeps_text_filters_sort_and_a_long_random_feed_token(session, index, world) -> None:
    saved = saved_searches.create(session, index, actor(world.member_a), SavedSearchInput(
        text="  cobots  ", filters={"segment": ["biologics", "biologics"], "technologies": [""]}, sort="date",
        frequency="weekly"))
    assert (saved.text, saved.filters, saved.sort, saved.frequency) == ("cobots", {"segment": ["biologics"]}, "date", "weekly")
    assert saved.name == "cobots" and len(saved.feed_token) >= 43
    other = saved_searches.create(session, index, actor(world.member_a), SavedSearchInput())
    assert other.name == "Every case study" and other.feed_token != saved.feed_token


@pytest.mark.parametrize("data, field", [
    (SavedSearchInput(text="x" * 1001), "q"),
    (SavedSearchInput(text="cobots\x00"), "q"),
    (SavedSearchInput(name="n\x00"), "q"),
    (SavedSearchInput(filters={"segment": ["bio\x00logics"]}), "q"),
    (SavedSearchInput(filters={"organisation": ["Acmeford"]}), "filters"),
    (SavedSearchInput(filters={"segment": ["v"] * 31}), "filters"),
    (SavedSearchInput(filters={"segment": ["v" * 101]}), "filters"),
    (SavedSearchInput(sort="random"), "sort"),
    (SavedSearchInput(frequency="hourly"), "frequency"),
    (SavedSearchInput(name="n" * 101), "name"),
    (SavedSearchInput(text=" ".join(f"w{i}" for i in range(40))), "q"),
])
def test_saving_refuses_bad_input_naming_the_field_and_stores_nothing(session, index, world, data, field) -> None:
    with pytest.raises(ValidationFailed) as caught:
        saved_searches.create(session, index, actor(world.member_a), data)
    assert field in caught.value.errors
    assert session.query(SavedSearch).count() == 0


def test_odd_but_searchable_text_is_saved_as_the_library_would_run_it(session, index, world) -> None:
    for text in ('"unbalanced quote', "*", "Łódź café ✓", "NOT", "((("):
        saved_searches.create(session, index, actor(world.member_a), SavedSearchInput(text=text))
    assert len(saved_searches.list_own(session, actor(world.member_a))) == 5


def test_a_member_may_keep_at_most_fifty_saved_searches(session, index, world) -> None:
    member = actor(world.member_a)
    for n in range(saved_searches.MAX_SAVED):
        saved_searches.create(session, index, member, SavedSearchInput(text=f"cobots {n}"))
    with pytest.raises(ValidationFailed, match="not saved"):
        saved_searches.create(session, index, member, SavedSearchInput(text="one too many"))
    saved_searches.create(session, index, actor(world.contributor_b), SavedSearchInput(text="others are unaffected"))


@pytest.mark.parametrize("who", ["member_a", "contributor_a", "curator", "admin"])
def test_every_role_that_can_search_can_save(session, index, world, who) -> None:
    saved_searches.create(session, index, actor(getattr(world, who)), SavedSearchInput(text="cobots"))
    assert [s.text for s in saved_searches.list_own(session, actor(getattr(world, who)))] == ["cobots"]


def test_nobody_signed_out_can_save_or_list(session, index) -> None:
    anonymous = Actor(None, None, None)
    with pytest.raises(PermissionDenied):
        saved_searches.create(session, index, anonymous, SavedSearchInput(text="cobots"))
    with pytest.raises(PermissionDenied):
        saved_searches.list_own(session, anonymous)


def test_someone_elses_saved_search_is_not_found_for_every_operation(session, index, world) -> None:
    saved = saved_searches.create(session, index, actor(world.member_a), SavedSearchInput(text="cobots"))
    stranger = actor(world.contributor_a)  # same organisation, still not theirs
    for operation in (lambda: saved_searches.get_own(session, stranger, saved.id),
                      lambda: saved_searches.delete(session, stranger, saved.id),
                      lambda: saved_searches.set_frequency(session, stranger, saved.id, "daily"),
                      lambda: saved_searches.regenerate_token(session, stranger, saved.id)):
        with pytest.raises(NotFound):
            operation()
    assert saved_searches.get_own(session, actor(world.member_a), saved.id) == saved
    assert saved_searches.list_own(session, stranger) == []


def test_deleting_removes_only_the_owners_search(session, index, world) -> None:
    member = actor(world.member_a)
    keep = saved_searches.create(session, index, member, SavedSearchInput(text="keep"))
    gone = saved_searches.create(session, index, member, SavedSearchInput(text="gone"))
    saved_searches.delete(session, member, gone.id)
    assert [s.id for s in saved_searches.list_own(session, member)] == [keep.id]
    with pytest.raises(NotFound):
        saved_searches.delete(session, member, gone.id)


def test_frequency_must_be_known_and_switching_on_starts_the_window_now(session, index, world) -> None:
    member = actor(world.member_a)
    saved = saved_searches.create(session, index, member, SavedSearchInput(text="cobots"))
    with pytest.raises(ValidationFailed):
        saved_searches.set_frequency(session, member, saved.id, "hourly")
    before = datetime.now(UTC)
    changed = saved_searches.set_frequency(session, member, saved.id, "daily")
    assert changed.frequency == "daily" and changed.last_digest_at is not None and changed.last_digest_at >= before


def test_feed_token_opens_the_feed_until_it_is_regenerated(session, index, world) -> None:
    member = actor(world.member_a)
    saved = saved_searches.create(session, index, member, SavedSearchInput(text="cobots"))
    found, owner = saved_searches.by_feed_token(session, saved.id, saved.feed_token)
    assert found.id == saved.id and owner == member
    fresh = saved_searches.regenerate_token(session, member, saved.id)
    for token in (saved.feed_token, "", fresh.feed_token[:-1], fresh.feed_token + "x", "é\x00"):
        with pytest.raises(NotFound):
            saved_searches.by_feed_token(session, saved.id, token)
    with pytest.raises(NotFound):
        saved_searches.by_feed_token(session, saved.id + 1, fresh.feed_token)
    assert saved_searches.by_feed_token(session, saved.id, fresh.feed_token)[0].id == saved.id


def test_a_deactivated_owners_feed_is_not_found(session, index, world) -> None:
    saved = saved_searches.create(session, index, actor(world.member_a), SavedSearchInput(text="cobots"))
    world.member_a.active = False
    session.flush()
    with pytest.raises(NotFound):
        saved_searches.by_feed_token(session, saved.id, saved.feed_token)


def test_new_since_lists_only_matching_cases_published_after_the_moment(app, session, vault, world, index) -> None:
    now = datetime.now(UTC)
    old = publish(app, session, vault, world, story("Cobots on the old line"), now - timedelta(days=3))
    new = publish(app, session, vault, world, story("Cobots on the new line"), now - timedelta(hours=2))
    publish(app, session, vault, world, story("Cobots for vaccines", segment="vaccines"), now - timedelta(hours=1))
    member = actor(world.member_a)
    saved = saved_searches.create(session, index, member, SavedSearchInput(text="cobots",
                                                                          filters={"segment": ["biologics"]}))
    since = saved_search_matches.new_since(session, index, member, saved, now - timedelta(days=1))
    assert [m.id for m in since.items] == [new] and since.total == 1
    newest = saved_search_matches.newest(session, index, member, saved)
    assert [m.id for m in newest.items] == [new, old]
    assert all(SECRET_SITE not in m.title + m.snippet for m in newest.items)
    assert saved_search_matches.count(index, member, saved) == 2


def test_a_withdrawn_or_retired_case_leaves_the_matches(app, session, vault, world, index) -> None:
    first = publish(app, session, vault, world, story("Cobots first"))
    second = publish(app, session, vault, world, story("Cobots second"))
    third = publish(app, session, vault, world, story("Cobots third"))
    member = actor(world.member_a)
    saved = saved_searches.create(session, index, member, SavedSearchInput(text="cobots"))
    take(app, session, vault, world, first, "withdraw")
    take(app, session, vault, world, second, "retire")
    assert [m.id for m in saved_search_matches.newest(session, index, member, saved).items] == [third]


def test_a_withdrawal_the_index_has_not_caught_up_with_is_still_left_out(app, session, vault, world, index) -> None:
    case = publish(app, session, vault, world, story("Cobots lagging"))
    member = actor(world.member_a)
    saved = saved_searches.create(session, index, member, SavedSearchInput(text="cobots"))
    from exchange.domain import contributions

    contributions.take_action(session, vault, actor(world.contributor_a), case, "withdraw")
    session.commit()  # no index update: the database alone says it is no longer public
    assert index.count() == 1
    assert saved_search_matches.newest(session, index, member, saved).items == []
