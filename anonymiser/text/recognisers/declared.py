"""Contributor-declared terms: every case, spacing, hyphenation, possessive and near-misspelling.

A match must start a word, a letter run after a digit ("¹Acme", which NFKC makes "1Acme") or a
capital after a lower-case letter ("#TeamAcme"); it is extended to the end of the word it starts
("Acme" in "AcmeFlow" takes the whole word), so no declared term survives glued to another word —
unless that word is an everyday English word ("DEVIA" does not take "deviation"). A near-misspelling
that is an everyday word ("spoke" for "Speke") is no match either.

A declared term is also found by what it goes by alone: a project's code name ("ANVIL" of "Project
ANVIL"), a code inside it ("SC-07" of "Chamber SC-07"), and its initials in capitals even where the
text never introduces them ("PVP", "QSB", "TWT" of "TWT-4471"; "QB" of a two-word name only where a declared
code starts with it too).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import product

from anonymiser.text.data import english_words, uk_place_names, words as words_file
from anonymiser.text.document import Document, word_end
from anonymiser.text.recognisers.organisation_suffix import LEGAL_WORDS, SECTOR_WORDS
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.recognisers.product_context import STRENGTHS, strength_after, takes_strength
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.termmatch import TermMatcher, compact, misspellings, variants


class DeclaredTermsRecogniser:
    name = "declared_terms"

    def find(self, doc: Document) -> Iterator[Span]:
        entries: dict[str, str] = {}
        for term in doc.terms:
            for form in variants(term):
                entries.setdefault(form, entity_key(term))
            for short in _short_forms(term):
                for form in variants(short):
                    entries.setdefault(form, entity_key(term))
        if not entries:
            return
        yield from _acronyms(doc)
        # (a term's short forms too: "Brackwatter" or a scan's "BRACKWAT3R" for "Brackwater" of "Brackwater Biologics")
        near = misspellings({compact(form): entity_key(t) for t in doc.terms for form in (t, *_short_forms(t))},
                            doc.compact.text)
        dictionary = english_words()
        for found, term in near.items():
            if found not in dictionary:  # "spoke" is a word, not "Speke" misspelt
                entries.setdefault(found, entries.get(term, term))
        view = doc.compact
        for cstart, cend, key in TermMatcher(entries).find(view):
            start = view.source_offset(cstart)
            if not _starts_term(doc.text, start):
                continue
            matched_end = view.source_offset(cend)
            end = word_end(doc.text, matched_end)
            if end > matched_end and doc.text[start:end].lower() in dictionary:
                continue  # "DEVIA" starts "deviation", an everyday word, not a name glued to it
            assert isinstance(key, str)
            exact = compact(doc.text[start:end]) in entries
            if end == matched_end and _a_medicine(doc.text[start:end]):
                end = _with_strength(doc.text, start, end)
            yield Span(start, end, "declared", self.name, 1.0 if exact else 0.95,
                       doc.term_labels.get(key, "Term"), key,
                       "Declared sensitive term" if exact else "Variant of a declared sensitive term")


# A medicine's strength after its declared name, without its unit, before what ends a list's item or a cell: "Quennivar 10
# / Quennivar 20", "Toralex 500 (reg. A4-1004)", a quoted cell's '"Quennivar 20"' (with its unit, or a word of dosing
# before it, ``strength_after``).
_BARE_STRENGTH = re.compile(rf'[ \t]+{STRENGTHS}(?=[ \t]*(?:[,;)/\n(|"]|$))')


def _a_medicine(name: str) -> bool:
    """A declared name that may be a medicine's: one coined word, no English word, given name or place."""
    lower = name.lower()
    return takes_strength(name) and lower not in english_words() and not is_given_name(name.capitalize()) \
        and lower not in uk_place_names()


def _with_strength(text: str, start: int, end: int) -> int:
    """Where a declared medicine's name ends with the strength written after it (``end`` when none is)."""
    if (strength := strength_after(text, start, end)) > end:
        return strength
    return bare.end() if (bare := _BARE_STRENGTH.match(text, end)) else end


# "Project ANVIL" → "ANVIL": the code name is used alone as often as with its word.
_CODE_NAME = re.compile(r"(?i:project|programme|program|operation|initiative)[ \t]+(?P<name>\S.{2,})")
_ACRONYM_SKIP = frozenset("of and the for & de du la le von van".split())


def _short_forms(term: str) -> list[str]:
    """What a declared term is also written as alone: a project's code name ("ANVIL" of "Project ANVIL"),
    a code inside it ("SC-07" of "Chamber SC-07", written "Chamber: SC-07"), and a company's name without
    its sector and legal words ("Cogorave & Wray" of "Cogorave & Wray Therapeutics Ltd", in any case) when
    that is no everyday word."""
    forms = [match.group("name")] if (match := _CODE_NAME.fullmatch(term.strip())) else []
    words = term.split()
    if len(words) > 1:
        forms += [w for w in words if _CODE_TOKEN.fullmatch(w)]
        stem = list(words)
        while len(stem) > 1 and stem[-1].strip(",").lower() in _COMPANY_TAIL:
            stem.pop()
        if len(stem) < len(words) and stem[-1].lower() not in _CONNECTORS and (
                len(stem) > 1 or stem[0].lower() not in english_words()):
            forms.append(" ".join(stem).rstrip(","))
    return forms


_COMPANY_TAIL = frozenset(w.lower() for w in SECTOR_WORDS + LEGAL_WORDS)
_CONNECTORS = frozenset(("&", "and", "of", "the", "for"))


# A token with letters and digits, four characters or more: "SC-07", "TMX07", "B12-A".
_CODE_TOKEN = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]{3,}")


def _acronyms(doc: Document) -> Iterator[Span]:
    """The initials of a declared name in capitals as a whole word, even where the text never
    introduces them: "PVP" for "Pennant Vale Pharmaceuticals", "QSB" for "Quaystone Biologics", "TWT"
    for "Tarnwick Therapeutics" (or for a declared code "TWT-4471"). Not a trade acronym, not a word
    written in capitals for emphasis ("NOW")."""
    owner: dict[str, str] = {}
    for term in doc.terms:
        for letters in sorted(acronyms(term)):
            if letters in doc.text:  # (those the text never holds cannot match: most texts hold none, and need no scan)
                owner.setdefault(letters, term)
    for term, letters in _two_letter_initials(doc.terms).items():
        if letters in doc.text:
            owner.setdefault(letters, term)
    if not owner:
        return
    # (one scan for all of them, longest first)
    pattern = re.compile(rf"(?<![\w&-])({'|'.join(sorted(owner, key=lambda a: (-len(a), a)))})s?(?![\w&-])")
    for match in pattern.finditer(doc.text):
        term = owner[match.group(1)]
        yield Span(match.start(), match.end(), "declared", "declared_terms", 0.95,
                   doc.term_labels.get(entity_key(term), "Term"), entity_key(term),
                   "Initials of a declared sensitive term")


@lru_cache(maxsize=4096)  # (a contribution's terms recur from field to field and run to run)
def acronyms(term: str) -> frozenset[str]:
    """The initials a declared name may go by, three letters or more: each word's first letter, and
    for a compound word the first letter of its second part too ("Quay|stone Biologics" → "QB", "QSB";
    "Dun|more Bio|process" → "DBP", "DMBP"…), legal suffixes and small words left out; and the letters
    that start a declared code ("TWT" of "TWT-4471")."""
    found: set[str] = set()
    if prefix := _CODE_PREFIX.fullmatch(term.strip()):
        found.add(prefix.group(1))
    words = [w for w in term.replace("-", " ").split()
             if w.lower().strip(".") not in _ACRONYM_SKIP and w.strip(".,") not in LEGAL_WORDS]
    if words and all(w[0].isupper() for w in words) and len(words) <= _MAX_WORDS:
        choices = [_initials_of(w) for w in words]
        found.update("".join(letters) for letters in product(*choices))
    return frozenset(a for a in found if len(a) >= 3 and a not in words_file("known_acronyms.txt")
                     and a.lower() not in _CAPITALS_FOR_EMPHASIS)


def _two_letter_initials(terms: tuple[str, ...]) -> dict[str, str]:
    """The initials of a declared name of two words that also lead one of its declared codes: "QB" of "Quarnby
    Biologics" where "QB-117" is declared too (two letters alone could be anything; their second declaration says
    they are the contributor's). By the name they stand for."""
    prefixes = {prefix.group(1) for term in terms if (prefix := _CODE_PREFIX.fullmatch(term.strip()))}
    found: dict[str, str] = {}
    for term in terms:
        words = [w for w in term.replace("-", " ").split()
                 if w.lower().strip(".") not in _ACRONYM_SKIP and w.strip(".,") not in LEGAL_WORDS]
        if len(words) == 2 and all(w[0].isupper() and w[1:2].islower() for w in words):
            letters = words[0][0] + words[1][0]
            if letters in prefixes:
                found[term] = letters
    return found


def _initials_of(word: str) -> tuple[str, ...]:
    """"Quaystone" → ("Q", "QS"): the first letter, and for a compound also its second part's."""
    second = _second_part(word)
    return (word[0].upper(),) if second is None else (word[0].upper(), word[0].upper() + second[0].upper())


def _second_part(word: str) -> str | None:
    """The second part of a compound name that no dictionary lists: a sector word ending it ("pharma" of
    "Radiopharma"), or else its longest tail that is a word of four letters or more after a head of
    three or more ("stone" of "Quaystone")."""
    lower = word.lower()
    dictionary = english_words()
    if lower in dictionary:
        return None  # a word, not a compound ("Therapeutics", "Northern")
    if lower.endswith(_SECTOR_ENDINGS):  # (Speed: one test for all of them first; most words end in none)
        for sector in _SECTOR_ENDINGS:
            if lower.endswith(sector) and len(lower) - len(sector) >= 3:
                return sector
    for cut in range(3, len(lower) - 3):
        if lower[cut:] in dictionary:
            return lower[cut:]
    return None


_SECTOR_ENDINGS = tuple(sorted({w.lower() for w in SECTOR_WORDS if len(w) >= 4}, key=len, reverse=True))
_CODE_PREFIX = re.compile(r"([A-Z]{2,5})[-/ ]?\d{2,}[A-Z0-9-]*")
_MAX_WORDS = 5


# Words written in capitals for emphasis ("do NOT", "act NOW"): initials that spell one are left; other
# words ("ASP" for "Ardmore Sterile Products") are taken, a declared name matters more than a snake.
_CAPITALS_FOR_EMPHASIS = frozenset("""not now all new one any and the for you are can may our out use see get top key
    big yes off old own too via per ask due end few how its let met put run set two why win won""".split())


def _starts_term(text: str, index: int) -> bool:
    if index == 0 or not text[index - 1].isalnum():
        return True
    before, first = text[index - 1], text[index]
    return before.isdigit() != first.isdigit() or (before.islower() and first.isupper())


RECOGNISER = DeclaredTermsRecogniser()
