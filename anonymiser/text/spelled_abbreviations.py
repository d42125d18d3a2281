"""Capitals a text uses as the abbreviation of words it writes out, which are then no one's initials there.

Two shapes:

* introduced in brackets after the words whose first letters they are, alone or before a comma and what the
  words name: "the receiving unit (RU, Harrowdrift)", "the sending unit (SU)", "batch manufacturing instruction
  (BMI)". A technology-transfer protocol or a quality record introduces its abbreviations so, then writes them
  everywhere ("RU site lead:", "the first RU batches") where two capitals look like someone's initials.
* the trade's abbreviations that are also many people's initials ("DS", "DP"), in a text that writes out their
  words ("drug substance", "drug product"): a CMC table's "CURRENT (DS)" is the drug substance. Where no such
  words are written, the capitals may be anyone's ("DS to chase the courier").

A person's own initials introduced after their name ("Derryth Quennelby (DQ)") are spelled by a capitalised name, not
by words of the trade: ``learn`` teaches those from the person, whatever this module says.
"""
from __future__ import annotations

import re
from functools import lru_cache

from anonymiser.text.data import english_words
from anonymiser.text.recognisers.person_names import is_given_name

# Capitals in brackets, alone or before a comma: "(RU)", "(RU, Harrowdrift)". (led by the bracket, which ``re``
# skips ahead to)
_BRACKETED = re.compile(r"\((?P<a>[A-Z]{2,5})(?:\)|,[ \t])")
# Words before the bracket that an abbreviation skips ("Certificate of Analysis (CoA)", "the receiving unit").
_SKIPPED = frozenset("of and for the a an to in on &".split())
_WORD = re.compile(r"[A-Za-z][\w'-]*|&")
# How far back the words spelling a bracket's capitals are read: five words of up to fifteen letters.
_WINDOW = 80

# The trade's abbreviations that are also people's initials, with the words each stands for (lower case, as prose
# writes them): taken as the abbreviation only in a text that writes those words.
TRADE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "DS": ("drug substance",),
    "DP": ("drug product",),
    "SU": ("sending unit", "sending site unit"),
    "RU": ("receiving unit", "receiving site unit"),
}


def spelled_by_words_before(text: str, bracket: int, capitals: str) -> bool:
    """Whether the words just before ``text[bracket]`` (an opening bracket) start with ``capitals``' letters, in
    order, skipping small words: "sending unit (SU", "Receiving Unit (RU" - not "Shift handover (KA" nor a name's
    words ("Derryth Quennelby (DQ": whose initials ``learn`` reads as the person's)."""
    words = [w for w in _WORD.findall(text, max(0, bracket - _WINDOW), bracket) if w.lower() not in _SKIPPED]
    run = words[-len(capitals):]
    if len(run) < len(capitals) or any(w[0].upper() != c for w, c in zip(run, capitals)):
        return False
    # (words of the trade, in lower case or dictionary words: "Receiving Unit (RU"; not a name, "Derryth Quennelby (DQ)")
    return any(w.islower() for w in run) or all(w.lower() in english_words() and not is_given_name(w) for w in run)


def abbreviations_spelled_out(text: str) -> frozenset[str]:
    """The capitals ``text`` uses as abbreviations of words it writes out (see the module's docstring)."""
    return _spelled(text)


def bracketed_abbreviations(text: str) -> frozenset[str]:
    """Those of them introduced in brackets after their words ("the receiving unit (RU)"): never anyone's initials in
    ``text``, where the others (the trade's, "DS") may still be someone's acting ("DS to chase the courier")."""
    return _bracketed(text)


@lru_cache(maxsize=8)
def _bracketed(text: str) -> frozenset[str]:
    if "(" not in text:
        return frozenset()
    return frozenset(match.group("a") for match in _BRACKETED.finditer(text)
                     if spelled_by_words_before(text, match.start(), match.group("a")))


@lru_cache(maxsize=8)
def _spelled(text: str) -> frozenset[str]:
    found = set(_bracketed(text))
    lower = text.lower() if any(a in text for a in TRADE_ABBREVIATIONS) else ""
    for abbreviation, phrases in TRADE_ABBREVIATIONS.items():
        if lower and abbreviation in text and any(phrase in lower for phrase in phrases):
            found.add(abbreviation)
    return frozenset(found)
