"""A word processor's comment markers: "Comment [KO3]:", "Commented [TvdS1]:", "Reply [AND2]" — the commenter's initials
(from their Office profile) and the comment's number, run together in square brackets. The initials are someone's
whatever letters they are ("AND", "HIS"): the marker's cue word says so, or the name written after its colon has those
initials ("[LW2]: Lucy Warder, 12/06/2024"). Once a text shows whose markers they are, the same initials in any other
marker ("all addressed except [LW3]") are that person's too; a bracketed code with no such cue ("[REF1]", "[EN12]") is
no one's.
"""
from __future__ import annotations

import re

from anonymiser.text.recognisers.not_names import not_initials

# (initials as a profile writes them: capitals, a particle's lower-case letters between them, "TvdS"; then the number)
_INITIALS = r"[A-Z](?:[a-z]{0,3}[A-Z]){1,4}"
_MARKER = re.compile(rf"\[(?P<i>{_INITIALS})\d{{1,3}}\]")
# The cue word just before a marker: Word prints "Comment [KO3]:" (older) and "Commented [KO3]:"; a thread's replies
# are numbered alike, "Reply [AND2]:", but only first on a line with a colon after the marker: "Response [RFI3]: The
# company agrees" is a reply to a request, "inflammatory response [IL6]: raised" a reading.
_CUE = re.compile(r"(?i:\bcomment(?:ed)?(?:[ \t]+by)?)[ \t]*$")
_REPLY_CUE = re.compile(r"(?:^|\n)[ \t>*\u2022-]*(?i:reply|replied|response)(?:[ \t]+(?i:by))?[ \t]*$")
_COLON_AFTER = re.compile(r"[ \t]*:")
# The commenter's name after the marker's colon: "Kayode Oyeniran-Banks,", "Thijs van der Stoep", "Warder, Lucy".
_NAME_WORD = r"[A-Z][\w'\u2019-]*"
_NAME_AFTER = re.compile(rf"[ \t]*:[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+(?:[a-z]{{1,3}}[ \t]+){{0,2}}{_NAME_WORD}){{1,3}}"
                         rf"|{_NAME_WORD},[ \t]+{_NAME_WORD})")


def comment_marker_initials(text: str) -> list[tuple[int, int, str]]:
    """Where each commenter's initials stand in a comment marker, with the name they stand for where the text writes
    it after a marker (else the initials), for every marker whose initials a cue or a name shows to be someone's."""
    if "[" not in text:
        return []
    markers = list(_MARKER.finditer(text))
    if not markers:
        return []
    owners: dict[str, str] = {}
    for m in markers:
        initials = m.group("i")
        name = _NAME_AFTER.match(text, m.end())
        if name and initials.upper() in _initials_of(name.group("name")):
            owners[initials] = name.group("name")
        elif initials not in owners and initials.upper() not in not_initials() and (
                _CUE.search(text, max(0, m.start() - 24), m.start())
                or _REPLY_CUE.search(text, max(0, m.start() - 24), m.start()) and _COLON_AFTER.match(text, m.end())):
            owners[initials] = initials  # (not the trade's acronyms: "comment [GMP1]", "Replied [HTTP2]: ok")
    return [(m.start("i"), m.end("i"), owners[m.group("i")]) for m in markers if m.group("i") in owners]


def _initials_of(name: str) -> set[str]:
    """The initials a name may be signed with, given name first also where it is written surname first ("Warder,
    Lucy" → "LW"): of the name's first two words or more ("Lucy Warder Please" → "LW"), a particle's letter counted
    ("Thijs van der Stoep" → "TVDS", as profiles often write it), a double-barrelled surname's second part counted or
    not ("Kayode Oyeniran-Banks" → "KO", "KOB")."""
    if "," in name:
        surname, given = name.split(",", 1)
        name = f"{given.strip()} {surname.strip()}"
    words = name.split()
    found: set[str] = set()
    for k in range(2, len(words) + 1):
        found.add("".join(w[0] for w in words[:k]).upper())
        found.add("".join(p[0] for w in words[:k] for p in w.split("-") if p).upper())
    return found
