"""Log-ins made of a person's initial and surname, wherever they stand: "jwyche", "amchenry",
"dsuda2", "AKASPAR2", "(astrnadova, h.licorith)", "TODO(tzakrzewski)". A log-in names its person as surely as
the name: data pasted into a case study (audit trails, change logs, config comments) is full of them.

A token of one letter and a common surname (the 20,000 most common of the 1990 US census, four letters or
more) or a name the text writes with a capital that no dictionary knows ("rmakoni" where "Makoni, Rufaro" is in the
user list, "gdanladi" beside "Garba Danladi"), in lower case with or without a number after it, or in capitals
with a number or with a surname that is no word or place ("PWHEATON", "LVARNER"; not "WESSEX" on a heading).
The census knows few West African, South Asian or East European surnames, so a second list (Faker's, for those
origins: data.world_surnames) is read too, more warily: "mpietrasiak", "tadelakun", "KADOMAKO2", but not "SKALA"
without a number, nor "zgoda" on a line with a Polish small word. Where a log names who did a thing ("edits by
jtrevorrow on", "Operator comment (jtrevorrow):", "user: jtrevorrow") a surname no list knows will do, if it is no
word; such a log-in is then that person in the log's other cells too (``learn``). The token itself must be no
English word (nor one with an ending the dictionary leaves out), contraction, given name, place or word of another
language ("gloveless", "theyre", "vcard" are not log-ins).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonymiser.text.data import english_words, surnames, uk_place_names, world_surnames, words
from anonymiser.text.document import Document
from anonymiser.text.languages import function_words
from anonymiser.text.recognisers.given_name_alone import never_names
from anonymiser.text.recognisers.person_names import fold_accents, is_given_name
from anonymiser.text.recognisers.spoken_name import CONTRACTIONS
from anonymiser.text.spans import REVIEW, Span, entity_key

NAME = "login_name"
# One token of five letters or more, a number of one or two digits after it, not inside an address, a path,
# a host, a compound or a mark-up tag ("svc-jwyche", "jwyche@", "/home/jwyche" are read by the recognisers of
# those; "<adkim>" is a tag).
# (Speed: written ``(?<![\w.@/\\<-])(?P<letters>[a-z]{5,20}|[A-Z]{5,20})…``, led by a look-behind, ``re`` would try
# every position; led by the first letter, with the look-behind after it, it skips ahead to letters.)
# (an underscore after it that closes Markdown emphasis is no part of it: "_Last updated by kampofo_")
_TOKEN = re.compile(r"(?P<letters>[a-zA-Z](?<![\w.@/\\<-].)(?:(?<=[a-z])[a-z]{4,19}|(?<=[A-Z])[A-Z]{4,19}))"
                    r"(?P<digits>\d{0,2})(?!(?!_(?![\w@/\\>-]))[\w@/\\>-]|\.[A-Za-z])")
_DERIVED = re.compile(r"(.{3,})(?:less|ness|ful|fully|ments?|ably|ings?|ers?|ed|ly)")
# (Not a tool or a format with a letter before a name: "vcard", "dmarc", "xcode".)
_NOT_LOGINS = frozenset("vcard dmarc xcode ebatch ecard emark iphone imark cli".split())


class LoginNameRecogniser:
    name = NAME

    def find(self, doc: Document) -> Iterator[Span]:
        census, world, dictionary = surnames(), world_surnames(), english_words()
        written: set[str] | None = None  # (the words written with a capital: read once, where a token needs them)
        for match in _TOKEN.finditer(doc.text):
            letters, digits = match.group("letters"), match.group("digits")
            lower = letters.lower()
            surname = lower[1:]
            if lower in dictionary or lower in _NOT_LOGINS or lower in CONTRACTIONS:
                continue
            unsure = False
            if surname not in census:
                if written is None:
                    written = set(map(str.lower, _CAPITALISED.findall(doc.text)))
                if not (surname in written and _no_word_or_given_name(surname)
                        or surname in world and _world_login(doc, match.start(), letters, digits)
                        or _where_a_user_stands(doc.text, match.start(), match.end(), letters)):
                    if not (letters.islower() and len(lower) >= 6 and lower[2:] in census):
                        continue
                    unsure = True  # ("sjlewis": two initials and a surname; as often a word of code, "pytest")
            if (derived := _DERIVED.fullmatch(lower)) and derived.group(1) in dictionary:
                continue  # "gloveless", "handedness": a word the dictionary lists without its ending
            if letters.isupper() and not digits and (surname in dictionary or surname in uk_place_names()):
                continue  # "PWHEATON" may be a log-in, "WESSEX" on a heading is no one
            if (is_given_name(lower.capitalize()) or lower in never_names() or lower in function_words()
                    or doc.foreign.in_foreign(match.start())):
                continue
            if unsure:
                yield Span(match.start(), match.end(), REVIEW, NAME, 0.5, "Person", entity_key(match.group()),
                           "Possibly a person's log-in (two initials and a surname): check it before publishing.")
                continue
            yield Span(match.start(), match.end(), "person", NAME, 0.7, "Person", entity_key(match.group()),
                       "A log-in made of an initial and a surname")
        yield from _short_logins(doc)


# Short log-ins of an initial and a surname of two or three letters ("hkim", "dwu", "ukhan" is read above), taken only
# where a log names who did a thing: after a word that introduces a user ("by", "user=", "author:", "signed"), after a
# log line's time and before what was done ("09:13 zali changed", "| hkim | LOGIN |"), or as a shell prompt's user
# ("[fobi@line3-hmi ~]$"). Such tokens are too short to be read anywhere else: "eng", "ops", "cli" are words of the trade.
# (Speed: a cue word is searched in the lower-cased text by a bare alternation of literals, which ``re`` skips ahead to by
# its first letters, its word's start checked after; a time from its ":", which ``re`` skips ahead to.)
_USER_CUE = re.compile(r"(?:user[ _]?name|user[ _]?id|user|log-?in|operator|author|signed[ \t]+off|signed|signature|sign|"
                       r"audit|analyst|owner|assignee|reviewer|witnessed|witness|by)")
_TOKEN_AFTER_CUE = re.compile(r"(?:[ \t]+|[ \t]*[:=(][ \t]*)(?P<token>[a-z]{3,4})(?![\w@/\\>-]|\.[A-Za-z])")
_TOKEN_AFTER_TIME = re.compile(r":(?<=\d:)\d\d(?::\d\d)?(?:\.\d+)?Z?[ \t]*(?:\|[ \t]*)?(?P<token>[a-z]{3,4})"
                               r"(?![\w@/\\>-]|\.[A-Za-z])(?P<after>[ \t]*(?:\|[ \t]*)?[A-Za-z]*)")
_SHELL_PROMPT = re.compile(r"\[(?P<token>[a-z][a-z0-9._-]{1,30})@[\w.-]+(?:[ \t:][^\]\n]{0,40})?\][$#]")
# What a log line says was done, after its user (a word in capitals is an event: "LOGIN", "MODIFIED").
_DONE = frozenset("""changed acknowledged signed logged approved edited modified created deleted updated entered
    reviewed verified checked raised closed opened started stopped reset added removed released rejected
    performed executed witnessed""".split())
# Surnames of two or three letters common in the UK that the census and world lists lack.
_SHORT_SURNAMES = frozenset("obi eze rai sen dey ode oni ojo jha pal nag deb rao".split())


def _short_logins(doc: Document) -> Iterator[Span]:
    text = doc.text
    census, world = surnames(), world_surnames()
    tokens: list[re.Match[str]] = []
    for cue in _USER_CUE.finditer(doc.lower):
        if (cue.start() == 0 or not text[cue.start() - 1].isalnum()) and (match := _TOKEN_AFTER_CUE.match(text, cue.end())):
            tokens.append(match)
    for match in _TOKEN_AFTER_TIME.finditer(text):
        after = match.group("after").strip(" \t|")
        if after.isupper() and len(after) >= 3 or after in _DONE or match.group("after").lstrip(" \t").startswith("|"):
            tokens.append(match)  # (a time and a short word: the time's user only before what was done)
    for match in tokens:
        token = match.group("token")
        if _short_login(token, census, world):
            yield Span(match.start("token"), match.end("token"), "person", NAME, 0.7, "Person", entity_key(token),
                       "A short log-in (an initial and a short surname) where a log names its user")
    yield from _named_short_logins(doc)
    if "@" in text:
        for match in _SHELL_PROMPT.finditer(text):
            token = match.group("token")
            if token not in ("root", "admin", "user", "ubuntu", "pi", "ec2-user", "centos", "debian", "oracle"):
                yield Span(match.start("token"), match.end("token"), "person", NAME, 0.7, "Person", entity_key(token),
                           "A shell prompt's user")


# A name of a given name and a short surname ("Lucía Paz", "Jin Lo"), and a short lower-case token anywhere.
_SHORT_SURNAME_NAME = re.compile(r"(?P<given>[A-Z](?<![\w'-].)[\w'\u2019]*)[ \t]+(?P<surname>[A-Z][a-z]{1,2})(?![\w'-])")
_SHORT_TOKEN = re.compile(r"(?<![\w.@/\\-])[a-z]{3,4}(?![\w@/\\-])")


def _named_short_logins(doc: Document) -> Iterator[Span]:
    """The log-in of a person the text names with a short surname, made of their initial and that surname, in lower
    case ("lpaz" beside "Lucía Paz", "jlo" beside "Jin Lo"), where it is no word, abbreviation, given name or place."""
    text = doc.text
    logins = {fold_accents(name.group()[0]).lower() + name.group("surname").lower()
              for name in _SHORT_SURNAME_NAME.finditer(text) if is_given_name(name.group("given"))}
    logins = {login for login in logins if _short_word_free(login)}
    if not logins:
        return
    for match in _SHORT_TOKEN.finditer(text):
        if match.group() in logins:
            yield Span(match.start(), match.end(), "person", NAME, 0.7, "Person", entity_key(match.group()),
                       "A short log-in made of the initial and the surname of a person the text names")


def _short_word_free(token: str) -> bool:
    """Whether a short lower-case token may be a log-in: no word, given name, place, tool's name, contraction, small word
    or abbreviation of the trade."""
    return (_no_word_or_given_name(token) and token not in _NOT_LOGINS and token not in CONTRACTIONS
            and token not in function_words() and token.upper() not in _known_capitals())


def _short_login(token: str, census: frozenset[str], world: frozenset[str]) -> bool:
    """Whether a token of three or four letters may be an initial and a short surname: no word, abbreviation, given
    name or place."""
    surname = token[1:]
    return (surname in census or surname in world or surname in _SHORT_SURNAMES) and _short_word_free(token)


# A word written with a capital: "Danladi", "MAKONI", "Wierzbicka".
# (the look-behind after the capital, so that ``re`` skips ahead to capitals; no group, so ``findall`` gives the words)
_CAPITALISED = re.compile(r"[A-Z](?<![\w'-].)(?:[a-z]{3,19}|[A-Z]{3,19})(?![\w'-])")


def _world_login(doc: Document, start: int, letters: str, digits: str) -> bool:
    """Whether a token whose surname only the world list knows may be a log-in: in lower case or with a number
    ("KOCEARR2", not "SKALA" on a label), and on a line with no small word of another language (where "zgoda",
    "skala", "stopa" are words of that language: many Polish, Czech or Ghanaian surnames are)."""
    return (not letters.isupper() or bool(digits)) and not doc.foreign.has_small_word(start)


# Where an audit trail, a log or a review names who did a thing: "edits by X on", "Operator comment (X):",
# "user: X", "signed by X", "login X".
# (Not any "by": "deployed by ansible" names a tool.)
_USER_BEFORE = re.compile(r"(?i:\b(?:edits?|edited|changed|modified|entered|performed|approved|reviewed|signed|created|"
                          r"updated|deleted|acknowledged|executed|verified|checked|witnessed|raised|closed)[ \t]+by"
                          r"|\buser(?:[ _]?(?:name|id))?|\blog-?in|\boperator|\banalyst|\bcomment)[ \t]*[:=(]?[ \t]*$")
_USER_AFTER = re.compile(r"\)?[ \t]*(?::|,|;|$|\n|[ \t]on[ \t]|[ \t]at[ \t]\d)")


def _where_a_user_stands(text: str, start: int, end: int, letters: str) -> bool:
    """Whether a token in lower case stands where a log names who did a thing ("edits by jbrightwell on 14/08",
    "Operator comment (vmoyo):"): a log-in there even when no list knows its surname, if that is no word."""
    surname = letters[1:]
    return (letters.islower() and len(surname) >= 4 and _no_word_or_given_name(surname)
            and bool(_USER_BEFORE.search(text, max(0, start - 24), start)) and bool(_USER_AFTER.match(text, end)))


def _no_word_or_given_name(word: str) -> bool:
    """Whether a word written with a capital may be a surname: no English word, given name, place or word of the
    trade."""
    return word not in english_words() and word not in never_names() and not is_given_name(word.capitalize())


@cache
def _known_capitals() -> frozenset[str]:
    return words("known_acronyms.txt") | words("everyday_capitals.txt")


RECOGNISER = LoginNameRecogniser()
