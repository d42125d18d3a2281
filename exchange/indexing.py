"""Keeping the library index in step with the database, which stays the source of truth.

Indexing is an explicit step after the commit that publishes, withdraws or retires a case
(``reflect``); a failed index write leaves ``index_pending`` set and is retried by the next
``reflect``, by ``sync_pending`` and by ``exchange reindex``. Only published, redacted revisions
are ever turned into documents.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from exchange.domain.access import is_public
from exchange.models import Contribution, KpiValue, Organisation, Revision
from search import IndexUnavailable, SearchDocument, SearchError, SearchIndex, open_index

log = logging.getLogger(__name__)
BATCH = 200


def open_library_index(config: dict[str, Any]) -> SearchIndex:
    if config["SEARCH_BACKEND"] == "postgres":
        dsn = config["DATABASE_URL"].replace("postgresql+psycopg://", "postgresql://", 1)
        return open_index("postgres", dsn=dsn, schema=config.get("SEARCH_SCHEMA", "public"))
    return open_index("whoosh", path=Path(config["DATA_DIR"]) / "search-index")


INDEXED_ACTIONS = frozenset({"publish", "withdraw", "retire"})


def app_index(app: Flask) -> SearchIndex:
    """The app's index, opened on first use and kept for the process."""
    ext = app.extensions["exchange"]
    if "search" not in ext:
        ext["search"] = open_library_index(app.config)
    index: SearchIndex = ext["search"]
    return index


def after_commit(app: Flask, contribution_id: int, action: str) -> None:
    """The explicit step after a committed lifecycle action: update the index when it matters."""
    if action in INDEXED_ACTIONS:
        reflect(app.extensions["exchange"]["sessions"], app_index(app), [contribution_id])


def search_document(session: Session, contribution: Contribution,
                    kpis: Iterable[str] | None = None) -> SearchDocument | None:
    """The redacted, published case study as the index sees it; None when it is not public (or
    not a case study: datasets have their own list). ``kpis``: its metrics, when already loaded."""
    if not is_public(contribution) or contribution.kind != "case_study":
        return None
    revision = session.get(Revision, contribution.published_revision_id)
    organisation = session.get(Organisation, contribution.organisation_id)
    if revision is None or revision.redacted is None or organisation is None:
        return None
    text = revision.redacted
    if kpis is None:
        kpis = session.scalars(select(KpiValue.metric).where(KpiValue.contribution_id == contribution.id).distinct())
    published = contribution.published_at or revision.created_at
    return SearchDocument(
        id=str(contribution.id), title=text.get("title", ""), summary=text.get("summary", ""),
        body=text.get("body", ""), lessons=text.get("lessons", ""), segment=contribution.segment or "",
        technologies=tuple(contribution.codes("technology")), barriers=tuple(contribution.codes("barrier")),
        maturity_before=contribution.maturity_before, maturity_after=contribution.maturity_after,
        org_kind=organisation.kind, size_band=organisation.size_band, region_band=organisation.region,
        year_band=str(published.year), kpis=tuple(sorted(set(kpis))), published_at=published,
    )


def reflect(factory: sessionmaker[Session], index: SearchIndex, contribution_ids: Iterable[int]) -> int:
    """Bring these contributions' index entries in line with the database; return how many failed."""
    failed = 0
    for contribution_id in contribution_ids:
        with factory() as session, session.begin():
            contribution = session.get(Contribution, contribution_id)
            if contribution is None:
                continue
            try:
                _write(index, session, [contribution])
            except SearchError as exc:  # the publication stands; the marker makes it retried
                contribution.index_pending = True
                failed += 1
                log.warning("index write failed for contribution %s: %s", contribution_id, type(exc).__name__)
            else:
                contribution.index_pending = False
    return failed


def sync_pending(factory: sessionmaker[Session], index: SearchIndex) -> int:
    """Write every contribution still marked pending, in one batch; return how many were written."""
    with factory() as session, session.begin():
        pending = list(session.scalars(select(Contribution).where(Contribution.index_pending.is_(True))))
        if not pending:
            return 0
        _write(index, session, pending)  # a SearchError leaves every marker set for the next try
        for contribution in pending:
            contribution.index_pending = False
    return len(pending)


def rebuild(factory: sessionmaker[Session], index: SearchIndex,
            progress: Callable[[int], None] | None = None) -> int:
    """Empty the index and add every public contribution again, in batches.

    A publication, withdrawal or retirement committed while a batch is between being read and
    being written would be undone by that batch's stale write, so at the end every contribution
    whose lifecycle row differs from the one its batch read is written again."""
    index.clear()
    count = 0
    seen: dict[int, tuple[object, ...]] = {}
    with factory() as session, session.begin():
        ids = list(session.scalars(select(Contribution.id).order_by(Contribution.id)))
        for start in range(0, len(ids), BATCH):
            batch = _load_batch(session, ids[start:start + BATCH])
            count += _write(index, session, batch, _metrics(session, batch))
            for contribution in batch:
                seen[contribution.id] = _lifecycle(contribution)
                contribution.index_pending = False
            if progress:
                progress(len(batch))
    with factory() as session:
        now = session.execute(select(Contribution.id, Contribution.state, Contribution.published_revision_id,
                                     Contribution.updated_at))
        changed = [row[0] for row in now if seen.get(row[0]) != tuple(row[1:])]
    reflect(factory, index, changed)
    optimize = getattr(index, "optimize", None)
    if callable(optimize):  # whoosh: merge the batches' segments (a query pays per segment)
        optimize()
    return count


def _lifecycle(contribution: Contribution) -> tuple[object, ...]:
    """What a lifecycle action changes (every action stamps ``updated_at``)."""
    return contribution.state, contribution.published_revision_id, contribution.updated_at


def _load_batch(session: Session, ids: list[int]) -> list[Contribution]:
    """These contributions with their tags, published revisions and organisations, in four
    queries instead of four per contribution (a rebuild of 10,000 cases ran 40,000)."""
    batch = list(session.scalars(select(Contribution).where(Contribution.id.in_(ids))
                                 .options(selectinload(Contribution.terms)).order_by(Contribution.id)))
    revisions = [c.published_revision_id for c in batch if c.published_revision_id is not None]
    list(session.scalars(select(Revision).where(Revision.id.in_(revisions))))  # into the identity map
    list(session.scalars(select(Organisation).where(Organisation.id.in_({c.organisation_id for c in batch}))))
    return batch


def _metrics(session: Session, batch: list[Contribution]) -> dict[int, list[str]]:
    metrics: dict[int, list[str]] = {c.id: [] for c in batch}
    for contribution_id, metric in session.execute(select(KpiValue.contribution_id, KpiValue.metric).where(
            KpiValue.contribution_id.in_(metrics)).distinct()):
        metrics[contribution_id].append(metric)
    return metrics


def _write(index: SearchIndex, session: Session, contributions: list[Contribution],
           metrics: dict[int, list[str]] | None = None) -> int:
    documents, gone = [], []
    for contribution in contributions:
        document = search_document(session, contribution, None if metrics is None else metrics[contribution.id])
        if document is None:
            gone.append(str(contribution.id))
        else:
            documents.append(document)
    if gone:
        index.remove(gone)
    if documents:
        index.index(documents)
    return len(documents)


def ensure_healthy(factory: sessionmaker[Session], index: SearchIndex) -> bool:
    """Rebuild a missing, damaged or out-of-step index (on start); return True when it had to."""
    with factory() as session:
        public = sum(1 for c in session.scalars(select(Contribution).where(
            Contribution.published_revision_id.is_not(None), Contribution.kind == "case_study")) if is_public(c))
    try:
        in_step = index.is_healthy() and index.count() == public
    except IndexUnavailable:
        in_step = False
    if in_step:
        return False
    log.warning("search index missing, damaged or out of step: rebuilding from the database")
    rebuild(factory, index)
    return True
