"""Words that are no one's name and capitals that are no one's initials, read by the person recognisers and by the
engine's later passes that must not take a word of a form, of the trade or an acronym for a name."""
from __future__ import annotations

from functools import cache

from anonymiser.text.data import lines


@cache
def not_name_words() -> frozenset[str]:
    return frozenset(word for line in lines("not_name_words.txt") for word in line.split())


# Capitals that are words of a form or a note, never anyone's initials.
INITIALS_AS_WORDS = frozenset({"TBC", "TBD", "TBA", "NA", "ALL", "NONE", "YES", "NO", "OK", "ANY", "NEW", "OPS", "ID"})


@cache
def not_initials() -> frozenset[str]:
    """Capitals that are no one's initials: the trade's acronyms, "TBC", "N/A"."""
    known = {word for line in lines("known_acronyms.txt") for word in line.split()}
    return frozenset(known | INITIALS_AS_WORDS)
