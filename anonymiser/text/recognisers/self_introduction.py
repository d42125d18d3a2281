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
from anonymiser.text.recognisers.word_as_name import habitual_words
from anonymiser.text.spans import Span, entity_key

_INTRODUCED = re.compile(r"(?<![\w'])(?:this[ \t]+is|it'?s|it[ \t]+is|my[ \t]+name'?s|my[ \t]+name[ \t]+is)[ \t]+"
                         r"(?P<name>[a-z]{2,15}(?:[ \t]+[a-z]{2,20})??)"
                         r"(?=[ \t]+(?:from|at|with|here|calling|over[ \t]+at|in[ \t]+(?:qa|qc|stores|the)\b)\b)")


# The same in a transcript with capitals, as a voicemail's opens: "Hi Elspet, it's Wistful again", "Morning, this is Quarrie
# calling from stores": at a sentence's or a quotation's start, after a greeting and the name of whom it is for, if any,
# one capitalised word before "again", "here", "calling", "speaking", "ringing", "from" or "on nights" (a word as speech
# recognition may have misheard a name as, "Wistful"; not a day, a month, a place or a trade's word: ``habitual_words``).
# (led by "it's"/"this is" in either case, the sentence's start looked back for from there)
_CASED_INTRODUCED = re.compile(
    r"[IiTt](?<![\w'].)(?:(?<=[Ii])t'?s|(?<=[Ii])t[ \t]+is|(?<=[Tt])his[ \t]+is)[ \t]+"
    r"(?P<name>[A-Z][a-z]{1,14})(?=[ \t]+(?:again|here|calling|speaking|ringing|from|on[ \t]+(?:nights|days|lates|earlies)"
    r"|on[ \t]+the[ \t]+(?:night|day|late|early|back)[ \t]+shift)\b)")
_MESSAGE_OPENING = re.compile(
    r"(?:^|[\"\u201c]|[.!?][ \t]+)[ \t]*(?:(?i:hi|hello|hiya|hey|morning|good[ \t]+morning|afternoon|evening)[ \t]*,?[ \t]+)?"
    r"(?P<to>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?[ \t]*,?[ \t]+)?$")
_AGAIN = re.compile(r"[ \t]+again\b")


class SelfIntroductionRecogniser:
    name = "self_introduction"

    def find(self, doc: Document) -> Iterator[Span]:
        yield from self._cased(doc)
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


    def _cased(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        lower_words: set[str] | None = None  # (the words the text writes in lower case, read once: a search of the
        for m in _CASED_INTRODUCED.finditer(text):  # whole text for each word asked about was quadratic)
            name = m.group("name")
            lower = name.lower()
            if lower in habitual_words() or lower in ENGLISH_SMALL_WORDS \
                    or not (opening := _MESSAGE_OPENING.search(text, max(0, m.start() - 40), m.start())):
                continue
            # (no word a dictionary lists, unless a given name: "Hi, this is Accounts calling", "it's Planning here"
            # name a department; but a word speech recognition heard a name as, to someone named and "again": "Elspet
            # it's Wistful again"; nor a word the text writes in lower case too, "it's Reception here", "on reception")
            if lower in english_words() and not is_given_name(name) \
                    and not (opening.group("to") and _AGAIN.match(text, m.end("name"))):
                continue
            if lower_words is None:
                lower_words = {w for w in _RUN.findall(text) if w.isascii() and w.isalpha() and w.islower()}
            if lower in lower_words:
                continue
            yield Span(m.start("name"), m.end("name"), "person", self.name, 0.7, "Person", entity_key(name),
                       "The name a caller gives for themselves")


# (runs of word characters, apostrophes and hyphens: a word written in lower case is one such run all of a-z)
_RUN = re.compile(r"[\w'\u2019-]+")


def _a_name(word: str) -> bool:
    """A word no dictionary lists, or a known given name that is no small word ("mark", "will" are both)."""
    if word in ENGLISH_SMALL_WORDS:
        return False
    return word not in english_words() or is_given_name(word.capitalize())


RECOGNISER = SelfIntroductionRecogniser()
