"""Small, fictional, already-redacted case studies for the search tests."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from search import SearchDocument

_BASE = SearchDocument(
    id="base",
    title="A case study",
    summary="A deployment at [SITE].",
    body="The team at [ORG] ran the project.",
    lessons="Start small.",
    segment="oral solid dose",
    technologies=(),
    barriers=(),
    maturity_before=None,
    maturity_after=None,
    org_kind="generic",
    size_band="large",
    region_band="North West",
    year_band="2021-2023",
    kpis=(),
    published_at=datetime(2024, 1, 1, tzinfo=timezone.utc),
)


def doc(id: str, day: int = 1, **fields: object) -> SearchDocument:
    """A document with a publication date of 2024-01-`day` plus any field overrides."""
    when = datetime(2024, 1, day, 12, 0, tzinfo=timezone.utc)
    return replace(_BASE, id=id, published_at=when, **fields)  # type: ignore[arg-type]


CORPUS: tuple[SearchDocument, ...] = (
    doc("c1", 1, title="Continuous manufacturing of tablets",
        summary="Direct compression line replaced batch granulation.",
        body="Near infrared spectroscopy gave real time release of each tablet batch.",
        lessons="Legacy infrastructure slowed validation.",
        technologies=("continuous manufacturing", "process analytical technology"),
        barriers=("legacy infrastructure",), maturity_before=1, maturity_after=3,
        kpis=("OEE", "yield")),
    doc("c2", 2, title="Robotic aseptic filling in isolators",
        summary="Robots fill vials inside an isolator.",
        body="Robotic aseptic filling cut interventions; payback under two years.",
        segment="sterile injectables", technologies=("robotics and automation",),
        barriers=("risk aversion", "insufficient budget"), org_kind="CDMO", size_band="medium",
        maturity_before=2, maturity_after=3, kpis=("OEE",)),
    doc("c3", 3, title="Electronic batch records",
        summary="Review by exception shortened batch record review.",
        body="The MES replaced paper records; continuous improvement followed.",
        technologies=("MES and electronic batch records",), barriers=("organisational acceptance",),
        maturity_before=1, maturity_after=2, kpis=("batch record review time",)),
    doc("c4", 4, title="Predictive maintenance with machine learning",
        summary="Vibration sensors on the compression line feed anomaly detection.",
        body="Unplanned downtime fell on the tablet press. Continuous monitoring of bearings.",
        technologies=("AI/ML", "IIoT, edge and data platforms"),
        barriers=("lack of internal talent",), region_band="Scotland", kpis=("OEE",)),
    doc("c5", 5, title="Digital twin of a bioreactor",
        summary="A hybrid model predicts titre in fed-batch culture.",
        body="Mechanistic and data-driven parts; the twin guides feeding. Manufacturing improved.",
        segment="biologics", technologies=("digital twins",), barriers=("scale",),
        org_kind="originator", kpis=("yield",)),
    doc("c6", 6, title="Automated visual inspection of vials",
        summary="Camera inspection with deep learning reduced false rejects.",
        body="Automated visual inspection of lyophilised vials; aseptic area untouched.",
        segment="sterile injectables", technologies=("automated visual inspection", "AI/ML"),
        barriers=("risk aversion",), org_kind="CDMO", kpis=("lot acceptance rate",)),
)
