"""Organisations named in text written without capitals (speech recognition, captions, dictation): "calling
from tiverly packaging", "the podcast from kelly bee digital", "the engineers from navimotion".

Read only in uncased lines of speech (``Document.speech``). A run of one to three words before a sector word
("packaging", "solutions", "therapeutics", "ltd") is an organisation when a word of the run is no English word,
or when "from", "with", "by" or "at" comes before it and the sector word is one only companies use ("solutions",
not "engineering"); the run stops at a small word ("the", "and") or a word of another language. After "from"
or "with", one word no dictionary or list knows ("from veritrace", "training with navimotion") is a name.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.languages import ENGLISH_SMALL_WORDS, function_words
from anonymiser.text.recognisers.given_name_alone import never_names
from anonymiser.text.recognisers.organisation_suffix import SECTOR_WORDS
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.recognisers.spoken_name import CONTRACTIONS, glued
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.speech import WORD

NAME = "spoken_organisation"
_SECTOR = frozenset(w.lower() for w in SECTOR_WORDS if " " not in w) | {"ltd", "limited", "plc", "inc", "gmbh", "audio", "media", "digital"}
# Sector words only a company's name ends in: after "from", "with", "by" or "at" the run may be all English words
# ("from data loop solutions"); "from process engineering" is a department.
_STRONG = frozenset("""pharma pharmaceuticals biopharma biologics therapeutics biosciences bioscience biotech labs
    laboratories diagnostics scientific analytics solutions packaging logistics robotics consulting consultancy
    consultants ltd limited plc inc gmbh""".split())
_CUES = frozenset("from with by at".split())
_MOST_WORDS = 3


class SpokenOrganisationRecogniser:
    name = NAME

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        for start, line in doc.speech.lines:
            tokens = list(WORD.finditer(text, start, start + len(line)))
            taken = -1
            for i, token in enumerate(tokens):
                word = token.group().lower()
                if i <= taken:
                    continue
                if word in _SECTOR and i and (span := self._company(tokens, i)):
                    taken = i
                    yield span
                elif word in _CUES and i + 1 < len(tokens) and _single_name(tokens, i + 1):
                    after = tokens[i + 1]
                    taken = i + 1
                    yield Span(after.start(), after.end(), "name", NAME, 0.6, "Name", entity_key(after.group()),
                               "A word no dictionary knows after 'from' or 'with' in speech written down")

    def _company(self, tokens: list[re.Match[str]], at: int) -> Span | None:
        first = at
        while first > 0 and at - first < _MOST_WORDS and _run_word(tokens[first - 1].group().lower()) \
                and _adjacent(tokens[first - 1], tokens[first]):
            first -= 1
        if first == at:
            return None
        words = [t.group().lower() for t in tokens[first:at]]
        cue = first > 0 and tokens[first - 1].group().lower() in _CUES
        sector = tokens[at].group().lower()
        unknown = [i for i, w in enumerate(words) if w not in english_words()]
        if unknown:  # (from the first word no dictionary knows: "customer audit orsino therapeutics")
            first, words = first + unknown[0], words[unknown[0]:]
        elif not (cue and sector in _STRONG):
            return None
        start, end = tokens[first].start(), tokens[at].end()
        return Span(start, end, "organisation", NAME, 0.7, "Organisation", entity_key(" ".join(words + [sector])),
                    "Words before a sector word in speech written down")


def _run_word(word: str) -> bool:
    return (len(word) >= 2 and word.isalpha() and word not in ENGLISH_SMALL_WORDS and word not in function_words()
            and word not in CONTRACTIONS and word not in _SECTOR and word not in _CUES)


def _adjacent(first: re.Match[str], second: re.Match[str]) -> bool:
    """Two words one space apart, neither part of a token of code ("site.yml against pack_hmis")."""
    text = first.string
    return (second.start() - first.end() == 1 and text[first.end()] == " "
            and not glued(text, first) and not glued(text, second))


def _single_name(tokens: list[re.Match[str]], i: int) -> bool:
    """A word no dictionary or list knows, standing alone after its cue (not the first of a run before a sector
    word, which ``_company`` reads)."""
    token = tokens[i]
    word = token.group()
    lower = word.lower()
    if not (word.islower() and len(lower) >= 4 and lower not in english_words() and lower not in never_names()
            and lower not in function_words() and lower not in CONTRACTIONS and not is_given_name(lower.capitalize())):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].group().lower() in _SECTOR and _adjacent(token, tokens[i + 1]):
        return False
    return _adjacent(tokens[i - 1], token)


RECOGNISER = SpokenOrganisationRecogniser()
