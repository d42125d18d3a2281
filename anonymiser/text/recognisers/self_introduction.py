"""The name a caller or a speaker gives for themselves, written without capitals as speech recognition writes it:
"hiya this is bax from stores", "hi it's tiggs quorrell at haviland calibration", "yeah its ondrej here".

Read only in uncased lines of speech (``Document.speech``). After "this is", "it's" or "my name is" and before
"from", "at", "with", "here" or "calling", one or two words that no English dictionary lists (or a known given
name) are a person: the sentence is the one a voicemail opens with. "this is the line from stores", "it's
fine from here" hold English words and stay.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.languages import ENGLISH_SMALL_WORDS
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.spans import Span, entity_key

_INTRODUCED = re.compile(r"(?<![\w'])(?:this[ \t]+is|it'?s|it[ \t]+is|my[ \t]+name'?s|my[ \t]+name[ \t]+is)[ \t]+"
                         r"(?P<name>[a-z]{2,15}(?:[ \t]+[a-z]{2,20})??)"
                         r"(?=[ \t]+(?:from|at|with|here|calling|over[ \t]+at|in[ \t]+(?:qa|qc|stores|the)\b)\b)")


class SelfIntroductionRecogniser:
    name = "self_introduction"

    def find(self, doc: Document) -> Iterator[Span]:
        lines = doc.speech.lines
        if not lines:
            return
        for start, line in lines:
            for m in _INTRODUCED.finditer(line):
                if not all(_a_name(word) for word in m.group("name").split()):
                    continue
                at = start + m.start("name")
                yield Span(at, at + len(m.group("name")), "person", self.name, 0.75, "Person", entity_key(m.group("name")),
                           "The name a caller gives for themselves")


def _a_name(word: str) -> bool:
    """A word no dictionary lists, or a known given name that is no small word ("mark", "will" are both)."""
    if word in ENGLISH_SMALL_WORDS:
        return False
    return word not in english_words() or is_given_name(word.capitalize())


RECOGNISER = SelfIntroductionRecogniser()
