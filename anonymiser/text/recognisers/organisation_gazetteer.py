"""Real pharma, biotech, CDMO and service-company names (data/organisations.txt)."""
from __future__ import annotations

from anonymiser.text.data import lines
from anonymiser.text.recognisers.gazetteer import Entry, GazetteerRecogniser


def _load() -> dict[str, Entry]:
    return {name: Entry(name) for name in lines("organisations.txt")}


RECOGNISER = GazetteerRecogniser(
    name="organisation_gazetteer", category="organisation", label="Organisation", load=_load,
    confidence=0.9, reason="Known company name",
)
