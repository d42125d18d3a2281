"""Names no list knows: a capitalised word that an English dictionary lists only as a proper noun,
or not at all ("Olumide", "Tadhg", "Ffion", "Hinewai", "Brackenfield"), and that is no place,
month, nationality, trade word or known vendor.

Name lists never cover everyone's name; a dictionary of ordinary words covers ordinary words well.
So what the other recognisers leave is judged by what it is not: a capitalised word of three
letters or more that the dictionary (data/english_words.txt.gz, SCOWL) does not list in lower case,
that no gazetteer or word list of this package knows, and that the text never writes in lower case
("Lyophiliser" heading a paragraph about the lyophiliser is a word). Most such words in a case study
are people's names; some are a partner's or a site's, so the category is ``name`` and the
placeholder "[Name A]": a name the contributor should look at in the review, whatever it names.
Adjacent unfamiliar words ("Ifeoma Ntombela") make one span, and so does the rest of the name an
unfamiliar word leads ("Tweedbank Controls", "Selly Oak"): the capitalised words after it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache

from anonymiser.text.data import english_words, words
from anonymiser.text.defined_roles import defined_roles
from anonymiser.text.document import Document
from anonymiser.text.generic_medicines import named_as_generic
from anonymiser.text.recognisers.given_name_alone import never_names
from anonymiser.text.recognisers.person_cues import LO, TITLES, TWO_LETTER_WORDS, UP
from anonymiser.text.recognisers.not_names import HEADER_PARTICLES, not_name_words
from anonymiser.text.recognisers.person_names import given_name_words, is_given_name, lower_case_uses
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.vendors import vendors
from anonymiser.text.welsh import welsh_word

# A capitalised word standing alone ("O'Brien", "McAllister" and a possessive "Priya's" too): not glued
# to a letter, digit, hyphen, dot, slash, @ or & on either side (a file name, a URL, "Anglo-Irish"), nor to a letter
# through an apostrophe; a quote mark around it is no glue ("the 'Avorquil' campaign", "\u2018Quennick\u2019").
_WORD = re.compile(
    rf"[{UP}](?<![\w.@/&\\-].)(?<!\w['\u2019].)(?:'[{UP}])?[{LO}]+(?:(?:(?<=Mc)|(?<=Mac)|(?<=Le)|(?<=De)|(?<=Di)|(?<=Da))[{UP}][{LO}]+)?"
    rf"(?:-[{UP}][{LO}]+)*(?=(?:['\u2019]s)?(?![\w@/&\\-]|['\u2019]\w))")
_MIN_LENGTH = 3
# A word with no vowel (nor a Welsh "w" or "y") is an abbreviation, no name: a table's "Chk", "Msg", "Qty", "Pkg".
_SOUNDED = re.compile(r"[aeiouyw]|[^\x00-\x7f]")
# Long words with these endings are English words the dictionary happens to miss ("Digitalisation",
# "Chemometrics", "Allogeneic"), or chemicals' names, not names.
_WORD_ENDINGS = ("isation", "ization", "isations", "izations", "ology", "ologies", "ological", "metrics", "ments",
                 "ment", "ness", "ities", "ity", "ical", "ically", "ous", "ive", "ives", "able", "ible", "iser",
                 "isers", "izer", "izers", "ising", "izing", "ised", "ized", "genic", "geneic", "ologous", "omics",
                 "ware", "tion", "tions", "tronics",
                 # and a chemical's, an excipient's ("Hypromellose", "Crospovidone", "Triethyl citrate", "Polyacrylate")
                 "ellose", "ovidone", "ethyl", "propyl", "acrylic", "acrylate", "stearate", "paraben", "siloxane")
_LONG = 7
# A German noun of a form or a letter abroad, long and with a noun's ending ("Gefriertrocknerbeladung", "Zulassung",
# "Gesellschaft"): no name no list knows is that long with these endings ("Hartung" and "Hornung" are short).
_GERMAN_ENDINGS = ("ung", "ungen", "keit", "heit", "schaft", "schaften")
_GERMAN_LONG = 9


@cache
def _known() -> frozenset[str]:
    return english_words() | never_names() | _known_not_dictionary()


# A reference's year and volume after a journal's title, and the full stop of the article's title before it: "… in
# practice. J Pharm Innov. 2021;16(3):412-25", "… release. Comput Chem Eng 2019;121"
_JOURNAL_AFTER = re.compile(r"\.?[ \t]+(?:19|20)\d\d[a-z]?[ \t]*;")
_TITLE_BEFORE = re.compile(r"[\w)?]\.[ \t]+$")


@lru_cache(maxsize=16384)
def unfamiliar(word: str) -> bool:
    """Whether a capitalised word is no English word, place, month, nationality or trade word (a
    double-barrelled one when one of its parts is not: "Adebayo-Clarke", not "Anglo-Irish").

    Cached: a pure function of the word, and names recur from text to text."""
    if "-" in word:
        # (a German field's number, "Maschinen-Nr", "Kunden-Bestell-Nr": a label)
        return word.lower() not in _known() and not word.endswith("-Nr") and any(unfamiliar(part) for part in word.split("-"))
    lower = word.lower().replace("\u2019", "'")
    if len(lower) < _MIN_LENGTH or lower in _known() or lower in TITLES or not _SOUNDED.search(lower):
        return False
    # (nor a generic medicine's name, capitalised in a table's product column: "Ramipril", "Mirtazapine")
    return not (len(lower) >= _LONG and lower.endswith(_WORD_ENDINGS) or named_as_generic(lower)
                or len(lower) >= _GERMAN_LONG and lower.endswith(_GERMAN_ENDINGS))


class UnfamiliarNameRecogniser:
    name = "unfamiliar_name"

    def find(self, doc: Document) -> Iterator[Span]:
        # (not a journal's abbreviated title between its article's title and its year and volume: "… in practice. J Pharm
        # Innov. 2021;16(3):412-25."; an author's name before a year, "(Tavrelli 2019; Dalgetty 2020)", is kept)
        return (s for s in self._find(doc) if not (_JOURNAL_AFTER.match(doc.text, s.end)
                                                   and _TITLE_BEFORE.search(doc.text, max(0, s.start - 4), s.start)))

    def _find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        start = end = stop = -1  # the run of unfamiliar words being read; where the last name ended
        matches = list(_WORD.finditer(text))
        words = [match.group() for match in matches]
        candidates = {word for word in set(words) if unfamiliar(word)}  # (each distinct word once: names recur)
        used, roles = lower_case_uses(text, candidates), defined_roles(text)
        taken = {word: word.lower() not in used and word.lower() not in roles and not welsh_word(word)
                 for word in candidates}
        abroad = [taken.get(word, False) and doc.foreign.in_foreign(match.start()) for match, word in zip(matches, words)]
        if any(abroad):
            # a word of a line in another language is a name only where an English line has it too
            # ("Frau Förmel" in a German report is the "Ms Förmel" of its translator's note)
            at_home = {word for word, away in zip(words, abroad) if taken.get(word) and not away}
            taken.update((word, False) for word, away in zip(words, abroad) if away and word not in at_home)
        for match, word in zip(matches, words):
            if not taken.get(word) or match.start() < stop or after_vendor(text, match.start()) \
                    or doc.welsh.in_welsh(match.start()) or _translated(text, match.start(), match.end()) \
                    or _abbreviated(text, word, match.end()) or _header_particle(text, word, match):
                continue
            if start >= 0 and _one_space(text, end, match.start()):
                end = match.end()
                continue
            if start >= 0:
                stop = _name_end(text, end)
                yield self._span(text, start, stop)
                if match.start() < stop:  # one of the words after the last run, which its name took
                    start = -1
                    continue
            start, end = match.span()
        if start >= 0:
            yield self._span(text, start, _name_end(text, end))
        yield from self._capitals(doc)

    def _capitals(self, doc: Document) -> Iterator[Span]:
        """A name in capitals ("THEO VAN DER BERG (Kestrel Consulting):"): two to four capitalised
        words, one of them an unfamiliar word of four letters or more, none an acronym of the trade."""
        text = doc.text
        acronyms = words("known_acronyms.txt")
        for match in _CAPITALS.finditer(text):
            if doc.welsh.in_welsh(match.start()):
                continue
            run = match.group()
            while (tail := _CAPITALS_NOT_NAME_END.search(run)) and run.count(" ") > 1 \
                    and tail.group().strip().lower() in english_words():
                run = run[:tail.start()]
            parts = run.split()
            if any(p in acronyms for p in parts):
                continue
            # (each part of "SINGLE-SOURCE" on its own; "DIDN'T" is a word with an ending)
            pieces = [piece for p in parts if "'" not in p and "\u2019" not in p
                      for piece in p.split("-") if not welsh_word(piece)]
            if any(len(p) >= _CAPITALS_MIN and _VOWEL.search(p) and unfamiliar(p.capitalize()) for p in pieces):
                yield self._span(text, match.start(), match.start() + len(run))

    def _span(self, text: str, start: int, end: int) -> Span:
        if (given := _given_before(text, start)) is not None or _led_by_given_name(text[start:end]):
            given = start if given is None else given
            return Span(given, end, "person", self.name, 0.7, "Person", entity_key(text[given:end]),
                        "Given name or initial before a surname no dictionary knows")
        start = _capitalised_before(text, start)
        return Span(start, end, "name", self.name, 0.6, "Name", entity_key(text[start:end]),
                    "Capitalised word no dictionary or list of this package knows: most likely a name")


# (the look-behind after the first capital, as in ``_WORD``: a pattern led by a class is scanned fast)
# (one space between its words: two or a tab are the gap before a form's next column, "ELUNED BAKER  SIGNATURE")
_CAPITALS = re.compile(r"[A-Z](?<![\w&/-].)[A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){1,3}(?![\w&/-])")
# The words in capitals that end a sentence's start, not a name: "ISOLDE VARRICK ATTENDED THE BRIEFING".
_CAPITALS_NOT_NAME_END = re.compile(r" (?:THE|A|AN|AND|OR|OF|FOR|IN|ON|AT|TO|WITH|BY|FROM|AS|IS|WAS|ARE|WERE|HAS|HAD|WILL)$"
                                    r"| [A-Z]+ED$")
_CAPITALS_MIN = 4
_VOWEL = re.compile("[AEIOUY]")


# The capitalised words after an unfamiliar one on the same line, up to three, not function words
# ("Tweedbank Controls Ltd", not "Tadhg Said The"): the rest of the name it leads.
_FUNCTION_WORDS = "The|A|An|And|Or|But|Of|For|In|On|At|To|With|By|From|As|If|When|While|After|Before|Is|Was|Are|Were"
# (a digit may follow: an author's affiliation mark, "Nkechi Umeh1"; a word in capitals is not taken, a
# single initial is: "Newton Aycliffe DL5 6AP" ends before the postcode, "Wiktoria P" is whole)
_TAIL = re.compile(rf"(?:[ \t](?!(?:{_FUNCTION_WORDS})\b)[{UP}](?:[{LO}][{UP}{LO}&'\u2019.-]*)?(?<![.'\u2019-])(?![^\W\d]|[@/]))"
                   rf"{{1,3}}")


_WORD_BEFORE = re.compile(rf"([{UP}][{LO}]+)[ \t]$")
# An initial ("E Nnund", "E. Ronning") or a capitalised word just before the name, at a word start.
_GIVEN_BEFORE = re.compile(rf"(?<![\w'\u2019.-])(?:(?P<initial>[{UP}])\.?|(?P<word>[{UP}][{LO}]+))[ \t]$")


# A capitalised word in mid-sentence just before the name: "met Obi Ntombela", "at Harbour Tadhgrin".
_CAPITALISED_BEFORE = re.compile(rf"(?<=[a-z,;(] )(?P<word>[{UP}][{LO}]+)[ \t]$")


def _capitalised_before(text: str, start: int) -> int:
    """Where the name starts: the capitalised word before it in mid-sentence is part of it, unless that
    word is a place, a trade or department word, a vendor or another listed word ("Quality Tadhgrin")."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return start
    word = before.group("word").lower()
    return start if word in never_names() or word in _known_not_dictionary() or word in TITLES else before.start("word")


@cache
def _known_not_dictionary() -> frozenset[str]:
    return words("proper_words.txt") | vendors()


def _led_by_given_name(name: str) -> bool:
    """"Rachel Hirsch-Price", "Ricardo De Stotts": a known given name and a word no dictionary knows
    after it ("Tamar Sterile" is a company)."""
    first, *rest = name.split()
    return is_given_name(first) and any(unfamiliar(word) for word in rest)


def _given_before(text: str, start: int) -> int | None:
    """Where a person's name starts when an unfamiliar surname follows a given name ("Hope Muchui",
    "Sunny Odeagha": names that are also words, which no recogniser takes alone) or an initial."""
    before = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return None
    if initial := before.group("initial"):
        # ("A" and "I" are words: only with a dot are they initials)
        return before.start() if initial not in "AI" or text[before.end("initial")] == "." else None
    word = before.group("word")
    if word.lower() in words("proper_words.txt") or word.lower() in not_name_words():
        return None  # "In March Otiende joined", "Head Otiende"
    if len(word) == 2:  # "Mo Hulett", "Jo Nemes": short given names no list holds, but not "In" or "Dr"
        return before.start() if word.lower() not in _NOT_SHORT_NAMES else None
    return before.start() if is_given_name(word) or word.lower() in given_name_words() else None


_NOT_SHORT_NAMES = TWO_LETTER_WORDS | TITLES | frozenset("st co lt sr jr".split())


def after_vendor(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a one-word vendor's name of the allow list: that vendor's product
    ("Emerson Syncade", "Cognex DataMan")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in vendors()


# "Kunde / Customer:", "1. Teilnehmer / Attendees", "Contact / Contactpersoon:": a label in two languages,
# one side an English word, that starts its line or ends with a colon ("robot / Proj GANNET" is no label).
_SLASH_AFTER = re.compile(rf"[ \t]*/[ \t]*([{UP}]?[{LO}]+)([ \t]*:)?")
_SLASH_BEFORE = re.compile(rf"([{UP}]?[{LO}]+)[ \t]*/[ \t]*$")
_LINE_LEAD = re.compile(r"[^\w\n]*(?:\d+(?:\.\d+)*\.?[^\w\n]*)?")  # "", "1. ", "> ", "- ", "3.1 "
_COLON = re.compile(r"[ \t]*:")


def _translated(text: str, start: int, end: int) -> bool:
    """Whether a word is one side of a bilingual label, the other side an English word."""
    if after := _SLASH_AFTER.match(text, end):
        first, other, labelled = start, after.group(1), after.group(2) is not None
    # (Speed: searched only where a slash is before the word: the search tries every position of its
    # window, and backtracks in each word, and most words of a text have no slash near them)
    elif text.rfind("/", max(0, start - 30), start) >= 0 \
            and (before := _SLASH_BEFORE.search(text, max(0, start - 30), start)):
        first, other, labelled = before.start(), before.group(1), _COLON.match(text, end) is not None
    else:
        return False
    if not (labelled or _LINE_LEAD.fullmatch(text, text.rfind("\n", 0, first) + 1, first)):
        return False
    return other.lower() in english_words() and not is_given_name(other)


# A word cut short and closed with a full stop ("Perf. by", "Ver.", "Sanit. report"): the start of a longer English
# word, short, and no given name nor the start of a common one ("Dan." and "Rach." end a sentence).
# (or a form's field name cut short before its colon and a value, mid-line: "Actual: 321 L   Perf: QX 10:22   Ver: ZW")
_ABBREVIATION_MAX = 6
_LABEL_COLON = re.compile(r":[ \t]+\S")
_ABBREVIATION_CUT = 2


def _abbreviated(text: str, word: str, end: int) -> bool:
    if not (text[end:end + 1] == "." or _LABEL_COLON.match(text, end)) or len(word) > _ABBREVIATION_MAX \
            or is_given_name(word):
        return False
    lower = word.lower()
    return _starts(_sorted_words(), lower, _ABBREVIATION_CUT) and not _starts(_sorted_given_names(), lower, 1)


def _starts(known: tuple[str, ...], lower: str, more: int) -> bool:
    """Whether ``lower`` starts one of the sorted words ``known`` with at least ``more`` letters after it."""
    at = bisect_left(known, lower)  # the words ``lower`` starts follow it in order: a look at the first few
    return any(w.startswith(lower) and len(w) >= len(lower) + more for w in known[at:at + 20])


@cache
def _sorted_words() -> tuple[str, ...]:
    return tuple(sorted(english_words()))


@cache
def _sorted_given_names() -> tuple[str, ...]:
    return tuple(sorted(name.lower() for name in words("first_names.txt")))


def _header_particle(text: str, word: str, match: re.Match[str]) -> bool:
    """Whether a word is an e-mail header's label abroad that is also a name's particle, alone before its colon at a
    line's start ("Von: ", "De: ")."""
    return word.lower() in HEADER_PARTICLES and text.startswith(":", match.end()) \
        and (match.start() == 0 or text[match.start() - 1] == "\n")


def _name_end(text: str, end: int) -> int:
    tail = _TAIL.match(text, end)
    return tail.end() if tail else end


def _one_space(text: str, end: int, start: int) -> bool:
    return start - end == 1 and text[end] in " \t"


RECOGNISER = UnfamiliarNameRecogniser()
