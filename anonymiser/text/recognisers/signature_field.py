"""What is written in a form's signature field is a person: "Sign  HJHwang", "Sign LEzeako", "Sign  H.Mas00d",
"Sign  ~~ EOD ~~", "Signature: /G Rhydderch-Gwatkin/". Executed batch records, line clearances and logbooks print the
person's name in one column and the signature beside it; typed or read from a scan, the signature is a scrawl of
initials and a surname ("KBAnsong" for K. B. Ansong), a short form or a name misread ("Mas00d"), which no list of
names holds.

The label is "Sign", "Signed", "Signature" or "Initials" with a capital, where a form's field starts (a line's
start, a column gap, a table's "|"), then spaces or ":". The value runs to the next column gap, a date or the
line's end, without the marks around a signature ("~~", "/", "____", "...."). It is one to three words of
letters (a "0" or "1" among letters is a misread "o" or "l"); a placeholder ("[signed]", "illegible", "N/A")
or a first word of the dictionary ("Sign off", "Signature Algorithm", "Signed for") is no signature.
"""
from __future__ import annotations

import re

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

_MARKS = r"[~_/.\[\]( \t]*"
_FIELD = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[ \t]{2})|(?<=\t)|(?<=\|[ \t]))"
    r"(?:Sign(?:ed|ature)?|SIGN(?:ED|ATURE)?|Initials?|INITIALS?)(?:[ \t]*\((?:[A-Za-z]{1,12})\))?[ \t]*:?[ \t]+"
    + _MARKS +
    r"(?P<value>[A-Za-z][A-Za-z01.'\u2019-]{0,24}(?:[ \t][A-Za-z][A-Za-z01.'\u2019-]{0,24}){0,2}?)"
    r"(?=(?:[ \t]?[~_/.\])]+)?(?:[ \t]{2}|\t|[ \t]*(?:\n|$|\||\d{1,2}[./-]\d)|[ \t]+(?:Date|DATE|Time|TIME)\b))")
_WORD = re.compile(r"[A-Za-z01]+")
# Placeholders no dictionary holds ("[signed]", "illegible", "none" are words of the dictionary already).
_PLACEHOLDERS = frozenset("na tbc tba".split())


def _signature(match: re.Match[str], doc: Document) -> bool:
    words = [w for w in _WORD.findall(match.group("value")) if len(w) > 1 or not w.isalpha()]
    if not words:
        return False
    first = words[0].lower()
    if first.isalpha() and (first in english_words() or first in _PLACEHOLDERS):
        return False
    # (digits only where a scan misread a letter: "Mas00d", not a code "A1" or "L10")
    return all(w.isalpha() or w[0].isalpha() and sum(c.isalpha() for c in w) >= 3 for w in words)


RECOGNISER = PatternRecogniser(
    name="signature_field",
    category="person",
    label="Person",
    patterns=(Pattern(_FIELD, 0.75, "value", anchor=re.compile(r"sign|init")),),
    validate=_signature,
    reason="What is written in a form's signature field",
)
