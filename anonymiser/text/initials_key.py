"""A key of initials spells each with its person: "Key: DY = Dorrit Yelland (packing), CI = Cliff Ives",
"Initials: BT – Bram Tollick; NMcT: Nessa McTollick". Registers, logs and matrices that sign with initials give such a
key under the table. Both are the person's: the name, also when its words are everyday ones ("Cliff Ives"), and
its initials, also when they spell a word or an acronym ("DB", "AM").

Only where the initials are the name's own, in order ("DY" for "Dorrit Yelland", "NMcT" or "NM" for "Nessa McTollick",
"ST" or "STM" for "Rosamund Tavener-Nwaoha").
"""
from __future__ import annotations

import re

from anonymiser.text.data import english_words
from anonymiser.text.recognisers.not_names import not_initials
from anonymiser.text.recognisers.person import name_initials
from anonymiser.text.recognisers.person_names import is_given_name

_TOKEN = r"[A-Z](?:[a-z]{0,2}[A-Z]){1,3}"
# (a word of a name has at most forty letters: unbounded, a run of hyphened words read to its end from every hyphen)
_WORD = r"[A-Z][\w'\u2019-]{0,40}"
# (found from the sign between them, the initials then looked for just before it: a scan led by the initials is
# tried at every capital)
_KEY = re.compile(rf"(?:=|:|[\u2013\u2014-])[ \t]*(?P<name>{_WORD}(?:[ \t]+(?:[a-z]{{1,3}}[ \t]+)?{_WORD}){{1,3}})")
_INITIALS_BEFORE = re.compile(rf"(?<![\w&'\u2019./-])(?P<i>{_TOKEN})(?P<gap>[ \t]*)$")


def initials_keys(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where each initials of a key stand, and their person's name after them."""
    if "=" not in text and ":" not in text and "-" not in text and "\u2013" not in text and "\u2014" not in text:
        return []
    found = []
    for match in _KEY.finditer(text):
        before = _INITIALS_BEFORE.search(text, max(0, match.start() - 24), match.start())
        if not before or (not before.group("gap") and text[match.start()] == "-"):  # ("DY-Dorrit": one word)
            continue
        words = list(re.finditer(r"\S+", match.group("name")))
        for k in range(2, len(words) + 1):  # (the shortest run of words the initials spell: "Cliff Ives (packing…")
            name = match.group("name")[:words[k - 1].end()]
            if _spells(before.group("i"), name):
                start = match.start("name")
                found.append((before.span("i"), (start, start + len(name))))
                break
    return found


def _spells(initials: str, name: str) -> bool:
    """Whether initials are a person's name's own: "DY" for "Dorrit Yelland", "NMcT" or "NM" for "Nessa McTollick"; not a
    glossary's ("PM = Project Manager", "BOM - Bill Of Materials": no given name first, or a small word inside)."""
    own = name_initials(name)
    capitals = "".join(c for c in initials if c.isupper())
    words = name.split()
    # (or a word's first letters only, as a double-barrelled surname signs with its first part: "ST" for "Rosamund
    # Tavener-Nwaoha")
    by_words = "".join(w[0] for w in words if w[0].isupper())
    if len(own) < 2 or capitals not in (own, "".join(c for c in name if c.isupper()), by_words):
        return False
    if any(w.lower() in _SMALL_WORDS for w in words) or initials in not_initials():
        return False
    return is_given_name(words[0]) or not all(w.lower().strip("'\u2019") in english_words() for w in words)


_SMALL_WORDS = frozenset("of and for the to in on at by with or a an".split())


# A legend's code and its meaning in lower case, as a rota, a matrix or a log explains its marks: "AL = annual leave",
# "TR = training", "Red = below minimum", "E = early 06:00-14:00" (found from the sign, the code looked for before it).
_DEFINED = re.compile(r"=[ \t]*(?=[a-z])")
_CODE_BEFORE = re.compile(r"(?<![\w&'\u2019./=-])(?P<code>[A-Z][A-Za-z]{0,9})[ \t]*$")


def legend_codes(text: str) -> frozenset[str]:
    """The codes a legend defines as things ("AL = annual leave"): no one's initials in that text."""
    if "=" not in text:
        return frozenset()
    found = set()
    for match in _DEFINED.finditer(text):
        if (code := _CODE_BEFORE.search(text, max(0, match.start() - 12), match.start())) is not None:
            found.add(code.group("code"))
    return frozenset(found)
