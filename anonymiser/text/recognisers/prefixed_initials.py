"""Initials of a name whose surname has a prefix or two parts: "D.McK" (McKeown), "S.O'N" (O'Neill), "K.A-M"
(a double-barrelled surname), "T.N-L.", spaced "G. R-P.", "K O-B", and undotted "FMcA", "CO'S". Forms, title blocks
and notes sign with them wherever a cell, a bracket or a line ends; no acronym or word is written so, so the shape
alone says a person.
(Plain initials, "AB", "A.B.", are another matter: ``person`` and ``initials_actor`` read them from context.)
"""
from __future__ import annotations

import re
from collections.abc import Iterator

# (led by a capital, which ``re`` skips ahead to, what stands before it looked behind at)
PREFIXED_INITIALS = re.compile(
    r"(?P<name>[A-Z](?<![\w.'\u2019/\\@-].)(?:"
    r"\.(?:[A-Z]\.)?(?:Mc|Mac|O['\u2019])[A-Z]\.?"  # "D.McK", "S.O'N", "J.P.McA"
    r"|\.[A-Z]\.?-[A-Z]\.?"  # "K.A-M", "T.N-L.", "M.O-A."
    r"|(?<=[B-HJ-Z])\.?[ \t][A-Z]\.?-[A-Z]\.?"  # "G. R-P.", "K O-B": spaced, as a hand signs (not "A B-C", "I A-B")
    r"|[A-Z]?(?:Mc|Mac)[A-Z]"  # "FMcA", "JRMcK"
    r"|O['\u2019][A-Z]"  # "CO'S", "LO'D"
    r"))(?![\w'\u2019-]|\.\w)")
# Words in capitals with an apostrophe the undotted shape would read as initials: "DO'S AND DON'TS", "NO'S".
_WORDS_BEFORE_APOSTROPHE = frozenset({"DO", "GO", "NO", "SO", "TO", "LO", "YO", "HO"})


def finditer(text: str) -> Iterator[re.Match[str]]:
    """Each prefixed or double-barrelled set of initials in ``text`` (group ``name``), standing alone: no word, number,
    path or address touches it on either side."""
    for match in PREFIXED_INITIALS.finditer(text):
        name = match.group("name")
        if name[1:2] == "O" and name[:2] in _WORDS_BEFORE_APOSTROPHE:
            continue
        yield match
