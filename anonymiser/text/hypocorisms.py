"""Familiar forms of given names that are no clipping of them: "Peggy" and "Mags" for Margaret, "Bill" for
William, "Del" for Derek, "Bex" for Rebecca. No rule makes them from the name, so a table does
(data/hypocorisms.tsv); ``learn`` teaches them as it teaches clipped given names, and ``learned_aliases``
takes them where it takes those.
"""
from __future__ import annotations

from functools import cache

from anonymiser.text.data import lines
from anonymiser.text.recognisers.given_name_alone import never_names
from anonymiser.text.recognisers.not_names import not_initials
from anonymiser.text.recognisers.person_names import fold_accents


@cache
def hypocorisms() -> dict[str, tuple[str, ...]]:
    """The table: a lower-case given name → its familiar forms, lower case (a name on two lines, in two traditions'
    sections, "Joanna" → "Jo" and Polish "Asia", has the forms of both)."""
    table: dict[str, tuple[str, ...]] = {}
    for line in lines("hypocorisms.tsv"):
        given, _, forms = line.partition("\t")
        known = table.get(given.lower(), ())
        table[given.lower()] = known + tuple(f for f in (form.lower() for form in forms.split()) if f not in known)
    return table


@cache
def _not_familiar() -> frozenset[str]:
    """Forms that are something else written with a capital: a place, a month, a trade word (``never_names``);
    but not one only because an acronym is spelled so ("DEL"), since a familiar form in capitals is never taken."""
    return never_names() - {acronym.lower() for acronym in not_initials()}


def familiar_forms(key: str) -> tuple[str, ...]:
    """The familiar forms of the given name of a person named in full ("margaret thistlewood", "thistlewood,
    margaret" → "maggie", "mags", "peggy"...). A given name alone teaches none: the familiar form of
    someone whose surname the text never gives is as likely another person's name."""
    words = key.split()
    if len(words) < 2:
        return ()
    given = words[1] if words[0].endswith(",") else words[0]
    return tuple(form for form in hypocorisms().get(fold_accents(given), ()) if form not in _not_familiar())
