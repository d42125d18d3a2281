"""UK towns, cities, counties and manufacturing sites (data/places_uk.tsv, curated) and the towns and
villages of GeoNames (data/uk_towns.tsv, ~4,800 places of 500+ people), with their ITL1 region.

The region travels with the span so the generalising operator can write "a site in North West
England". Names that are also common words or names elsewhere (Reading, Bath, Ware) need a
preposition or site word just before them.
"""
from __future__ import annotations

from anonymiser.text.data import lines
from anonymiser.text.recognisers.gazetteer import Entry, GazetteerRecogniser

CONTEXT = ("in", "at", "near", "from", "to", "of", "outside", "around", "based in", "site in", "plant in")


def _load() -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for source in ("uk_towns.tsv", "places_uk.tsv"):  # the curated list has the last word
        for line in lines(source):
            place, region, ambiguous = line.split("\t")
            # a GeoNames village after a capitalised word is more likely part of a name ("Francis Crick")
            entries[place] = Entry(place, (("region", region),), needs_context=ambiguous == "1",
                                   not_after_name=source == "uk_towns.tsv")
    return entries


RECOGNISER = GazetteerRecogniser(
    name="uk_place", category="place", label="Place", load=_load, confidence=0.85,
    reason="UK place name", context=CONTEXT, said_in_lower_case=True,
)
