"""Warming a new server process before it takes requests.

A gunicorn worker starts with empty per-process caches: the search index's per-generation
bitmaps (PostgreSQL layout: the first query of a process reads every document's facets, ~0.3 s
at 10,000 cases) and the benchmarks page's default table (~0.25 s). Without warming, the first
visitors of every new worker wait for them. Warming reads only; it releases no figures and
writes nothing, and a failure is logged, never fatal: the caches then fill on first use.
"""
from __future__ import annotations

import logging
import time

from flask import Flask
from sqlalchemy.exc import SQLAlchemyError

from exchange.benchmarks import service as benchmarks
from exchange.benchmarks.settings import settings_from_config
from exchange.indexing import app_index
from search import IndexUnavailable, SearchError, SearchQuery

log = logging.getLogger(__name__)


def warm(app: Flask) -> None:
    started = time.perf_counter()
    try:
        app_index(app).query(SearchQuery())
    except (IndexUnavailable, SearchError) as error:
        log.warning("warm-up: the search index could not be read (%s); it warms on first use", error)
    try:
        with app.extensions["exchange"]["sessions"]() as session:
            benchmarks.warm_default_table(session, settings_from_config(app.config))
    except SQLAlchemyError as error:
        log.warning("warm-up: the benchmark table could not be computed (%s); it is on first use",
                    type(error).__name__)
    log.info("warm-up took %.0f ms", (time.perf_counter() - started) * 1000)
