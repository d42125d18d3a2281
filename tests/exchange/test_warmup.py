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
