"""People in scanned text: names the rules would find had the scanner read them right.

A fax or a scanned form misreads letters as digits ("0yenedun Adebayo", "Lee Armstr0ng", "R0SS BAIRD",
"Print name: 0. ADEBAY0") and splits words at a stray space ("K. Wrel ski", "S. Ll oyd"). This second
opinion reads the text as printed (``anonymiser.text.ocr``, same length, same offsets) and runs the
name rules (declared terms, people, unfamiliar names) over that reading; what they find over a
misread stretch is taken. A split word is joined only when the whole word is a name: one the first
pass found in this text or a declared person ("Wrelski" after "K. Wrelski"), or a known given name
whose parts are no words ("Ll oyd"). A misread word that is a word of a name found in this text is
that person too ("ADEBAY0" where "Oyenedun Adebayo" was declared), with an initial before it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import ReadsFindings
from anonymiser.text.ocr import Reading, changed_lines, over_changes, read_as_printed
from anonymiser.text.recognisers.person_names import fold_accents, is_given_name
from anonymiser.text.spans import Span, entity_key

NAME = "ocr_name"
# The rules run over the reading, and the kinds of their findings taken from it.
_RULES = ("declared_terms", "person", "unfamiliar_name", "address", "postcode", "organisation_suffix")
_NAME_CATEGORIES = frozenset({"person", "name"})
# (and the addresses and companies they find there, a street's or a company's word misread: "Unit 4, Thwaitholm R0ad",
# "Thwaitholm Minera1 Supp1ies")
_PLACE_RULES = {"address": "place", "postcode": "place", "organisation_suffix": "organisation"}
_NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# An initial before a name, with its full stop and a space ("K. ", "O.").
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.[ \t]?$")


class OcrNameRecogniser(ReadsFindings):
    name = NAME

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        known: list[frozenset[str]] = []  # (made when first needed: most texts have nothing misread)

        def names() -> frozenset[str]:
            if not known:
                known.append(_known_name_words(doc, found))
                known.append(known[0] | _declared_words(doc))
            return known[0]

        def joinable() -> frozenset[str]:
            names()
            return known[1]

        reading = read_as_printed(doc.text, lambda head, tail: _joins(head, tail, joinable()), _joins_after,
                                  lambda word, printed: _reads_as_name(word, printed, names()),
                                  lambda head, tail: _may_join(head, tail, joinable()),
                                  lambda word: len(word) >= 5 and word.lower() in joinable(), _joins_given)
        if not reading.changed:
            return
        yield from _padded_joined(_rules_over(doc, reading), reading)
        yield from _known_words(reading, names())


def _known_name_words(doc: Document, found: Sequence[Span]) -> frozenset[str]:
    """The words (lower case) of the people found in the first pass and of the declared people."""
    text = doc.text
    names = [text[s.start:s.end] for s in found if s.label == "Person"]
    names += [t for t in doc.terms if doc.term_labels.get(entity_key(t)) == "Person"]
    words = {w.lower() for name in names for w in _NAME_WORD.findall(name) if len(w) >= 3}
    # (and the parts of a double-barrelled name, "nwaoha" and "abimbade" of "nwaoha-abimbade", each also without its accents:
    # a scan drops them, "Zabrodsky" for "Zábrodský", or the text writes them once only)
    words |= {part for w in list(words) if "-" in w for part in w.split("-") if len(part) >= 3}
    return frozenset(words | {fold_accents(w) for w in words})


def _declared_words(doc: Document) -> frozenset[str]:
    """The words (lower case) of every declared term, five letters or more: a split one is joined ("El lerthwaite" where
    the place is declared), whatever it names."""
    return frozenset(w.lower() for t in doc.terms for w in _NAME_WORD.findall(t) if len(w) >= 5)


def _joins(head: str, tail: str, known: frozenset[str]) -> bool:
    """Whether "head tail" is one name split by a stray space: a name of this text ("Wrel ski" where
    "Wrelski" was found), or a given name whose parts are no words ("Ll oyd"; not "Ann marie")."""
    whole = head + tail
    if whole.lower() in known or fold_accents(whole.lower()) in known:
        return True
    if len(tail) < 2:
        return False  # (a letter alone after a word only where the whole is a name of this text: "Dalget ty")
    words = english_words()
    if tail in words or whole.lower() in words or is_given_name(head):
        return False
    # (a given name whose head is a word, its tail none: "Mar garet")
    return is_given_name(whole) and (len(head) <= 2 or head.lower() not in words or len(tail) >= 3)


def _may_join(head: str, tail: str, known: frozenset[str]) -> bool:
    """False only where neither ``_joins`` nor ``_joins_after`` joins "head tail", whatever stands before it: both
    refuse a tail that is a word, unless the whole is a name of this text."""
    return tail not in english_words() or (head + tail).lower() in known or fold_accents((head + tail).lower()) in known


def _joins_given(head: str, tail: str) -> bool:
    """Whether "head tail" before a capitalised word is a given name split by a stray space, as run-together columns
    and registers are scanned ("Ro bin Esterby", "Ta rik Nkwelle-Tarr"): a known given name of four letters or more whose
    head is no given name and no word of three letters or more, and whose parts are not both words ("Ma rk" joins, "Art
    hur" and "Ann marie" do not)."""
    whole = head + tail
    if len(tail) < 2 or len(whole) < 4 or is_given_name(head) or not is_given_name(whole):
        return False
    words = english_words()
    head_word = head.lower() in words
    return not (head_word and len(head) > 2) and not (head_word and tail in words)


def _reads_as_name(word: str, printed: str, known: frozenset[str]) -> bool:
    """Whether a capitalised word with "rn" for an "m" is a name misread: as printed ("Graham" for "Graharn"), a name of
    this text or a known given name, and as scanned no word, name or name of this text ("Bjorn", "Fernando" stay)."""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    lower = word.lower()
    if lower in english_words() or lower in known or is_given_name(word):
        return False
    return printed.lower() in known or is_given_name(printed)


_TITLES = frozenset("Mr Mrs Ms Mx Dr Miss Prof".split())


def _joins_after(head: str, tail: str, before: str) -> bool:
    """Whether "head tail" after ``before`` is a surname split by a stray space or a line break: after a title, an
    initial or a known given name, a short head and a tail, neither a word nor the whole ("Mrs Varr ick", "Isolde
    Kest ell"; not "Karl Fischer titra tors", nor a line of another language: "Kontakt całodobowy")."""
    words = english_words()
    if len(tail) < 2 or not (before.rstrip(".") in _TITLES or len(before.rstrip(".")) == 1 or is_given_name(before)):
        return False
    # (the whole may be a word that is also a surname, "Ba rber", where its head is two letters and its tail no word)
    return (2 <= len(head) <= 6 and len(head + tail) >= 6 and head.lower() not in words and tail not in words
            and ((head + tail).lower() not in words or len(head) == 2 and len(tail) >= 3) and not is_given_name(head))


def _rules_over(doc: Document, reading: Reading) -> Iterator[Span]:
    """What the name and address rules find over the misread stretches of the reading, widened to cover them whole."""
    from anonymiser.text.recognisers.registry import get  # (the registry imports this module)

    read = Document(changed_lines(reading), doc.terms, term_labels=doc.term_labels)
    for rule in _RULES:
        for span in get(rule).find(read):
            if span.category in _NAME_CATEGORIES or span.category == "declared" \
                    or _PLACE_RULES.get(rule) == span.category:
                if (widened := over_changes(span.start, span.end, reading.changed)) is not None:
                    start, end = _one_cell(doc.text, *widened)
                    key = entity_key(reading.text[start:end].strip())
                    yield Span(start, end, span.category, NAME, span.confidence, span.label, key,
                               "A name read as printed: " + span.reason if span.reason else "A name read as printed",
                               span.attrs)


def _padded_joined(spans: Iterable[Span], reading: Reading) -> Iterator[Span]:
    """``spans`` with two names the padding of a word read shorter split apart joined again: "Quorindra Kumar  Thwaitley"
    read from "Quorindra Kurnar Thwait1ey" (the "rn" read as an "m", a space after it) is one name, not two."""
    names = sorted((s for s in spans), key=lambda s: (s.start, -s.end))
    out: list[Span] = []
    pads = {end for _, end in reading.changed if reading.text[end - 1] == " "}
    for span in names:
        last = out[-1] if out else None
        if last is not None and last.category in _NAME_CATEGORIES and span.category in _NAME_CATEGORIES \
                and 0 < span.start - last.end <= 2 and not reading.text[last.end:span.start].strip(" ") \
                and any(last.end <= pad <= span.start for pad in pads):
            category = "person" if "person" in (last.category, span.category) else "name"
            label = "Person" if category == "person" else last.label
            key = entity_key(" ".join(reading.text[last.start:span.end].split()))
            out[-1] = Span(last.start, span.end, category, NAME, max(last.confidence, span.confidence), label, key,
                           last.reason, last.attrs)
            continue
        out.append(span)
    yield from out


# A gap between the columns of a form or table: a name does not run across it.
_COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")


def _one_cell(text: str, start: int, end: int, inner: tuple[int, int]) -> tuple[int, int]:
    """``start:end`` cut to the column ``inner`` (a misread stretch) is in: "Lee Armstrong      Sign" ends
    at the gap."""
    for gap in _COLUMN_GAP.finditer(text, start, end):
        if gap.end() <= inner[0]:
            start = gap.end()
        elif gap.start() >= inner[1]:
            return start, gap.start()
    return start, end


def _known_words(reading: Reading, known: frozenset[str]) -> Iterator[Span]:
    """A misread word that reads as a word of a person of this text, with an initial before it ("0. ADEBAY0")."""
    for start, end in reading.changed:
        if reading.text[start:end].strip().lower() not in known:
            continue
        if initial := _INITIAL_BEFORE.search(reading.text, max(0, start - 3), start):
            start = initial.start()
        yield Span(start, end, "person", NAME, 0.8, "Person", entity_key(reading.text[start:end].strip()),
                   "A word of a name found in this text, read as printed")


RECOGNISER = OcrNameRecogniser()
