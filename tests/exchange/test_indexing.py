"""The index follows the database: publish adds, withdraw and retire remove, a failed write is
retried, and a damaged index is rebuilt."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from exchange import indexing
from exchange.domain import contributions
from exchange.domain.library_search import comparable, search_library
from exchange.domain.errors import NotFound, ValidationFailed
from exchange.models import Contribution
from search import IndexUnavailable, SearchQuery
from tests.factories import actor
from tests.security.matrix_setup import build


def _index(app):  # type: ignore[no-untyped-def]
    return indexing.app_index(app)


def test_publish_then_withdraw_moves_the_case_in_and_out_of_the_index(app, session, vault, world) -> None:
    objects = build(app, session, vault, world)
    indexing.after_commit(app, objects.published, "publish")
    member = actor(world.contributor_b)
    results = search_library(_index(app), member, "cobots")
    assert [h.id for h in results.hits] == [str(objects.published)]
    assert "Acmeford" not in repr(results) and "Widnes" not in repr(results)
    contributions.take_action(session, vault, actor(world.contributor_a), objects.published, "withdraw")
    session.commit()
    indexing.after_commit(app, objects.published, "withdraw")
    assert search_library(_index(app), member, "cobots").total == 0


def test_failed_index_write_keeps_the_publication_and_is_retried(app, session, vault, world, monkeypatch) -> None:
    objects = build(app, session, vault, world)
    index = _index(app)

    def down(docs):  # type: ignore[no-untyped-def]
        raise IndexUnavailable("disk full")

    monkeypatch.setattr(index, "index", down)
    assert indexing.reflect(app.extensions["exchange"]["sessions"], index, [objects.published]) == 1
    session.expire_all()
    contribution = session.get(Contribution, objects.published)
    assert contribution.state == "published" and contribution.index_pending is True
    monkeypatch.undo()
    assert indexing.sync_pending(app.extensions["exchange"]["sessions"], index) == 2  # the case and the dataset
    session.expire_all()
    assert session.get(Contribution, objects.published).index_pending is False
    assert index.count() == 1


def test_damaged_index_is_rebuilt_from_the_database(app, session, vault, world) -> None:
    objects = build(app, session, vault, world)
    index = _index(app)
    indexing.after_commit(app, objects.published, "publish")
    index.close()
    app.extensions["exchange"].pop("search")
    path = Path(app.config["DATA_DIR"]) / "search-index"
    for item in path.iterdir():  # every file of the index damaged
        item.write_bytes(b"garbage")
    fresh = _index(app)
    assert indexing.ensure_healthy(app.extensions["exchange"]["sessions"], fresh) is True
    assert fresh.is_healthy() and fresh.count() == 1
    fresh.close()
    app.extensions["exchange"].pop("search")
    shutil.rmtree(path)  # and a missing index
    again = _index(app)
    assert indexing.ensure_healthy(app.extensions["exchange"]["sessions"], again) is True and again.count() == 1
    assert indexing.ensure_healthy(app.extensions["exchange"]["sessions"], again) is False


def test_reindex_command_rebuilds(app, session, vault, world, monkeypatch) -> None:
    objects = build(app, session, vault, world)
    for key in ("DATABASE_URL", "DATA_DIR", "MASTER_KEY_FILE"):
        monkeypatch.setenv(f"EXCHANGE_{key}", app.config[key])
    from exchange.cli import main

    result = CliRunner().invoke(main, ["reindex"])
    assert result.exit_code == 0 and "Indexed 1 published case" in result.output
    assert [h.id for h in comparable(_index(app), actor(world.member_a), objects.published)] == []


@pytest.mark.parametrize("text", ['"unbalanced', "*", "x" * 10_000, "AND OR NOT", "\x00\x01", "((("])
def test_odd_queries_get_results_or_a_clear_message(app, session, vault, world, text: str) -> None:
    build(app, session, vault, world)
    try:
        search_library(_index(app), actor(world.member_a), text)
    except ValidationFailed as exc:
        assert str(exc)


def test_unknown_facet_value_matches_nothing(app, session, vault, world) -> None:
    build(app, session, vault, world)
    assert search_library(_index(app), actor(world.member_a), "", {"segment": ["spaceships"]}).total == 0


def test_anonymous_cannot_search(app) -> None:
    from exchange.domain.actor import Actor

    with pytest.raises(NotFound):
        search_library(_index(app), Actor(None, None, None), "x")


def test_search_document_is_none_for_unpublished(session, vault, world) -> None:
    from tests.factories import make_case

    draft = make_case(session, vault, world.contributor_a)
    assert indexing.search_document(session, draft) is None
    assert SearchQuery().page == 1


def test_zero_result_queries_are_counted_without_identity(app, session, world) -> None:
    from exchange.domain.library_search import record_miss, top_misses
    from exchange.domain.errors import PermissionDenied
    from exchange.models import SearchMiss

    for _ in range(2):
        record_miss(session, "  Robotic   Aseptic filling ", {"segment": ["vaccines"], "barriers": []})
    record_miss(session, "", {})
    misses = top_misses(session, actor(world.curator))
    assert [(m.query, m.filters, m.times) for m in misses] == [("robotic aseptic filling", {"segment": ["vaccines"]}, 2)]
    columns = set(SearchMiss.__table__.columns.keys())
    assert columns == {"id", "query", "filters", "times", "last_seen_at"}  # nothing that names who asked
    with pytest.raises(PermissionDenied):
        top_misses(session, actor(world.member_a))


def test_zero_result_query_with_control_characters_is_stored_cleanly(session, world) -> None:
    from exchange.domain.library_search import record_miss, top_misses

    record_miss(session, "cobots\x00 in\x07 vials", {"segment": ["x\x00y"]})
    session.commit()
    assert [(m.query, m.filters) for m in top_misses(session, actor(world.curator))] == [
        ("cobots in vials", {"segment": ["x y"]})]


def test_a_rebuild_batch_makes_the_same_documents_as_one_contribution_at_a_time(app, session, vault,
                                                                                 world) -> None:
    from datetime import date

    from exchange.models import KpiValue

    objects = build(app, session, vault, world)
    published = session.get(Contribution, objects.published)
    for metric, phase in (("oee_pct", "before"), ("oee_pct", "after"), ("payback_months", "value")):
        session.add(KpiValue(contribution_id=published.id, organisation_id=published.organisation_id,
                             metric=metric, phase=phase, value=10.0, period_end=date(2024, 1, 1)))
    session.commit()
    factory = app.extensions["exchange"]["sessions"]
    with factory() as one:
        singly = {i: indexing.search_document(one, one.get(Contribution, i)) for i in (objects.published, objects.draft)}
    with factory() as batched:
        batch = indexing._load_batch(batched, [objects.draft, objects.published])
        metrics = indexing._metrics(batched, batch)
        together = {c.id: indexing.search_document(batched, c, metrics[c.id]) for c in batch}
    assert together == singly
    assert singly[objects.published].kpis == ("oee_pct", "payback_months") and singly[objects.draft] is None


def test_a_rebuild_leaves_the_whoosh_index_in_one_segment(app, session, vault, world, monkeypatch) -> None:
    build(app, session, vault, world)
    monkeypatch.setattr(indexing, "BATCH", 1)  # one segment per contribution before merging
    index = _index(app)
    indexing.rebuild(app.extensions["exchange"]["sessions"], index)
    assert index.segment_count() == 1 and index.count() == 1
