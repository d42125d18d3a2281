"""Roles a contract or a letter defines in brackets: ("the Secondee"), (the "Lender"), (together, the "Parties").

Such a word is capitalised in every later use ("the Secondee shall…") and no dictionary need list it, but it
names a party's role, not a person or a system: the name recognisers leave it.
"""
from __future__ import annotations

import re

from anonymiser.text.recognisers.person_cues import LO, UP

_QUOTE_OPEN, _QUOTE_CLOSE = "[\"'\u201c\u2018]", "[\"'\u201d\u2019]"
# (led by the bracket, so that ``re`` skips ahead to one; what is before "the" in the bracket is short and lazy)
_DEFINED_ROLE = re.compile(rf"\((?:[^()\n]{{0,60}}?[ \t])?the[ \t]+{_QUOTE_OPEN}(?P<after>[{UP}][{LO}]+){_QUOTE_CLOSE}\)"
                           rf"|\({_QUOTE_OPEN}the[ \t]+(?P<inside>[{UP}][{LO}]+){_QUOTE_CLOSE}\)", re.IGNORECASE)


def defined_roles(text: str) -> frozenset[str]:
    """The lower-case words ``text`` defines as roles in brackets."""
    if "(" not in text:
        return frozenset()
    return frozenset((m.group("after") or m.group("inside")).lower() for m in _DEFINED_ROLE.finditer(text))
