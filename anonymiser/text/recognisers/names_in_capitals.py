"""People in registers printed in capitals: a surname in capitals with initials ("R. MARWICK", "MARWICK, R.",
"KESTELL I.J."), with a title printed with it ("DR. M. KYPRIANOU"); a known given name and a surname in capitals
("JOHN STONE"); a surname first and a comma ("QUILTY, RAHMAT"). ``person`` reads each as a person, and reads
``unlisted_given`` for its registers of surnames in capitals and given names in mixed case ("DRUMMOCK, Zilvinas").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.data import english_words, uk_place_names
from anonymiser.text.data import words as words_of
from anonymiser.text.recognisers import person_cues as cues
from anonymiser.text.recognisers.not_names import not_initials, not_name_words
from anonymiser.text.recognisers.person_names import (fold_accents, given_name_words, is_given_name, looks_like_full_name,
                                                      not_surname_words, surname_like)
from anonymiser.text.vendors import vendors


def unlisted_given(given: str) -> bool:
    """A given name no list holds that may follow a surname in capitals: each part no English word, place or word of
    the trade ("Ebubechi"; not "Wet", "Please"); or, in a name whose second part is written in lower case, as Korean
    names are ("Ji-ho", "Min-jun"), the first part is none."""
    parts = given.split("-")
    if len(parts) == 2 and parts[1].islower():
        parts = parts[:1]
    return all(len(part) >= 2 and part.lower() not in english_words() and part.lower() not in uk_place_names()
               and part.lower() not in not_name_words() and part.upper() not in not_initials() for part in parts)


class Stretch:
    """A stretch of text standing for a match (``person``'s ``_simple`` reads only its span)."""

    def __init__(self, start: int, end: int) -> None:
        self._span = (start, end)

    def span(self, group: str | int = 0) -> tuple[int, int]:
        return self._span


def with_initials(text: str) -> Iterator[Stretch]:
    """"R. MARWICK", "MARWICK, R.", "KESTELL I.J.": a surname in capitals with initials, the surname no word or acronym
    (``capitals_surname``); with a title in capitals before it, as a register prints it ("DR. M. KYPRIANOU"), the title
    too; without a comma, no number after it ("TECNICO N. 24" is a number)."""
    for match in cues.INITIALS_CAPITALS_SURNAME.finditer(text):
        if capitals_surname(match.group("surname")):
            title = _CAPITAL_TITLE.search(text, max(0, match.start() - 8), match.start())
            yield Stretch(title.start() if title else match.start(), match.end())
    for match in cues.CAPITALS_SURNAME_INITIALS.finditer(text):
        if capitals_surname(match.group("surname")) and not (
                "," not in match.group() and _NUMBER_AFTER.match(text, match.end())):
            yield Stretch(*match.span())


def full_names(text: str) -> Iterator[Stretch]:
    """"JOHN STONE", "MAIREAD OKONKWO-BELL": a given name and a surname in capitals that written capitalised are a
    known given name that is no everyday word ("WILL", "MARK") and a surname (``looks_like_full_name``: "John Stone"
    where "stone" is never written in lower case; ``capitals_surname``: no word but a common surname, acronym or
    code, and of four letters or more bar a common surname, "FOX": not "DECLAN COVERS", "AVI RZE"), none a word of a form or a title ("RAHMAT MR"); the two
    words after the given name tried first, then one (not "JOHN STONE VERIFIED")."""
    for match in cues.CAPITALS_GIVEN_FIRST.finditer(text):
        given = match.group()
        if given in not_initials() or given.lower() in not_name_words() or given.lower() in given_name_words():
            continue  # (a given name that is a word is a word in capitals: "WILL STONE BE USED", "MARK GREEN")
        rest = match.group("rest").split()
        for size in (2, 1) if len(rest) == 2 else (1,):
            words = [given, *rest[:size]]
            end = match.end() + 1 + len(" ".join(rest[:size]))
            if any(w in not_initials() or w.lower() in not_name_words() or w.lower() in cues.TITLES
                   or not capitals_surname(w) or len(w) < 4 and w.lower() not in words_of("surname_words.txt")
                   for w in words[1:]):
                continue  # ("DECLAN COVERS", "AVI RZE", "RAHMAT MR": a verb, a code, a title)
            if looks_like_full_name(text, [capitalised(w) for w in words], end) \
                    and not cues.NAMED_THING_CAPITALS.match(text, end):
                yield Stretch(match.start(), end)
                break


# A given name written capitalised, then a surname in capitals, particles and a clan prefix as written: "Prakash VELLODI",
# "Pieter van der DOORN", "Siobhan O'KESHANE", "Aoife McGRATH" (found from the surname's capitals after a space; the given
# name looked back for)
_GIVEN_BEFORE = re.compile(rf"(?<![\w'\u2019.-])(?P<given>[{cues.UP}][a-zß-öø-ÿā-ž]+(?:-[{cues.UP}][a-zß-öø-ÿā-ž]+)?)[ \t]+"
                           rf"(?P<particles>(?:(?:{'|'.join(cues.PARTICLE_WORDS)})[ \t]+){{0,2}})$")
# What ``_GIVEN_BEFORE`` ends in before the space that leads a surname: a space or tab, or the last letter of a given name
# or a particle. (Speed: most capitals after a space, an acronym, a code, stand after none: "| QA", "(SOP", "2 RPM".)
_GIVEN_BEFORE_ENDS = re.compile(r"[ \ta-zß-öø-ÿā-ž]")
_NAME_WORD_BEFORE = re.compile(rf"[{cues.UP}][\w'\u2019-]*[ \t]+$")
_SURNAME_IN_CAPITALS = re.compile(rf"[ \t](?P<surname>(?:O['\u2019]|D['\u2019]|Mc|Mac)?[{cues.UP}]{{2,}}"
                                  rf"(?:[-'\u2019][{cues.UP}]{{2,}})?)(?![\w'\u2019-])")


def _after_a_name_word(text: str, start: int) -> bool:
    """Whether a word of a name stands just before ``start``: a given name or a word no dictionary knows ("Anjali Vellodi
    MIET"; not a title, "Dr Prakash VELLODI", nor an everyday word, "Contact Prakash VELLODI")."""
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group().strip()
    return word.rstrip(".").lower() not in cues.TITLES and (is_given_name(word) or word.lower() not in english_words())


def given_name_surname_in_capitals(text: str) -> Iterator[Stretch]:
    """"Prakash VELLODI", "Pieter van der DOORN", "Siobhan O'KESHANE": a known given name that is no everyday word, as
    minutes, registers and sign-off sheets print a name, its surname in capitals (``capitals_surname``: no word, acronym
    or place, of four letters or more bar a common surname, unless after a particle or with a clan's prefix), not a
    named thing's; or any capitalised word and a surname in capitals followed by their own initials in brackets, as an
    attendance list introduces them ("Hope GRANT (HG)", where both are words)."""
    for match in _SURNAME_IN_CAPITALS.finditer(text):
        if not match.start() or not _GIVEN_BEFORE_ENDS.match(text, match.start() - 1):
            continue  # (no given name nor particle just before: ``_GIVEN_BEFORE`` cannot end here)
        surname = match.group("surname")
        core = surname.removeprefix("Mac").removeprefix("Mc")
        if not core.isupper() or core in not_initials():
            continue
        before = _GIVEN_BEFORE.search(text, max(0, match.start() - 40), match.start() + 1)
        if before is None or _after_a_name_word(text, before.start()):
            continue  # (nor a surname before post-nominal letters: "Anjali Vellodi MIET")
        given = before.group("given")
        if given.lower() in vendors():
            continue  # ("Emerson DELTAV": a vendor's product)
        if text.startswith(f" ({given[0]}{surname[0]})", match.end()) and given.lower() not in not_name_words():
            yield Stretch(before.start(), match.end())
            continue
        # (after a particle or with a clan's prefix the surname may be a word, "van der BERG", "McGRATH"; else none)
        if not (before.group("particles") or core != surname) and (
                len(core) < 4 and core.lower() not in words_of("surname_words.txt") or not capitals_surname(core)):
            continue
        if not is_given_name(given) or given.lower() in given_name_words() or given.lower() in not_name_words() \
                or given.upper() in not_initials() or cues.NAMED_THING_CAPITALS.match(text, match.end()):
            continue
        yield Stretch(before.start(), match.end())


def surname_first(text: str) -> Iterator[Stretch]:
    """"QUILTY, RAHMAT", "NÍ CHEALLAIGH, ÚNA", "KYPRIANOU, PEI XIN": a register printed wholly in capitals, the surname
    no word, acronym or place (``capitals_surname``, a particle before it aside), each part of the given name a known
    given name (not "NOTE, PLEASE", "LEEDS, UK"); or, in a register of two such names or more, one no list holds
    that is no word (``unlisted_given``: "QUILTY, RAHMAT"; not "MATL, SERV" in a directory of abbreviations)."""
    sure: list[Stretch] = []
    maybe: list[Stretch] = []
    for comma in cues.CAPITALS_COMMA.finditer(text):
        before = cues.CAPITALS_BEFORE_COMMA.search(text, max(0, comma.start() - 40), comma.start())
        if before is None or not capitals_surname(before.group("surname").split()[-1]):
            continue
        given = [capitalised(word) for word in comma.group("given").split()]
        if any(g.upper() in not_initials() for g in given):
            continue
        if all(is_given_name(g) for g in given):
            sure.append(Stretch(before.start(), comma.end()))
        elif all(is_given_name(g) or unlisted_given(g) for g in given):
            maybe.append(Stretch(before.start(), comma.end()))
    yield from sure
    if len(sure) >= 2:
        yield from maybe


def capitalised(word: str) -> str:
    """"OKONKWO-BELL" → "Okonkwo-Bell", "O'NEILL" → "O'Neill"."""
    return re.sub(r"[A-Z]+", lambda part: part.group().capitalize(), word)


_CAPITAL_TITLE = re.compile(r"(?<![\w.])(?:DR|MR|MRS|MS|MISS|PROF)\.?[ \t]+$")
_NUMBER_AFTER = re.compile(r"[ \t]+[^\s\d(]*\d")  # (a date in brackets after it is no number of it)


def capitals_surname(word: str) -> bool:
    """Whether a word in capitals beside initials is a surname ("MARWICK" of "R. MARWICK", "O'NEILL, R."): each part
    no English word (bar a common surname: "BISHOP"), acronym, word of a form or of the trade, or place, and with a
    vowel ("GMP A.", "SEE A.B.", "TABLE B.", "U.S. FDA" are none)."""
    if word in not_initials():
        return False
    for part in re.split(r"[-'\u2019]", word.removeprefix("O'").removeprefix("D'").removeprefix("O\u2019")):
        lower = part.lower()
        if len(part) < 2 or part in not_initials() or not surname_like(lower) or lower in not_name_words() \
                or lower in not_surname_words() or lower in uk_place_names() or not any(c in "aeiouy" for c in fold_accents(lower)):
            return False
    return True
