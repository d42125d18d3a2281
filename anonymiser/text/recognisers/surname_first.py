"""A name written surname first, the surname in capitals: "MORIKAWA Kenji", "HOU Mingjie", "NAGY-TÓTH
Balázs", as Chinese, Japanese, Korean and Hungarian documents (and many passports and visa lists) write it.

A word in capitals that is no English word and no acronym of the trade, then a capitalised word that is a
known given name or no English word, and no capitalised word after it ("FAO Dawit Haile" is a label in
capitals before a name in the usual order).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.data import english_words, surnames
from anonymiser.text.document import Document
from anonymiser.text.recognisers.not_names import not_initials
from anonymiser.text.recognisers.person_cues import LO, UP
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.recognisers.unfamiliar_name import unfamiliar
from anonymiser.text.spans import Span, entity_key

# (found from the run of capitals, which ``re`` skips ahead to from a class; its look-behind after it)
_NAME = re.compile(rf"[{UP}](?<![\w-].)[{UP}]+(?:-[{UP}]{{2,}})?[ \t]+(?P<given>[{UP}][{LO}]+(?:-[{LO}]+)?)(?![\w-])")


_NAME_GOES_ON = re.compile(rf"[ \t]+[{UP}][{LO}]")


class SurnameFirstRecogniser:
    name = "surname_first"

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        for match in _NAME.finditer(text):
            surname = match.group()[:match.start("given") - match.start()].strip()
            given = match.group("given")
            if surname in not_initials() or (any(part.lower() in english_words() for part in surname.split("-"))
                                             and not _short_surname_before_given_name(surname, given)):
                continue
            if _NAME_GOES_ON.match(text, match.end()):
                continue  # "FAO Dawit Haile": a label in capitals before a name in the usual order
            if given.lower() in english_words() and not is_given_name(given) or not (
                    is_given_name(given) or unfamiliar(given) or _short_given_name_after_surname(surname, given)):
                continue
            yield Span(match.start(), match.end(), "person", self.name, 0.8, "Person", entity_key(match.group()),
                       "Surname in capitals before a given name")


def _short_surname_before_given_name(surname: str, given: str) -> bool:
    """A surname of two letters that a dictionary also knows, before a known given name: "XU Wei", "HE Jiayi" (Chinese
    surnames romanised; "OR Gate", "IT Support" have no given name after them)."""
    return len(surname) == 2 and surname.lower() in surnames() and is_given_name(given)


def _short_given_name_after_surname(surname: str, given: str) -> bool:
    """A given name of two letters, no word, after a surname the lists know and no dictionary does: "FENG Bo"."""
    lower = surname.lower()
    return len(given) == 2 and given.lower() not in english_words() and lower in surnames() and lower not in english_words()


RECOGNISER = SurnameFirstRecogniser()
