"""Roles and the organisation kinds, sizes and regions an organisation can have."""
from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    MEMBER = "member"
    CONTRIBUTOR = "contributor"
    CURATOR = "curator"
    ADMIN = "admin"


class OrganisationKind(StrEnum):
    MANUFACTURER = "manufacturer"
    CDMO = "cdmo"
    SUPPLIER = "supplier"
    RTO = "rto"
    ACADEMIA = "academia"
    REGULATOR = "regulator"


class SizeBand(StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


UK_REGIONS = (
    "North East England",
    "North West England",
    "Yorkshire and The Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East England",
    "South West England",
    "Wales",
    "Scotland",
    "Northern Ireland",
)
