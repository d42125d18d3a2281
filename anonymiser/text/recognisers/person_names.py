"""Given names from many countries: the ~45,000 first names of the ``gender-guesser`` package's
data file (Jörg Michael's ``nam_dict.txt``, GNU FDL, read as shipped and never modified), plus the
project's own list (data/first_names.txt).

Only the data file is read (the package's code is not imported). A name that is also an ordinary
English word or a word of the trade ("Will", "Grant", "Gene", "Lean") is left out (data/
given_name_words.txt): such a word before a capitalised word is no evidence of a person on its own.
"""
from __future__ import annotations

import importlib.util
import logging
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from anonymiser.text.data import english_words, lines
from anonymiser.text.data import words as words_of
from anonymiser.text.normalise import lower_view
from anonymiser.text.spoken_addresses import addresses
from anonymiser.text.vendors import product_words, vendors

log = logging.getLogger(__name__)

_PACKAGE = "gender_guesser"
_MIN_LENGTH = 3


def _dictionary_path() -> Path | None:
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    return path if path.is_file() else None


def parse_dictionary(text: str) -> set[str]:
    """First names from ``nam_dict.txt`` lines (``M  Name   …frequencies…``); equivalence lines
    (``=``) and comments are skipped; ``+`` inside a name stands for "-", " " or nothing."""
    names: set[str] = set()
    for line in text.splitlines():
        if len(line) < 30 or line.startswith("#") or line[0] == "=":
            continue
        raw = line[3:29].strip()
        if " " in raw:
            continue
        first, *rest = raw.split("+")
        for name in ("-".join([first, *rest]), first + "".join(part.lower() for part in rest)):
            if len(name) >= _MIN_LENGTH and name[0].isupper() and name.replace("-", "").replace("'", "").isalpha():
                names.add(name)
    return names


@cache
def given_name_words() -> frozenset[str]:
    """Given names that are also everyday words: no evidence of a person without another cue."""
    return frozenset(word.lower() for line in lines("given_name_words.txt") for word in line.split())


# Given names that are also a modal or a verb ("Will", "May", "Can", "Mark", "Bill"): before a verb, or in lower case after
# "@", they are the verb or the noun as often as a person ("Bill will send the invoice", "@will see").
VERB_WORD_NAMES = frozenset({"will", "mark", "bill", "may", "can"})


@cache
def broad_given_names() -> frozenset[str]:
    """Every known given name, as written ("Mehmet", "Siobhán"): the project's list, and the
    dictionary's names that are not everyday words."""
    curated = set(lines("first_names.txt"))
    path = _dictionary_path()
    if path is None:
        log.warning("%s is not installed: only the built-in given names are known", _PACKAGE)
        return frozenset(curated)
    stop = given_name_words()
    dictionary = parse_dictionary(path.read_text(encoding="utf-8"))
    return frozenset(curated | {n for n in dictionary if n.lower() not in stop})


# Words that end place and company names, never surnames: "Trent Valley", "Avon Bioprocessing".
_PLACE_WORDS = frozenset(
    "valley vale bridge bridges hill hills park street road lane way avenue court house hall gate gates green "
    "common cross wood woods field fields moor heath marsh water river bay point port harbour quay dock docks "
    "island isle head end side mill mills farm castle abbey tower square place row close crescent terrace "
    "estate centre center city town village county borough district region campus sterile pharmacy "
    # ... and named things: "Newton Fund", "Maturity Model", "Pugh Matrix"
    "fund foundation trust institute prize award medal lecture scholarship fellowship memorial building wing "
    "model chart diagram analysis matrix method effect law principle curve index simulation transform "
    "distribution test algorithm equation theorem number scale score plot".split()
)
# A word after the name that makes it the name of a thing: "Francis Crick Institute".
NAMED_THING = re.compile(r"[ \t]+(?:Institute|Fund|Foundation|Trust|Prize|Award|Medal|Lecture|Building|Centre|Center|"
                          r"Laboratory|Laboratories|Hall|House|Hospital|University|College|School|Street|Road|Way|"
                          r"Park|Square|Museum|Library|Theatre|Programme|Program|Scholarship|Fellowship|Memorial|"
                          r"Cancer|Group|Pharma|Enterprises|Industries)\b")


@cache
def _not_surnames() -> frozenset[str]:
    from anonymiser.text.recognisers.organisation_suffix import LEGAL_WORDS, SECTOR_WORDS, generic_words

    return generic_words() | _PLACE_WORDS | {w.lower().strip(".") for w in SECTOR_WORDS + LEGAL_WORDS}


def not_surname_words() -> frozenset[str]:
    """Words of the trade, places and company words: never a surname."""
    return _not_surnames()


_IN_ADDRESS = frozenset("/-.@_")


def _surname_after_word_name(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and len(word) >= 3 and surname_like(word.lower())


def surname_like(lower: str) -> bool:
    """Whether a lower-cased word can be a surname by the dictionary: no English word, or a common surname
    that is one ("bishop", data/surname_words.txt)."""
    return lower not in english_words() or lower in words_of("surname_words.txt")


def lower_case_use(text: str, word: str) -> bool:
    """Whether ``word`` (lower-cased) appears in ``text`` as a whole lower-case word: then it is an
    everyday word of this document ("Sterile" in a text about sterile filling), not a surname."""
    lower = word.lower()
    if lower.isalpha():
        return lower in _whole_words(text)  # (one scan of the text for all its words, not one a word)
    start = 0
    while (at := text.find(lower, start)) >= 0:
        end = at + len(lower)
        if _free(text, at, end):
            return True
        start = end
    return False


def lower_case_uses(text: str, words: set[str]) -> set[str]:
    """The lower-case forms of ``words`` for which ``lower_case_use(text, word)`` holds."""
    return {word.lower() for word in words if lower_case_use(text, word)}


def _free(text: str, at: int, end: int) -> bool:
    """Whether ``text[at:end]`` stands as a word: no letter on either side, and not inside a URL, an address
    or a file name, where it is a slug ("linkedin.com/in/lachlan-mhairi-rose")."""
    return (at == 0 or not (text[at - 1].isalpha() or text[at - 1] in _IN_ADDRESS)) and \
        (end >= len(text) or not (text[end].isalpha() or text[end] in _IN_ADDRESS))


_LETTERS = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# A run of ``_LETTERS`` with no address character on either side: when every such character is a letter
# (``str.isalpha``), exactly the runs ``_free`` lets stand. (Led by its first letter, which ``re`` skips ahead
# to, with the look-behinds after it; the run is taken whole and not given back, since no letter may follow it.)
_FREE_LETTERS = re.compile(r"[^\W\d_](?<![/.@_-].)(?<![^\W\d_].)[^\W\d_]*+(?![/.@_-])")


@lru_cache(maxsize=4)
def _whole_words(text: str) -> frozenset[str]:
    """Every run of letters of ``text`` that stands as a word (``_free``), as written, outside e-mail addresses
    read out ("tomas dot ondrusek at fenwhistle dot com": a name and a company spelled for a listener, not words the
    text writes in lower case). Cached for the few texts being read: the name recognisers ask about hundreds of
    words of each; a scan of a 2 MB text for each word was minutes of work on a text of many names."""
    if " dot " in text:
        pieces, done = [], 0
        for start, end in addresses(lower_view(text), _nowhere):
            if start >= done:
                pieces += (text[done:start], " " * (end - start))
                done = end
        text = "".join(pieces) + text[done:] if pieces else text
    return free_runs(text)


def _nowhere(_: int) -> bool:
    return False


def free_runs(text: str) -> frozenset[str]:
    """Every run of letters of ``text`` that stands as a word (``_free``), as written. One ``re`` scan. A character
    of ``_LETTERS`` that is no letter (a numeric sign: "x²") ends a run of letters as a space does, and like a space
    it is neither a letter nor an address character beside one: read as a space, it changes nothing else."""
    # (the characters outside ASCII only, found by ``re``: an ASCII character is a letter, a digit or no word's)
    if not text.isascii() and (signs := {c for c in set(_NON_ASCII.findall(text)) if not c.isalpha() and _LETTERS.match(c)}):
        text = text.translate(dict.fromkeys(map(ord, signs), " "))
    return frozenset(_FREE_LETTERS.findall(text))


def not_surnames_free(words: list[str]) -> bool:
    """Whether none of ``words`` is a word of the trade, a place word or a company word ("Visual
    Inspection Robot (VIR)" is no person although its initials match)."""
    stop = _not_surnames()
    return not any(w.lower() in stop for w in words)


def fold_accents(word: str) -> str:
    """"Róisín" → "Roisin", "Łukasz" → "Lukasz": names are written with their accents or without (as
    user names always are)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED))
                   if not unicodedata.combining(c))


# Letters NFKD does not split into a plain letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                               "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "ð": "d"})


@cache
def _folded_accented_names() -> frozenset[str]:
    """The known names written with accents, without them ("Siobhán" → "Siobhan")."""
    return frozenset(fold_accents(name) for name in broad_given_names() if not name.isascii())


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a known given name, with or without its accents."""
    if word in broad_given_names():
        return True
    if word.isascii():
        # ("Jaroslaw", "Malgorzata": typed without their accents; not a short or everyday word that folds to one: "Run")
        return len(word) >= 5 and word in _folded_accented_names() and word.lower() not in english_words()
    folded = fold_accents(word)
    return folded in broad_given_names() or folded in _folded_accented_names()


def looks_like_full_name(text: str, words: list[str], end: int) -> bool:
    """A known given name and one or two capitalised words that can be surnames, ending a word; or a given
    name that is also a word ("Will", "Rose") before a surname no dictionary holds ("Hope Bentley") or a
    common surname ("Will Harper", "Rose Bishop")."""
    if len(words) < 2:
        return False
    if words[0].lower() in given_name_words():
        if not (words[0].lower() in words_of("word_names.txt") and len(words) == 2 and _surname_after_word_name(words[1])):
            return False
    elif not is_given_name(words[0]):
        return False
    if end < len(text) and text[end].isalnum():
        return False  # "Emerson DeltaV": the run stopped inside a word
    if len(words) == 2 and words[0].lower() in vendors() and words[1].lower() in product_words():
        return False  # "Emerson Syncade": a vendor's product
    if NAMED_THING.match(text, end):
        return False
    stop = _not_surnames()
    # (lower-case particles, "de", "ap", "van der", are not surnames and not evidence against one)
    return not any(w.lower() in stop or lower_case_use(text, w) for w in words[1:] if not w[0].islower())
