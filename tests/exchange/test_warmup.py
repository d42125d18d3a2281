"""Warming a new server process: the search index's bitmaps and the default benchmark table are
ready before the first request, and a failure to warm never stops the process."""
from __future__ import annotations

import logging

import pytest
from flask import Flask

from exchange import warmup
from exchange.benchmarks import service
from search import IndexUnavailable


class BrokenIndex:
    def query(self, q):
        raise IndexUnavailable("down")


def test_warming_reads_the_index_and_computes_the_default_table(app: Flask, monkeypatch) -> None:
    asked = []
    index = warmup.app_index(app)
    monkeypatch.setattr(warmup, "app_index", lambda a: type("Spy", (), {
        "query": lambda self, q: asked.append(q) or index.query(q)})())
    service._TABLES.clear()
    warmup.warm(app)
    assert len(asked) == 1 and asked[0].text == ""
    assert any(key[1] == service.DEFAULT_METRIC for key in service._TABLES)


def test_an_unreadable_index_is_logged_and_the_table_still_warms(app: Flask, monkeypatch, caplog) -> None:
    monkeypatch.setattr(warmup, "app_index", lambda a: BrokenIndex())
    service._TABLES.clear()
    with caplog.at_level(logging.WARNING, logger="exchange.warmup"):
        warmup.warm(app)
    assert "search index could not be read" in caplog.text
    assert any(key[1] == service.DEFAULT_METRIC for key in service._TABLES)


def test_a_database_failure_while_warming_is_logged_not_raised(app: Flask, monkeypatch, caplog) -> None:
    from sqlalchemy.exc import OperationalError

    def down(*args, **kwargs):
        raise OperationalError("SELECT", {}, Exception("connection refused"))

    monkeypatch.setattr(service, "warm_default_table", down)
    with caplog.at_level(logging.WARNING, logger="exchange.warmup"):
        warmup.warm(app)
    assert "benchmark table could not be computed (OperationalError)" in caplog.text


@pytest.mark.parametrize(("threads", "worker_class"), [(1, "sync"), (4, "gthread")])
def test_gunicorn_workers_warm_before_serving_and_thread_when_asked(threads: int, worker_class: str) -> None:
    from exchange.serving import GunicornServer, _warm_worker, gunicorn_options

    server = GunicornServer(gunicorn_options("127.0.0.1", 5123, 2, threads))
    assert server.cfg.worker_class_str == worker_class and server.cfg.threads == threads
    assert server.cfg.post_worker_init is _warm_worker


def test_the_worker_warm_up_text_reaches_every_family_of_recogniser() -> None:
    from anonymiser import anonymise_text

    found = {f.category for f in anonymise_text(warmup.WARM_TEXT, terms=("Acme",)).findings}
    assert {"person", "organisation", "place", "money", "date", "contact", "product", "identifier"} <= found


def test_warming_the_anonymiser_freezes_what_it_loaded(monkeypatch) -> None:
    """The word lists are loaded first, then left out of the garbage collector's full collections."""
    calls = []
    monkeypatch.setattr(warmup, "anonymise_text", lambda *a, **k: calls.append("anonymise"))
    monkeypatch.setattr(warmup.gc, "freeze", lambda: calls.append("freeze"))
    warmup.warm_anonymiser()
    assert calls == ["anonymise", "freeze"]


@pytest.mark.parametrize(("queue_url", "expected"), [("", ["warm", "anonymiser"]), ("redis://x", ["warm", "freeze"])])
def test_a_server_process_warms_the_anonymiser_only_where_it_anonymises_in_the_request(
        app: Flask, monkeypatch, queue_url: str, expected: list[str]) -> None:
    calls = []
    monkeypatch.setattr(warmup, "warm", lambda a: calls.append("warm"))
    monkeypatch.setattr(warmup, "warm_anonymiser", lambda: calls.append("anonymiser"))
    monkeypatch.setattr(warmup, "freeze_warmed", lambda: calls.append("freeze"))
    monkeypatch.setitem(app.extensions["exchange"], "queue_url", queue_url)
    warmup.warm_process(app)
    assert calls == expected
