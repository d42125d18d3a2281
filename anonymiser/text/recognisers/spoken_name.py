"""People named in text written without capitals, as speech recognition, captions and dictation write it:
"thanks rashid validation bronwyn", "tom odef yes", "copy doctor adacore", and names spelled out letter
by letter: "thats tadhg t a d h g", "kucera k u c e r a", "(spelled M-C-N-E-E)".

Read only in uncased lines of speech (``Document.speech``, see ``anonymiser.text.speech``). A word glued to a hyphen, a quote, a dot or an "=" is part of a token of code
("gaia-02", '"orion"'). There a known given name that is no English word is a person ("bronwyn", "kwabena"), and so is
a common one that is ("tom", "ruth") before a word no dictionary knows ("tom odef"); that word, when there is
one, is the surname. A word no dictionary knows after a spoken title ("doctor otiende") is a surname.
A run of four letters or more spelled out is a name when it spells the word just said or a given name,
and no English word or acronym of the trade; said just before it ("Nemes N E M E S", "Grieve is G R I E V E"),
even a word: the word and the run go as one, with the name's placeholder.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from anonymiser.text.data import english_words, lines, words
from anonymiser.text.document import Document
from anonymiser.text.languages import ENGLISH_SMALL_WORDS, function_words
from anonymiser.text.recognisers.given_name_alone import never_names
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.speech import WORD as _WORD

_TITLES = frozenset("doctor dr mister mr missus mrs ms miss professor prof".split())
# "t a d h g", "k-u-c-e-r-a", "M-C-N-E-E": one letter at a time, the same mark between them.
# (the look-behind after the first letter, so that ``re`` skips ahead to letters)
_SPELLED = re.compile(r"[A-Za-z](?<![\w'\u2019-].)(?:(?P<sep>[ -])[A-Za-z])(?:(?P=sep)[A-Za-z]){2,}(?![\w-])")


class SpokenNameRecogniser:
    name = "spoken_name"

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        for start, line in doc.speech.lines:
            # (Speed: most lines hold no title and no given name in lower case; they are not read word by word)
            if any(_may_lead(word) for word in set(_WORD.findall(line))):
                yield from self._names(doc, list(_WORD.finditer(text, start, start + len(line))))
        yield from self._spelled(doc)
        yield from self._in_cased_text(doc)

    def _in_cased_text(self, doc: Document) -> Iterator[Span]:
        """A name in lower case in a text otherwise written with capitals, as hurried notes and chats write one:
        "spoke to eluned varrick re the CAPA", "address it to dr varrick". Stricter than in speech: a given name
        that is no English word before a surname that is none either, or a title before such a surname; one
        space between them, neither glued to code, no line of speech (read above) and no line in another
        language or in Welsh."""
        text = doc.text
        leads = frozenset(filter(_cased_lead, set(_LOWER_WORD.findall(text))))
        if not leads:
            return
        speech = doc.speech
        for match in lower_pairs(text, leads):
            lead, surname = match.group("lead"), match.group("surname")
            if not _surname(surname) or lead in _TITLES and (is_given_name(surname.capitalize()) or len(surname) < 4):
                continue  # (after a title, no given name and no abbreviation: "dr hab." is a Polish degree)
            quoted = _quoted_title(text, match)
            if (match.start() and text[match.start() - 1] in _CODE_MARKS and not quoted) \
                    or text[match.end():match.end() + 1] in _CODE_MARKS_AFTER and not quoted \
                    or text[match.end():match.end() + 2] in _DOTTED_ON or speech.contains(match.start()) \
                    or doc.foreign.in_foreign(match.start()) or doc.welsh.in_welsh(match.start()):
                continue
            if lead in _TITLES:
                yield self._span(doc, match.start("surname"), match.end(), "Surname in lower case after a title")
            else:
                yield self._span(doc, match.start(), match.end(), "Given name and surname in lower case")

    def _names(self, doc: Document, tokens: list[re.Match[str]]) -> Iterator[Span]:
        i = 0
        while i < len(tokens):
            word = tokens[i].group()
            if glued(doc.text, tokens[i]):
                i += 1
                continue
            after = tokens[i + 1] if i + 1 < len(tokens) and _one_space(doc.text, tokens[i], tokens[i + 1]) else None
            surname = after is not None and _surname(after.group())
            lower = word.lower()
            if lower in _TITLES and surname:
                yield self._span(doc, after.start(), after.end(), "Surname after a spoken title")  # type: ignore[union-attr]
                i += 2
                continue
            if word.islower() and _given(lower) and (lower not in english_words() or surname and lower in _common_given()):
                # (a surname that is a word where a caller names themselves: "this is ellen ward calling from")
                surname = surname or after is not None and _caller_surname(doc.text, tokens, i)
                end = after.end() if surname else tokens[i].end()  # type: ignore[union-attr]
                yield self._span(doc, tokens[i].start(), end, "Given name in text without capitals")
                i += 2 if surname else 1
                continue
            i += 1

    def _spelled(self, doc: Document) -> Iterator[Span]:
        if not _SPELLED_HINT.search(doc.text):
            return
        acronyms = {w.lower() for w in words("known_acronyms.txt")}
        for run in _SPELLED.finditer(doc.text):
            spelled = run.group().replace(" ", "").replace("-", "").lower()
            if len(spelled) < 4 or spelled in acronyms:
                continue
            # (the word said just before it, then spelled: "Nemes N E M E S", "Grieve is G R I E V E" — a name
            # spelled for the listener, even one that is also a word; taken with it)
            if (said := _SAID_THEN_SPELLED.search(doc.text, max(0, run.start() - 40), run.start())) \
                    and said.group("word").lower() == spelled:
                # (one span, the name's placeholder: longer than "Nemes N E M" read as a name and its initials)
                yield self._span(doc, said.start("word"), run.end(), "Name said, then spelled out letter by letter",
                                 entity_key(said.group("word")))
                continue
            # (said to be a name being spelled, "my surname's spelt B-A-K-E-R", even one that is also a word)
            if _NAME_SPELT.search(doc.text, max(0, run.start() - 40), run.start()):
                yield self._span(doc, run.start(), run.end(), "Name spelled out letter by letter")
                continue
            # (the name it spells just said, "kucera k u c e r a", or a given name; not "a b a a" grades; its last letters
            # when the first are words said before it: "ingvar with a v i n g v a r" spells "ingvar")
            for skip in range(0, len(spelled) - _MIN_SPELLED + 1):
                tail = spelled[skip:]
                if tail in english_words():
                    continue
                said = re.search(rf"(?<![^\W\d_]){re.escape(tail)}(?![^\W\d_])", doc.lower[max(0, run.start() - 120):run.start()])
                if said or is_given_name(tail.capitalize()):
                    # (each letter is one character and one separator: the tail starts ``skip`` letters in)
                    yield self._span(doc, run.start() + 2 * skip, run.end(), "Name spelled out letter by letter")
                    break
                if skip >= _MAX_SKIPPED:
                    break

    def _span(self, doc: Document, start: int, end: int, reason: str, key: str = "") -> Span:
        return Span(start, end, "person", self.name, 0.75, "Person", key or entity_key(doc.text[start:end]), reason)


_MIN_SPELLED = 4
_MAX_SKIPPED = 2  # (words of a letter said before a name spelled: "with a w", "it's a")
# Words in lower case, and two of them with one space between (``_in_cased_text``). (Led by the first letter, with
# the look-behind after it, so that ``re`` skips ahead to letters: a pattern led by a look-behind is tried everywhere.)
_LOWER_WORD = re.compile(r"[a-z](?<![\w'\u2019].)[a-z]{1,14}(?![\w'\u2019])")
_LOWER_PAIR = re.compile(r"(?<![\w'\u2019])(?P<lead>[a-z]{2,15}) (?P<surname>[a-z]{3,20})(?![\w'\u2019])")


@lru_cache(maxsize=16384)
def _cased_lead(word: str) -> bool:
    """Whether a word in lower case may lead a name in cased text: a title, or a given name that is no English word.
    (Cached: the same words recur.)"""
    return word in _TITLES or _given(word) and word not in english_words()


def lower_pairs(text: str, leads: frozenset[str]) -> Iterator[re.Match[str]]:
    """A lead word of ``leads`` (words of ``_LOWER_WORD``: a given name or a title), one space and a word in lower
    case, in order and not overlapping, as a scan for any of ``leads`` would find them. (Speed: tried only where
    ``str.find`` finds a lead and its space; an alternation of the leads led by a look-behind is tried at every
    position, and compiled anew for every text.)"""
    starts: list[int] = []
    for lead in leads:
        probe = lead + " "
        at = text.find(probe)
        while at >= 0:
            starts.append(at)
            at = text.find(probe, at + len(probe))
    after = 0
    for start in sorted(starts):
        # (the lead, all letters in lower case and a space after it, is the whole of the pattern's ``lead`` there)
        if start >= after and (match := _LOWER_PAIR.match(text, start)):
            after = match.end()
            yield match


def _quoted_title(text: str, match: re.Match[str]) -> bool:
    """A title and a surname quoted as one phrase ('QA = "mr varrick"', "'dr varrick'"): words quoted, no token of code."""
    start, end = match.start(), match.end()
    return match.group("lead") in _TITLES and start > 0 and text[start - 1] in "\"'" and text[end:end + 1] == text[start - 1]


_CODE_MARKS = frozenset("-_/\\@=.\"<>{}[]#$%*`~|+")
_CODE_MARKS_AFTER = frozenset("-_/\\@=\"<>{}[]#$%*`~|+(:")
_DOTTED_ON = frozenset(f".{c}" for c in "abcdefghijklmnopqrstuvwxyz0123456789")

# (Speed: found from the mark after the first letter, which ``re`` skips ahead to, the first letter and what
# is before it read behind: a pattern led by a look-behind is tried at every position of the text.)
_SPELLED_HINT = re.compile(r"[ -](?<![\w-]..)(?<=[A-Za-z].)[A-Za-z][ -][A-Za-z][ -][A-Za-z](?!\w)")


# The word just before a spelled run, perhaps with "is", "that's", "spelt", "spelled", a comma or a colon between.
_SAID_THEN_SPELLED = re.compile(r"(?<![^\W\d_])(?P<word>[^\W\d_]{4,})(?:[ \t]*[,:]?[ \t]+(?:is|that's|thats|spelt|spelled|"
                                r"as in|that is)){0,2}[ \t]*[,:]?[ \t]+$", re.IGNORECASE)


# "My surname's spelt", "name is spelled", "surname: ": a name said to be spelled out next (not "Product name:").
_NAME_SPELT = re.compile(
    r"(?<![^\W\d_])(?:(?:sur|family |last |first |given )name(?P<said>)|name)(?:'s|\u2019s| is)?[ \t]*[,:]?[ \t]*"
    r"(?:(?:is|that's|thats|it's|its)[ \t]+)?(?:(?:spelt|spelled|spelling)(?:[ \t]+as)?|(?P=said))[ \t]*[,:]?[ \t]*$",
    re.IGNORECASE)


# A caller naming themselves, as voicemail and call transcripts open: "this is ellen ward calling from", "its tom
# baker here", "my name is fola key speaking". The words before the given name, and the word after the surname.
_CALLER_BEFORE = re.compile(r"(?:\b(?:this|it|name)[ \t]+is|\bits|\bit's|\bim|\bi'm|\bi[ \t]+am)[ \t]+$")
_CALLER_AFTER = frozenset("calling speaking here ringing phoning".split())
# (the words a caller puts between their name and "calling": "this is ellen again calling", "its tom just ringing")
_NOT_CALLER_SURNAMES = ENGLISH_SMALL_WORDS | _CALLER_AFTER | frozenset(
    "again just back now also still only there over today again um uh er erm".split())


def _caller_surname(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the word after the given name ``tokens[i]`` is the surname of a caller naming themselves: a word in
    lower case of three letters or more, no small word, title or frame word, between a self-introduction and
    "calling", "speaking" or "here" (not "this is ruth from stores calling")."""
    if i + 2 >= len(tokens) or not _one_space(text, tokens[i + 1], tokens[i + 2]):
        return False
    word, closer = tokens[i + 1].group(), tokens[i + 2].group().lower()
    return (closer in _CALLER_AFTER and word.islower() and word.isalpha() and len(word) >= 3
            and word not in _NOT_CALLER_SURNAMES and word not in _TITLES and word not in CONTRACTIONS and not glued(text, tokens[i + 1])
            and bool(_CALLER_BEFORE.search(text, max(0, tokens[i].start() - 12), tokens[i].start())))


def _given(lower: str) -> bool:
    return (len(lower) >= 3 and lower not in never_names() and lower not in CONTRACTIONS
            and lower not in function_words() and is_given_name(lower.capitalize()))


@lru_cache(maxsize=16384)
def _may_lead(word: str) -> bool:
    """Whether ``_names`` can start a name at ``word``: a spoken title, or a given name in lower case (every
    name it takes starts so). (Cached: the same words recur.)"""
    lower = word.lower()
    return lower in _TITLES or word.islower() and _given(lower)


@cache
def _common_given() -> frozenset[str]:
    """The common given names of the curated list, in lower case: "tom", "ruth", "mark" are names before a
    surname; "tell", "will" are verbs."""
    return frozenset(name.lower() for name in lines("first_names.txt"))


def _surname(word: str) -> bool:
    """A word that can be a surname here: three letters or more, in lower case, that no dictionary or
    list of this package holds, no contraction written without its apostrophe ("theres") and no small word
of another language ("alla")."""
    lower = word.lower()
    return (word.islower() and word.isalpha() and len(lower) >= 3 and lower not in english_words()
            and lower not in never_names() and lower not in _TITLES and lower not in CONTRACTIONS
            and lower not in function_words())


# Contractions written without their apostrophe, as speech recognition writes them.
CONTRACTIONS = frozenset("""thats theres heres whats whos hows wheres dont doesnt didnt isnt wasnt werent arent cant
    couldnt wouldnt shouldnt wont hasnt havent hadnt im ive youre youve youll youd hes shes theyre theyve theyll weve
    were lets itll thatll aint""".split())


def glued(text: str, token: re.Match[str]) -> bool:
    """Whether a word is part of a token of code ("gaia-02", "svc_mes", "ebr.events", "'orion'", "INC0219385")."""
    before = text[token.start() - 1] if token.start() else " "
    after = text[token.end()] if token.end() < len(text) else " "
    return (before in _JOINERS or after in _JOINERS or before.isdigit() or after.isdigit()
            or after == "." and text[token.end() + 1:token.end() + 2].isalnum())


_JOINERS = frozenset("-_/\\@=:\"'<>{}[]")


def _one_space(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    return second.start() - first.end() == 1 and text[first.end()] in " \t"


RECOGNISER = SpokenNameRecogniser()
