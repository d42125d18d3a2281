"""The open-data export: every published, redacted case study as JSON Lines and CSV, and a
DCAT-style catalogue describing the distributions. Audited; never reads the vault."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from exchange.datasets.views import DatasetSummary, all_published_datasets
from exchange.domain import audit
from exchange.domain.actor import Actor
from exchange.domain.errors import NotFound, ValidationFailed
from exchange.domain.library import PublishedCase, all_published
from exchange.domain.vocabulary import BARRIERS, SEGMENTS, TECHNOLOGIES

FORMATS = {"jsonl": "application/x-ndjson", "csv": "text/csv"}
FILENAMES = {"jsonl": "cases.jsonl", "csv": "cases.csv"}
COLUMNS = ("id", "title", "summary", "body", "lessons", "segment", "technologies", "barriers",
           "maturity_before", "maturity_after", "organisation_kind", "size_band", "region", "revision",
           "published_at")
LICENCE = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Export:
    format: str
    media_type: str
    filename: str
    content: str
    count: int


def record(case: PublishedCase) -> dict[str, Any]:
    """One case as open data: redacted fields, tags and coarse organisation facts only."""
    return {
        "id": case.id, "title": case.title, "summary": case.summary, "body": case.body,
        "lessons": case.lessons, "segment": case.segment, "technologies": list(case.technologies),
        "barriers": list(case.barriers), "maturity_before": case.maturity_before,
        "maturity_after": case.maturity_after, "organisation_kind": case.organisation_kind,
        "size_band": case.size_band, "region": case.region, "revision": case.revision,
        "published_at": iso(case.published_at),
    }


def iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment else None


def neutralise(value: object) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = ";".join(str(v) for v in value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def to_jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def to_csv(records: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in records:
        writer.writerow([neutralise(r[c]) if not isinstance(r[c], int) else r[c] for c in COLUMNS])
    return buffer.getvalue()


def export_cases(session: Session, actor: Actor, fmt: str) -> Export:
    """All published cases in ``fmt`` (jsonl or csv); the export is recorded in the audit trail."""
    if not actor.is_system and actor.role is None:
        raise NotFound("Sign in to export the library.")
    if fmt not in FORMATS:
        raise ValidationFailed("Unknown export format.", {"format": "Choose one of: " + ", ".join(FORMATS) + "."})
    records = [record(c) for c in all_published(session)]
    content = to_jsonl(records) if fmt == "jsonl" else to_csv(records)
    audit.record(session, actor, "export.cases", "export", fmt, organisation_id=actor.organisation_id,
                 detail={"format": fmt, "count": len(records)})
    return Export(fmt, FORMATS[fmt], FILENAMES[fmt], content, len(records))


DATASET_FILENAMES = {"jsonl": "datasets.jsonl", "csv": "datasets.csv"}
DATASET_COLUMNS = ("id", "title", "summary", "segment", "revision", "rows", "columns", "k_achieved",
                   "published_at", "download")


def dataset_record(dataset: DatasetSummary, base: str = "") -> dict[str, Any]:
    """One published dataset's metadata as open data (its values are the download)."""
    return {"id": dataset.id, "title": dataset.title, "summary": dataset.summary, "segment": dataset.segment,
            "revision": dataset.revision, "rows": dataset.rows, "columns": dataset.columns,
            "k_achieved": dataset.k_achieved, "published_at": iso(dataset.published_at),
            "download": f"{base}/api/v1/datasets/{dataset.id}/download"}


def export_datasets(session: Session, actor: Actor, fmt: str, base_url: str = "") -> Export:
    """The metadata of every published dataset in ``fmt``; audited like the case export."""
    if not actor.is_system and actor.role is None:
        raise NotFound("Sign in to export the library.")
    if fmt not in FORMATS:
        raise ValidationFailed("Unknown export format.", {"format": "Choose one of: " + ", ".join(FORMATS) + "."})
    records = [dataset_record(d, base_url.rstrip("/")) for d in all_published_datasets(session)]
    if fmt == "jsonl":
        content = to_jsonl(records)
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(DATASET_COLUMNS)
        writer.writerows([[r[c] if isinstance(r[c], int) else neutralise(r[c]) for c in DATASET_COLUMNS]
                          for r in records])
        content = buffer.getvalue()
    audit.record(session, actor, "export.datasets", "export", fmt, organisation_id=actor.organisation_id,
                 detail={"format": fmt, "count": len(records)})
    return Export(fmt, FORMATS[fmt], DATASET_FILENAMES[fmt], content, len(records))


def catalogue(session: Session, base_url: str) -> dict[str, Any]:
    """A DCAT catalogue (JSON-LD) of the case-study dataset and its two distributions."""
    cases = list(all_published(session))
    modified = max((c.published_at for c in cases if c.published_at), default=None)
    keywords = sorted({SEGMENTS.get(c.segment or "", "") for c in cases} - {""})
    keywords += sorted({TECHNOLOGIES[t] for c in cases for t in c.technologies if t in TECHNOLOGIES})
    keywords += sorted({BARRIERS[b] for c in cases for b in c.barriers if b in BARRIERS})
    base = base_url.rstrip("/")
    return {
        "@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
                     "foaf": "http://xmlns.com/foaf/0.1/"},
        "@type": "dcat:Catalog",
        "dct:title": "The Exchange: anonymised case studies for UK medicines manufacturing",
        "dct:publisher": {"@type": "foaf:Organization", "foaf:name": "The Exchange"},
        "dct:license": LICENCE,
        "dcat:dataset": [{
            "@type": "dcat:Dataset",
            "@id": f"{base}/api/v1/catalogue.json#cases",
            "dct:identifier": "exchange-case-studies",
            "dct:title": "Automation and digitalisation case studies (anonymised)",
            "dct:description": ("Published case studies contributed by UK medicines manufacturers, anonymised "
                                "and reviewed by a curator before publication."),
            "dct:modified": iso(modified),
            "dct:license": LICENCE,
            "dcat:keyword": keywords,
            "dcat:distribution": [
                {"@type": "dcat:Distribution", "dct:format": fmt, "dcat:mediaType": media,
                 "dcat:downloadURL": f"{base}/api/v1/export?format={fmt}"}
                for fmt, media in FORMATS.items()
            ],
        }, *dataset_entries(session, base)],
    }


def dataset_entries(session: Session, base: str) -> list[dict[str, Any]]:
    """One DCAT dataset per published, anonymised table: metadata and its CSV download (no values)."""
    return [{
        "@type": "dcat:Dataset",
        "@id": f"{base}/datasets/{d.id}",
        "dct:identifier": f"exchange-dataset-{d.id}",
        "dct:title": d.title,
        "dct:description": d.summary,
        "dct:modified": iso(d.published_at),
        "dct:license": LICENCE,
        "dcat:keyword": [k for k in (SEGMENTS.get(d.segment or ""),) if k],
        "dcat:distribution": [{"@type": "dcat:Distribution", "dct:format": "csv", "dcat:mediaType": "text/csv",
                               "dcat:downloadURL": f"{base}/api/v1/datasets/{d.id}/download",
                               "dct:extent": f"{d.rows} rows, {d.columns} columns, "
                                                                    f"k-anonymity {d.k_achieved}"}],
    } for d in all_published_datasets(session)] + [{
        "@type": "dcat:Dataset",
        "@id": f"{base}/api/v1/catalogue.json#datasets",
        "dct:identifier": "exchange-dataset-metadata",
        "dct:title": "Published anonymised datasets (metadata)",
        "dct:description": "One record per published dataset: title, summary, size, k achieved and its download.",
        "dct:license": LICENCE,
        "dcat:distribution": [
            {"@type": "dcat:Distribution", "dct:format": fmt, "dcat:mediaType": media,
             "dcat:downloadURL": f"{base}/api/v1/datasets/export?format={fmt}"}
            for fmt, media in FORMATS.items()
        ],
    }]


def write_files(session: Session, actor: Actor, directory: Path, base_url: str) -> dict[str, int]:
    """Write cases.jsonl, cases.csv and catalogue.json into ``directory``; return what each holds."""
    directory.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for fmt in FORMATS:
        for export in (export_cases(session, actor, fmt), export_datasets(session, actor, fmt, base_url)):
            (directory / export.filename).write_text(export.content, encoding="utf-8", newline="")
            written[export.filename] = export.count
    (directory / "catalogue.json").write_text(json.dumps(catalogue(session, base_url), indent=2), encoding="utf-8")
    written["catalogue.json"] = 1
    return written
