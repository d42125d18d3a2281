"""Rebuild data/world_surnames.txt.gz: the surnames of Faker's person providers for the countries of a UK
workforce the US census knows least (Ghana, Nigeria, Kenya, India, Pakistan, Poland, Romania, Ukraine …), folded
to lower-case ASCII, one per line, sorted. Run by hand when the source changes (needs the ``faker`` package of
the dev extras):

    python -m anonymiser.text.data.build_world_surnames

The 1990 US census list (surnames.txt.gz) knows few West African, South Asian or East European surnames, so
a log-in such as "mpietrasiak" or "tadelakun" went unread unless the text wrote the surname too. Faker is MIT
licensed (copyright 2012 Daniele Faraglia); its per-locale lists are hand-kept and Latin-script or, for
Russian and Ukrainian, transliterated by Faker's own tables. A log-in is typed in ASCII, so diacritics go
("Wójtak" -> "wojtak", "Nausėda" -> "nauseda"), as do spaces, hyphens and apostrophes ("Van Daele" ->
"vandaele"). Names of fewer than four letters and English dictionary words are left out: after an initial
they make short tokens and words ("ahill", "brown").
"""
from __future__ import annotations

import gzip
import importlib
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from anonymiser.text.data import english_words

OUT = Path(__file__).with_name("world_surnames.txt.gz")
# Faker's locales for the origins the census list knows least, written in Latin letters (or transliterated,
# see _TRANSLITERATED). Western European and Nordic locales are left out: the census knows their commoner
# surnames, and their rarer ones are often words of the language ("Segura", "Rossi", "Staal").
LOCALES = (
    # West, East and southern Africa
    "tw_GH", "yo_NG", "ig_NG", "ha_NG", "en_NG", "en_KE", "sw", "zu_ZA",
    # South Asia
    "en_IN", "en_PK",
    # Central and eastern Europe
    "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "uk_UA", "ru_RU",
    # Ireland (anglicised and Irish forms)
    "en_IE", "ga_IE",
)
_TRANSLITERATED = frozenset({"uk_UA", "ru_RU"})  # (these modules ship a ``translit`` function)
MIN_LETTERS = 4
# Letters Unicode does not decompose into a base letter and a mark.
_FOLD = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ð": "d",
                       "ı": "i", "ə": "e", "ħ": "h"})
_JOINERS = re.compile(r"[\s'’ʼ.-]+")
NOTICE = """\
# Surnames of the person providers of Faker (https://github.com/joke2k/faker, MIT licence, copyright (c) 2012
# Daniele Faraglia) for the locales listed in build_world_surnames.py, folded to lower-case ASCII, without
# English dictionary words or names under four letters; sorted. Built by build_world_surnames.py.
"""


def fold(name: str) -> str:
    """A surname as a log-in spells it: lower case, no diacritics, no spaces, hyphens or apostrophes."""
    decomposed = unicodedata.normalize("NFKD", name.lower().translate(_FOLD))
    return _JOINERS.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))


def world_surnames(names: Iterable[str], dictionary: frozenset[str]) -> list[str]:
    """The folded names that are ASCII letters alone, four or more, and no English word; sorted, once each."""
    folded = {fold(name) for name in names}
    return sorted(n for n in folded if n.isascii() and n.isalpha() and len(n) >= MIN_LETTERS and n not in dictionary)


def locale_surnames(locale: str) -> list[str]:
    """Every surname a Faker locale lists (its own ``*last_names*`` attributes: "last_names", "last_names_female",
    "male_last_names" …), transliterated where the locale writes Cyrillic."""
    module = importlib.import_module(f"faker.providers.person.{locale}")
    spell: Callable[[str], str] = getattr(module, "translit") if locale in _TRANSLITERATED else str
    names: list[str] = []
    for attribute, value in vars(module.Provider).items():
        if "last_name" in attribute and isinstance(value, (tuple, list, dict)):
            names += [spell(name) for name in value if isinstance(name, str)]
    return names + _feminine_polish(names) if locale == "pl_PL" else names


def _feminine_polish(names: list[str]) -> list[str]:
    """The feminine forms of Polish adjectival surnames ("Gorecki" -> "Gorecka"), which Faker lists as masculine."""
    return [name[:-1] + "a" for name in names if name.endswith(("ski", "cki", "dzki"))]


def main() -> int:
    try:
        names = [name for locale in LOCALES for name in locale_surnames(locale)]
    except ModuleNotFoundError:
        print("the faker package is missing: pip install -e '.[dev]'", file=sys.stderr)
        return 2
    found = world_surnames(names, english_words())
    OUT.write_bytes(gzip.compress((NOTICE + "\n".join(found) + "\n").encode("ascii"), mtime=0))
    print(f"wrote {OUT} ({len(found)} surnames)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
