"""A person's name as speech recognition misheard it, where the text itself corrects it: the speaker's own correction
("No, it's mar knee, not Marnie, the captions keep doing it.", "thats drosgol d r o s g o l not dross"), or a
self-repair that says the name again ("she signed it with przy bora... with me.", "send it to doctor kest sorry send
it to dr kestowe", "it was Yevka... sorry, Dr Kestowe").

A second opinion: it reads the people the other recognisers found. One side of the correction is a person found there
(or "me", whom the speaker's label names); the other side, one to three words that are no found name of anything else,
no number and not only small words or pronouns ("it's him, not Marnie"), is that person as it was heard, and takes
their placeholder.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.languages import ENGLISH_SMALL_WORDS
from anonymiser.text.recognisers.base import ReadsFindings
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.spans import Span, entity_key

NAME = "misheard_name"
_PEOPLE = frozenset({"person", "name"})
_THINGS = frozenset({"organisation", "product", "place", "identifier"})
_W = r"[A-Za-z][A-Za-z'\u2019-]*"
# "it's mar knee, not Marnie", "that's drosgol ... not dross": the words after "it's"/"that's" up to ", not" (read backwards from
# a person after "not"), or a person and the words after "not" (read forwards).
_BEFORE_NOT = re.compile(rf"(?<![\w'\u2019])(?i:it'?s|it\u2019s|its|it[ \t]+is|that'?s|that\u2019s|thats|that[ \t]+is)[ \t]+"
                         rf"(?P<heard>{_W}(?:[ \t]+{_W}){{0,2}})[ \t]*,?[ \t]+not[ \t]+$")
_NOT_AFTER = re.compile(rf"[ \t]*,?[ \t]+not[ \t]+(?P<heard>{_W}(?:[ \t]+{_W}){{0,2}})(?=[ \t]*(?:[,.;:!?)\n]|$))")
_NOT_AFTER_ONE = re.compile(rf"[ \t]*,?[ \t]+not[ \t]+(?P<heard>{_W})(?![\w'\u2019-])")
# A self-repair before a person or "me": the word before the words heard said again before the name ("with przy bora...
# with me", "to doctor kest sorry to dr kestowe"), or one word and "sorry" ("Yevka... sorry, Dr Kestowe"). (Read
# backwards from the name: the repair's mark, "sorry", the word said again, a title.)
_MARK = r"[ \t]*(?:\.\.\.|\u2026|[\u2013\u2014]|--|,)?[ \t]*(?:(?i:sorry|i[ \t]+mean)[ \t]*,?[ \t]*)?"
_TITLE = r"(?:(?i:dr|doctor|mr|mrs|ms|miss|prof)\.?[ \t]+)?"
_REPEATED_BEFORE = re.compile(rf"(?<![\w'\u2019])(?P<again>[A-Za-z]+)[ \t]+(?P<heard>{_W}(?:[ \t]+{_W}){{0,2}}){_MARK}"
                              rf"(?P=again)[ \t]+{_TITLE}$", re.IGNORECASE)
_SORRY_BEFORE = re.compile(rf"(?<![\w'\u2019])(?P<heard>{_W}){_MARK}{_TITLE}$")
_MARKED = re.compile(r"(?:\.\.\.|\u2026|[\u2013\u2014]|--)|(?i:\bsorry\b|\bi[ \t]+mean\b)")
_PRONOUNS = frozenset("""me him her them us you it this that he she they we i one someone somebody mine yours his hers ours
    theirs myself yourself himself herself""".split())
_ME = re.compile(r"(?<![\w'\u2019])me(?![\w'\u2019-])")


class MisheardNameRecogniser(ReadsFindings):
    name = NAME

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        things = _Stretches((s.start, s.end) for s in found if s.category in _THINGS)
        # (a person found where something else is too, "the Thrumley Labs", is no sure person to correct)
        people = [s for s in found if (s.category in _PEOPLE or s.label == "Person") and not things.overlap(s.start, s.end)]
        text = doc.text
        taken = _Stretches((s.start, s.end) for s in found)
        for person in people:
            # (only what is said: an uncased line of speech, or a line a transcript gives a speaker; a written
            # correction, "It is the supplier, not Tom Baker, who must fix it", corrects things, not names)
            if not (doc.speech.contains(person.start) or _labelled(text, person.start)):
                continue
            possessive = text.startswith(("'s", "\u2019s"), person.end)  # ("not Priya Shah's fault": no name corrected)
            # ("it's mar knee, not Marnie": the words before ", not" and the person)
            if not possessive and (m := _BEFORE_NOT.search(text, max(0, person.start - 60), person.start)) \
                    and _heard(m, taken):
                yield self._span(m.start("heard"), m.end("heard"), person.key, "A name misheard, corrected by the speaker")
            # ("thats drosgol d r o s g o l not dross": the person, then the words after "not")
            m = _NOT_AFTER.match(text, person.end) or _NOT_AFTER_ONE.match(text, person.end)
            if m and not possessive and _CORRECTING.search(text, max(0, person.start - 12), person.start) and _heard(m, taken):
                yield self._span(m.start("heard"), m.end("heard"), person.key, "A name misheard, corrected by the speaker")
            if m := _repaired(text, person.start, taken, sorry=True):
                yield self._span(m.start("heard"), m.end("heard"), person.key, "A name misheard, said again by the speaker")
        # "with przy bora... with me": the speaker repairing their own name
        for me in _ME.finditer(text):
            # (only where a transcript names the speaker: "Check with procurement... with me first" in a note is no name)
            if (m := _repaired(text, me.start(), taken, sorry=False)) and not m.group("heard")[:1].isupper() \
                    and _labelled(text, me.start()) \
                    and not all(w.lower() in english_words() for w in m.group("heard").split()):
                yield self._span(m.start("heard"), m.end("heard"), entity_key(m.group("heard")),
                                 "A speaker's own name misheard, said again")

    def _span(self, start: int, end: int, key: str, reason: str) -> Span:
        return Span(start, end, "person", self.name, 0.7, "Person", key, reason)


# "that's", "it's" before the person corrected: "thats drosgol d r o s g o l not dross".
_CORRECTING = re.compile(r"(?<![\w'\u2019])(?i:it'?s|it\u2019s|its|it[ \t]+is|that'?s|that\u2019s|thats|that[ \t]+is)[ \t]+$")


class _Stretches:
    """Stretches of text, asked whether any overlaps a stretch in logarithmic time (a scan over all of them for each
    person found would be quadratic in a text of many names)."""

    def __init__(self, stretches: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(stretches)
        self._starts = [start for start, _ in ordered]
        self._reach: list[int] = []  # (the furthest end of the stretches up to each, in order of their starts)
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def overlap(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self._reach[i] > start


def _heard(m: re.Match[str], taken: _Stretches) -> bool:
    """Words that may be a name misheard: not only small words or pronouns, nothing found there already, no "not";
    not led by a determiner ("the supplier, not Tom Baker"), no capitalised dictionary word or acronym ("Priya Shah,
    not Finance", "to QA... to Sarah Jones"): speech recognition writes a misheard name in lower case or as no word."""
    heard = m.group("heard").split()
    words = [w.lower() for w in heard]
    if all(w in ENGLISH_SMALL_WORDS or w in _PRONOUNS for w in words) or "not" in words or words[0] in _DETERMINERS:
        return False
    if any(w[:1].isupper() and (w.isupper() or w.lower() in english_words()) and not is_given_name(w.capitalize())
           for w in heard):
        return False
    # (a trailing small word is no part of a name: "dross the line keeps" is cut by ``_NOT_AFTER``'s end)
    return not taken.overlap(*m.span("heard"))


def _repaired(text: str, at: int, taken: _Stretches, *, sorry: bool) -> re.Match[str] | None:
    """The words a speaker repaired just before ``at`` (a name, or "me"): a repair's mark ("...", a dash, "sorry") after
    them, and the word before them said again ("with przy bora... with me"), or, when ``sorry`` may do, one word that is
    a name or no everyday word before "sorry" ("Yevka... sorry, Dr Kestowe", "kest sorry to dr kestowe"; not
    "left mine at home - sorry Marnie")."""
    start = max(0, at - 60)
    m = _REPEATED_BEFORE.search(text, start, at)
    if m is None and sorry:
        m = _SORRY_BEFORE.search(text, start, at)
        if m is None or not _SORRY.search(text, m.end("heard"), at):
            return None
        heard = m.group("heard")
        if heard.lower() in english_words() and not (heard[:1].isupper() and is_given_name(heard.capitalize())):
            return None  # (an everyday word, or one capitalised: "Over to Finance... sorry, Sarah Jones")
    if m is None or not _MARKED.search(text, m.end("heard"), at) or not _heard(m, taken) \
            or (m.groupdict().get("again") or "").lower() in _PRONOUNS \
            or m.group("heard").split()[0].lower() in _DETERMINERS:
        return None  # (not "with the team... with me leading": a thing, not a name)
    return m


_DETERMINERS = frozenset("the a an this that these those our your his her their my its some any every each".split())


_SORRY = re.compile(r"(?i:\bsorry\b)")
# A line a transcript gives a speaker: after a label ("Speaker 1: ", "[00:01:20] Ama Owusu: ", "HOST: "), or below a
# header of a name and a time ("Przemo Halt   0:31").
_LABEL = re.compile(r"[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?[A-Z][\w'\u2019.-]*(?:[ \t,]+[A-Z0-9][\w'\u2019.-]*){0,3}"
                    r"[ \t]*(?:\([^)\n]{0,40}\))?:[ \t]")
_HEADER = re.compile(r"[ \t]*[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*$")


def _labelled(text: str, at: int) -> bool:
    """Whether ``at`` is on a line a transcript gives a speaker (its label on the line, or a header above it)."""
    start = text.rfind("\n", max(0, at - 2000), at) + 1
    if start == 0 and at > 2000:
        return False  # (a line so long is no turn of a transcript; and a bounded look keeps the scan linear)
    if _LABEL.match(text, start, at):
        return True
    end = start
    while end > 0 and end > start - 200 and text[end - 1] in " \t\n":  # (the blank lines between, a few)
        end -= 1
    return _HEADER.match(text, text.rfind("\n", max(0, end - 200), end) + 1, end) is not None


RECOGNISER = MisheardNameRecogniser()
