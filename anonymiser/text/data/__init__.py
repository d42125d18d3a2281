"""Data files of the text anonymiser (gazetteers, allow-list, region map), read once on first use."""
from __future__ import annotations

import gzip
from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of a data file."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def words(name: str) -> frozenset[str]:
    """Whitespace-separated words of a data file."""
    return frozenset(word for line in lines(name) for word in line.split())


@cache
def english_words() -> frozenset[str]:
    """The lower-case words of an English dictionary (english_words.txt.gz, SCOWL; rebuilt by
    build_english_words.py): what a capitalised word that is no name would be."""
    return frozenset(_gzipped_lines("english_words.txt.gz"))


@cache
def surnames() -> frozenset[str]:
    """The 20,000 most common surnames of the 1990 US census, lower case (surnames.txt.gz, public domain;
    rebuilt by build_surnames.py): what a log-in after an initial is made of ("jwyche", "amchenry")."""
    return frozenset(_gzipped_lines("surnames.txt.gz"))


@cache
def world_surnames() -> frozenset[str]:
    """The surnames of Faker's person providers for the origins of a UK workforce the census knows least
    (Ghana, Nigeria, Kenya, India, Pakistan, Poland, Romania, Ukraine, Ireland …), folded to lower-case ASCII,
    without English words or names under four letters (world_surnames.txt.gz, MIT licence; rebuilt by
    build_world_surnames.py): the log-ins the census misses ("mpietrasiak", "tadelakun")."""
    return frozenset(_gzipped_lines("world_surnames.txt.gz"))


def _gzipped_lines(name: str) -> list[str]:
    raw = resources.files(__package__).joinpath(name).read_bytes()
    return [line for line in gzip.decompress(raw).decode("utf-8").splitlines() if line and not line.startswith("#")]


@cache
def uk_place_names() -> frozenset[str]:
    """The lower-cased names of the UK places in the gazetteers (uk_towns.tsv, places_uk.tsv)."""
    return frozenset(line.split("\t")[0].lower() for source in ("uk_towns.tsv", "places_uk.tsv") for line in lines(source))
