"""The name someone says they go by: "Everyone calls me Bax, by the way", "please call me Zed", "the lads call him
Tiggs", "she goes by Fen"; and a name said with an honorific, "Hosokawa-san", "Ito-sensei". The word after the cue is
a person whatever it is otherwise (a month's short form, a word): the text says it is what they are called, and the
other mentions of it are learned from this one. A nickname that clips the given name of a full name just before it ("Tobrin Quill ... call me Tob") is left to
``learn``, which teaches it with that name (one placeholder), unless it is a month's or a day's short form.

Not a day, a time or a place to call ("call me Monday", "call me at 3"), nor a word in lower case.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.recognisers.given_name_alone import never_names
from anonymiser.text.recognisers.person_cues import LO, UP
from anonymiser.text.spans import Span, entity_key

# (led by the cue's verb in either case; the name's capital then checked by the class)
# (Speed: the same matches as "(?<![\w'])(?i:call(?:s|ed)?[ \t]+(?:me|him|her|them)|goes[ \t]+by|go[ \t]+by|going[ \t]+by)…",
# tried in the same order: led by the class of the verbs' first letters, which ``re`` skips ahead to, the character
# before looked behind at; led by a look-behind, it was tried at every position.)
_CUE = re.compile(r"[CcGg](?<![\w'].)(?i:(?<=[Cc])all(?:s|ed)?[ \t]+(?:me|him|her|them)|(?<=[Gg])oes[ \t]+by|(?<=[Gg])o[ \t]+by"
                  r"|(?<=[Gg])oing[ \t]+by)"
                  rf"[ \t]+[\"'\u201c\u2018]?(?P<name>[{UP}][{LO}]{{1,14}})[\"'\u201d\u2019]?"
                  r"(?=[ \t]*(?:[,.!?;:)\n]|$|by[ \t]+the[ \t]+way|to[ \t]+(?:everyone|all|friends)|for[ \t]+short|though|instead))")
# A name with the honorific Japanese, Korean or Hindi speakers address a person by, as transcripts write it: "Hosokawa-san",
# "Ito-sensei", "Park-ssi", "Sharma-ji", taken with it (the name is the person's; a Korean given name, "Eun-ji", is too).
# (led by the name's capital, which ``re`` skips ahead to, the character before it looked behind at)
_HONORIFIC = re.compile(rf"(?P<name>[{UP}](?<![\w'\u2019-].)[{LO}]{{1,14}})-(?:san|sama|kun|chan|sensei|senpai|ssi|nim|ji)"
                        r"(?![\w-])")
_NOT_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday tomorrow tonight today later back
    anytime anything something nothing everything whatever sir madam mate boss""".split())


class NicknameCueRecogniser:
    name = "nickname_cue"

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        if "-" in text:
            for m in _HONORIFIC.finditer(text):
                if m.group("name").lower() not in never_names():
                    yield Span(m.start(), m.end(), "person", self.name, 0.8, "Person", entity_key(m.group("name")),
                               "A name with the honorific that addresses a person")
        if "call" not in doc.lower and " by " not in doc.lower:
            return
        for m in _CUE.finditer(text):
            name = m.group("name")
            if name.lower() in _NOT_NAMES:
                continue
            if name.lower() not in never_names() and _full_name_before(text, m.start(), name):
                continue  # (the clipped given name of a name found: learned with it, one placeholder)
            yield Span(m.start("name"), m.end("name"), "person", self.name, 0.7, "Person", entity_key(name),
                       "The name someone is called by")


# (a look-ahead from each capitalised word: "Dr Baxter Quill" holds "Baxter Quill")
_FULL_NAME = re.compile(rf"(?<![\w'\u2019])(?=(?P<full>(?P<given>[{UP}][{LO}]+)(?:[ \t]+[{UP}][\w'\u2019-]+){{1,2}}))")
_LOOK_BACK = 400


def _full_name_before(text: str, at: int, name: str) -> bool:
    """Whether a full name before ``at`` has a given name the nickname clips ("Bax" after "Baxter Quill")."""
    lower = name.lower()
    return any(m.group("given").lower().startswith(lower) and m.group("given").lower() != lower
               for m in _FULL_NAME.finditer(text, max(0, at - _LOOK_BACK), at))


RECOGNISER = NicknameCueRecogniser()
