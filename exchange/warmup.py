"""Warming a new server or worker process before it takes requests or jobs.

A gunicorn worker starts with empty per-process caches: the search index's per-generation
bitmaps (PostgreSQL layout: the first query of a process reads every document's facets, ~0.3 s
at 10,000 cases) and the benchmarks page's default table (~0.25 s). Without warming, the first
visitors of every new worker wait for them. Warming reads only; it releases no figures and
writes nothing, and a failure is logged, never fatal: the caches then fill on first use.
"""
from __future__ import annotations

import gc
import logging
import time

from flask import Flask
from sqlalchemy.exc import SQLAlchemyError

from anonymiser import anonymise_text
from exchange.benchmarks import service as benchmarks
from exchange.benchmarks.settings import settings_from_config
from exchange.indexing import app_index
from search import IndexUnavailable, SearchError, SearchQuery

log = logging.getLogger(__name__)
# Touches every recogniser family, so each loads its word lists and automata.
WARM_TEXT = ("Dr Jane Smith, Head of Automation at Acme Pharma Ltd (APL) in Macclesfield, said on 3 March "
             "2024 that the £2.3m Project Falcon line (SOP-QA-0042, batch B2024-117, AZD9291) now makes "
             "40,000 packs a week. Contact jane.smith@acme-pharma.example or +44 161 496 0000.")


def warm_anonymiser() -> None:
    """Load the anonymiser's lazily built word lists and automata (~60 ms) in a process that forks
    a work horse per job (RQ), so every job inherits them instead of building them again; then
    freeze them (``freeze_warmed``)."""
    started = time.perf_counter()
    anonymise_text(WARM_TEXT, terms=("Acme",), organisation_terms=("Acme Pharma",))
    freeze_warmed()
    log.info("anonymiser warmed in %.0f ms", (time.perf_counter() - started) * 1000)


def freeze_warmed() -> None:
    """Leave what the process has built so far (its modules, the anonymiser's word lists and automata: ~100,000
    objects) out of the cyclic garbage collector's full collections, each of which walked all of it (~0.1-0.2 s,
    several per MB of text anonymised; in a request, its latency). Called once, after warming: what it freezes lives
    as long as the process (a frozen object is still freed when nothing refers to it; only a reference cycle among
    them would stay), and a work horse forked after it no longer copies the pages a collection wrote to."""
    gc.freeze()


def warm_process(app: Flask) -> None:
    """A server process about to take requests: ``warm``, then the anonymiser where submissions are anonymised in
    the request (no queue configured), and what warming built frozen."""
    warm(app)
    if app.extensions["exchange"].get("queue_url"):
        freeze_warmed()
    else:
        warm_anonymiser()


def warm(app: Flask) -> None:
    """Fill a web process's caches: the index's bitmaps (a browse query) and the benchmark table."""
    started = time.perf_counter()
    try:
        app_index(app).query(SearchQuery())
    except (IndexUnavailable, SearchError) as error:
        log.warning("warm-up: the search index could not be read (%s); it warms on first use", error)
    try:
        with app.extensions["exchange"]["sessions"]() as session:
            benchmarks.warm_default_table(session, settings_from_config(app.config))
    except SQLAlchemyError as error:
        log.warning("warm-up: the benchmark table could not be computed (%s); it is computed on first use",
                    type(error).__name__)
    log.info("warm-up took %.0f ms", (time.perf_counter() - started) * 1000)
