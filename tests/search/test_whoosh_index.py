"""whoosh specifics: non-compound segments, merge-free commits, cross-process locking, health."""
from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Iterator

import pytest
from whoosh import index as whoosh_index

import search
from search import IndexUnavailable, SearchQuery
from search.whoosh_index import WhooshIndex
from tests.search.factories import CORPUS, doc


@pytest.fixture
def ix(tmp_path: Path) -> Iterator[WhooshIndex]:
    opened = WhooshIndex(tmp_path / "ix")
    opened.index(CORPUS)
    yield opened
    opened.close()


def test_segments_are_written_non_compound(ix: WhooshIndex):
    files = {p.suffix for p in ix.path.iterdir()}
    assert ".seg" not in files  # a compound segment is one .seg file
    assert {".trm", ".pst"} <= files


def test_each_publish_commits_a_segment_without_merging(ix: WhooshIndex):
    for n in range(12):
        ix.index([doc(f"p{n}", title=f"Published {n}")])
    assert ix.segment_count() == 13
    assert ix.count() == len(CORPUS) + 12


def test_optimize_merges_everything_into_one_segment(ix: WhooshIndex):
    for n in range(3):
        ix.index([doc(f"p{n}")])
    ix.remove(["c1"])
    ix.optimize()
    assert ix.segment_count() == 1
    assert ix.count() == len(CORPUS) + 3 - 1
    assert ix.query(SearchQuery(text="bioreactor")).total == 1


def test_facet_bitmaps_of_unchanged_segments_are_reused(ix: WhooshIndex):
    ix.query(SearchQuery())
    cached = dict(ix._segment_cache)
    ix.index([doc("new", segment="vaccines")])
    counts = {fc.value: fc.count for fc in ix.query(SearchQuery()).facets["segment"]}
    assert counts["vaccines"] == 1
    assert all(ix._segment_cache[key] is sets for key, sets in cached.items())
    assert len(ix._segment_cache) == len(cached) + 1


def test_a_reader_sees_writes_from_another_handle(tmp_path: Path):
    reader, writer = WhooshIndex(tmp_path / "ix"), WhooshIndex(tmp_path / "ix")
    assert reader.count() == 0
    writer.index(CORPUS)
    writer.remove(["c1"])
    assert reader.count() == len(CORPUS) - 1
    assert reader.query(SearchQuery(text="granulation")).total == 0
    reader.close()
    writer.close()


def _publish(path: str, worker: int) -> None:
    handle = WhooshIndex(path)
    for n in range(5):
        handle.index([doc(f"w{worker}-{n}", title=f"Worker {worker} case {n}")])
    handle.close()


def test_concurrent_writers_in_several_processes_all_succeed(tmp_path: Path):
    path = str(tmp_path / "ix")
    WhooshIndex(path).close()  # create
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_publish, args=(path, w)) for w in range(4)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(60)
    assert [p.exitcode for p in workers] == [0, 0, 0, 0]
    after = WhooshIndex(path)
    assert after.count() == 20
    after.close()


def test_a_lock_held_too_long_is_index_unavailable_not_lock_error(ix: WhooshIndex):
    held = whoosh_index.open_dir(str(ix.path)).writer()
    try:
        impatient = WhooshIndex(ix.path, lock_timeout=0.2)
        with pytest.raises(IndexUnavailable, match="busy"):
            impatient.index([doc("late")])
        assert impatient.query(SearchQuery()).total == len(CORPUS)  # reads are not blocked
        impatient.close()
    finally:
        held.cancel()


def test_a_missing_index_is_created_on_open(tmp_path: Path):
    opened = search.open_index("whoosh", path=tmp_path / "a" / "b")
    assert opened.is_healthy() and opened.count() == 0
    opened.close()


@pytest.mark.parametrize("damage", ["delete_postings", "truncate_terms", "garbage_toc"])
def test_a_corrupt_index_is_detected_and_rebuilt(ix: WhooshIndex, damage: str):
    ix.close()
    if damage == "delete_postings":
        next(ix.path.glob("*.pst")).unlink()
    elif damage == "truncate_terms":
        next(ix.path.glob("*.trm")).write_bytes(b"\x00" * 7)
    else:
        next(ix.path.glob("*.toc")).write_bytes(b"not a table of contents")
    damaged = WhooshIndex(ix.path)
    assert damaged.is_healthy() is False
    damaged.clear()
    assert damaged.is_healthy() is True and damaged.count() == 0
    damaged.index(CORPUS)
    assert damaged.query(SearchQuery(text="bioreactor")).total == 1
    damaged.close()


def test_open_index_rejects_unknown_backends_and_missing_locations(tmp_path: Path):
    for backend, options in [("solr", {}), ("whoosh", {}), ("postgres", {"dsn": ""})]:
        with pytest.raises(search.SearchError):
            search.open_index(backend, **options)


def test_cached_term_and_phrase_results_follow_publishes_and_removals(ix: WhooshIndex):
    phrase, word = SearchQuery(text='"aseptic filling"'), SearchQuery(text="isolator")
    assert (ix.query(phrase).total, ix.query(word).total) == (1, 1)
    ix.index([doc("new", title="Aseptic filling in an isolator")])
    assert {h.id for h in ix.query(phrase).hits} == {"c2", "new"}
    assert ix.query(word).total == 2
    ix.remove(["c2"])
    assert [h.id for h in ix.query(phrase).hits] == ["new"]
    assert [h.id for h in ix.query(word).hits] == ["new"]


def test_the_term_cache_evicts_least_recently_used_entries_beyond_its_budget():
    from search.whoosh_index.matching import TermCache

    cache = TermCache(budget=10)
    cache.get(("a", "", ""), lambda: [0] * 4)
    cache.get(("b", "", ""), lambda: [0] * 4)
    cache.get(("a", "", ""), lambda: [1])  # hit: "a" becomes most recent, value unchanged
    assert cache.get(("c", "", ""), lambda: {1: 1.0}) == {1: 1.0}  # evicts "b"
    assert cache.get(("a", "", ""), lambda: "reloaded") == [0] * 4
    assert cache.get(("b", "", ""), lambda: "reloaded") == "reloaded"
    assert cache.used <= 10


def test_a_table_of_contents_replaced_while_opening_is_read_again(tmp_path: Path, monkeypatch):
    path = tmp_path / "ix"
    WhooshIndex(path).close()
    real, calls = whoosh_index.open_dir, []

    def another_process_just_committed(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise FileNotFoundError("_MAIN_1.toc")  # deleted by a newer commit after being listed
        return real(*args, **kwargs)

    monkeypatch.setattr(whoosh_index, "open_dir", another_process_just_committed)
    handle = WhooshIndex(path)
    handle.index([doc("c1", title="Cobots on a blister line")])
    assert handle.count() == 1 and len(calls) > 1
    handle.close()


def test_a_table_of_contents_that_stays_missing_is_reported(tmp_path: Path, monkeypatch):
    path = tmp_path / "ix"
    WhooshIndex(path).close()

    def always_missing(*args, **kwargs):
        raise FileNotFoundError("_MAIN_1.toc")

    monkeypatch.setattr(whoosh_index, "open_dir", always_missing)
    with pytest.raises(IndexUnavailable):
        WhooshIndex(path).index([doc("c1", title="Cobots")])
