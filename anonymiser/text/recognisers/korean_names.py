"""Korean names written in the Latin alphabet: a given name of two syllables joined by a hyphen ("Hae-won", "Seo-yun",
"Min-Ji") beside a Korean surname, before it or after it ("Hae-won Pyo", "Tak Seo-yun"), or in capitals ("Seo-hyun HWANG"). The surnames are few and
short ("Cho", "Seo", "Ha"), so no list of surnames or test of an unfamiliar word takes them; the hyphened given name
of two Korean syllables, no English word, says whose they are.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.data import english_words

# The common Korean surnames as they are romanised (Revised Romanisation and the older spellings families keep).
SURNAMES = frozenset("""
kim gim lee yi rhee ri park pak bak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh
shin sin kwon gwon hwang ahn an song yoo yu ryu hong jeon chun jun ko go moon mun yang son sohn bae pae baek paik heo
huh hur nam noh roh ha kwak gwak sung seong cha joo ju woo koo gu ku min jin na ji eom um byun byeon chae won cheon
bang gong hyun hyeon ham yeo choo chu ma seok pyo tak gil ye maeng kil yeom bong pyun
""".split())
# One syllable: a consonant or two, a vowel of up to three letters, a closing consonant ("hye", "jin", "won", "hoon").
_SYLLABLE = re.compile(r"[bcdghjkmnprstwy]{0,2}[aeiouy]{1,3}(?:ng|[nmlkpt])?")
# Two short parts joined by a hyphen, the second in lower case or with a capital ("Hae-won", "Min-Ji"): led by a
# capital, which ``re`` skips ahead to, with nothing of a word before it.
HYPHENED = re.compile(r"[A-Z](?<![\w'.-].)[a-z]{1,4}-[A-Za-z][a-z]{1,4}(?![\w'-])")
# (or in capitals, as minutes and registers print a surname: "Seo-hyun HWANG", "KANG Seo-yun")
_SURNAME_AFTER = re.compile(r"[ \t]+(?P<surname>[A-Z](?:[a-z]{0,5}|[A-Z]{1,5}))(?![\w'-])")
_SURNAME_BEFORE = re.compile(r"(?<![\w'.-])(?P<surname>[A-Z](?:[a-z]{0,5}|[A-Z]{1,5}))[ \t]+$")


# The parts English compounds are made with, which the syllables' shape lets through ("Set-up", "Co-op", "Re-run",
# "Sign-in", "Non-toxic"); Korean syllables of the same letters ("Hae", "Won", "Min") are words to the dictionary too,
# so it cannot be the test.
_ENGLISH_TAILS = frozenset("up in on off out by down back op ops ups ins over away to".split())
_ENGLISH_HEADS = frozenset("re co pre non sub de un ex bi tri anti post mid semi self".split())


def korean_given(given: str) -> bool:
    """Whether a hyphened word ("Jun-seo", as ``HYPHENED`` finds them) is a Korean given name of two syllables: Korean
    in shape and no English compound ("Hae-won"; not "Set-up", "Re-run", "Co-op")."""
    first, second = given.lower().split("-")
    return bool(_SYLLABLE.fullmatch(first) and _SYLLABLE.fullmatch(second)) and f"{first}-{second}" not in english_words() \
        and second not in _ENGLISH_TAILS and first not in _ENGLISH_HEADS


def finditer(text: str) -> Iterator[tuple[int, int]]:
    """The start and end of each Korean name in ``text``: a hyphened given name of two syllables and a Korean surname
    after it or before it."""
    for given in HYPHENED.finditer(text):
        if not korean_given(given.group()):
            continue
        after = _SURNAME_AFTER.match(text, given.end())
        if after and after.group("surname").lower() in SURNAMES:
            yield given.start(), after.end()
            continue
        before = _SURNAME_BEFORE.search(text, max(0, given.start() - 8), given.start())
        if before and before.group("surname").lower() in SURNAMES:
            yield before.start(), given.end()
