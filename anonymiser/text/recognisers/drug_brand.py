"""Drug brand names (data/drug_brands.txt): a product identifies its maker and often its site."""
from __future__ import annotations

from anonymiser.text.data import lines
from anonymiser.text.recognisers.gazetteer import Entry, GazetteerRecogniser


def _load() -> dict[str, Entry]:
    return {name: Entry(name) for name in lines("drug_brands.txt")}


RECOGNISER = GazetteerRecogniser(
    name="drug_brand", category="product", label="Product", load=_load,
    confidence=0.9, reason="Drug brand name",
)
