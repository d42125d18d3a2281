"""Third-party organisations with no legal suffix or sector word, known by their context:
"our supplier Halvergate", "partnered with Corrie Moss", "contract manufacturer Tolland", "sourced
from Brackenfield".

Keyword first (a cheap scan of the lower-cased text), then one to three capitalised words after it.
A name that starts with a given name ("worked with Priya Shah") is left to the person recogniser,
and words of the trade, places and allow-listed vendors are not names here (the policy keeps vendors).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import ahocorasick

from anonymiser.text.document import Document
from anonymiser.text.recognisers.organisation_suffix import generic_words, org_key
from anonymiser.text.recognisers.person_names import broad_given_names
from anonymiser.text.spans import Span

_ROLES = ("supplier", "suppliers", "vendor", "partner", "partners", "customer", "customers", "client", "clients",
          "contractor", "subcontractor", "integrator", "system integrator", "systems integrator", "distributor",
          "cdmo", "cmo", "cro", "contract manufacturer", "contract manufacturing partner", "licensee", "licensor",
          "wholesaler", "competitor", "rival", "acquirer", "parent company", "sister company", "subsidiary")
_LINKS = ("partnered with", "partnering with", "partnership with", "in partnership with", "collaboration with",
          "collaborating with", "collaborated with", "teamed up with", "joint venture with", "contract with",
          "contracted", "outsourced to", "supplied by", "sourced from", "bought from", "purchased from",
          "acquired by", "acquisition of", "acquired", "subsidiary of", "spun out of", "spin-out from",
          "licensed from", "licensed to", "on behalf of", "manufactured by", "made by", "built by", "installed by", "commissioned from",
          "produced by", "help from", "spin-out of", "spun out from")
_ROLE_SET = frozenset(_ROLES)
# "engineers at X", "our friends at X": people at an organisation (a place keeps its reading on a tie).
_PEOPLE = ("analysts", "engineers", "colleagues", "friends", "scientists", "researchers", "experts", "staff",
           "consultants", "technicians", "specialists", "the team", "the teams", "the people", "the folks")
_AFTER_KEYWORD = re.compile(r",?[ \t]+")
# "Casimir Odef of Fellbarrow Research added": the verb first (lower-cased text), then "of X" before it.
_SPEECH = ("said", "says", "added", "adds", "explained", "explains", "told", "noted", "notes", "commented", "argued")
_UP = "A-ZÀ-ÖØ-Þ"
# "Bowscale's engineers", "Bowscale, whose engineers": possessed by an organisation.
_OWNS = (r"(?:engineers|team|teams|staff|scientists|technicians|experts|consultants|specialists|service[ \t]engineers|"
         r"sales[ \t]team|site|plant|factory|facility|facilities|warehouse|labs?|laboratory)\b")
# (led by one character class, the mark's character checked behind it: ``re`` skips ahead to an apostrophe or comma)
_OWNED = re.compile(rf"['\u2019,](?:(?<=['\u2019])s|(?<=,)[ \t]+whose)[ \t]+{_OWNS}")
_OF_ORGANISATION = re.compile(rf"[{_UP}][a-z]+[ \t]+(?:of|at|from)[ \t]+(?P<name>[{_UP}][\w&+-]*[a-z][\w&+-]*(?:[ \t]+[{_UP}][\w&+-]*[a-z][\w&+-]*){{0,2}}),?[ \t]+$")
_OWNER = re.compile(rf"(?<![\w-])(?P<name>[{_UP}][\w&+-]*[a-z][\w&+-]*(?:[ \t]+[{_UP}][\w&+-]*[a-z][\w&+-]*){{0,2}})$")
_NAME = re.compile(rf"(?P<name>[{_UP}][\w'&+-]*[a-z0-9][\w'&+-]*(?:[ \t]+(?:&[ \t]+)?[{_UP}][\w'&+-]*[a-z][\w'&+-]*){{0,2}})"
                   rf"(?![\w-]|[ \t]+(?:[{_UP}]|and[ \t]+[{_UP}]))")


@cache
def _keywords() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for words, kind in ((_ROLES, "role"), (_LINKS, "link"), (_SPEECH, "verb")):
        for word in words:
            automaton.add_word(word, (len(word), kind))
    for people in _PEOPLE:
        for preposition in ("at", "from"):
            phrase = f"{people} {preposition}"
            automaton.add_word(phrase, (len(phrase), "people"))
    automaton.make_automaton()
    return automaton


# "the Fjordline team": a one-word capitalised name before "team" (departments and trade words are not names).
_TEAM_WORD = re.compile(r"[ \t]team\b")
_THEIR_TEAM = re.compile(rf"\bthe[ \t]+(?P<name>[{_UP}][a-z][\w&-]*[a-z])$")


@cache
def _departments() -> frozenset[str]:
    return frozenset(
        "quality validation engineering automation production manufacturing operations maintenance project "
        "programme planning procurement purchasing finance legal regulatory packaging warehouse logistics supply "
        "digital technical science research development laboratory micro microbiology training safety security "
        "leadership management site plant shift night day weekend core extended whole entire global local "
        "vendor supplier customer client integration integrator implementation deployment support service "
        "commercial marketing sales clinical medical analytical formulation process facilities facility utilities "
        "informatics data network infrastructure cyber software hardware controls reliability continuous "
        "improvement excellence transformation innovation steering board executive senior".split())


_SENTENCE_WORDS = frozenset("there here it this that these those they we he she you who which what when where "
                            "then so but and or if".split())


@cache
def _not_names() -> frozenset[str]:
    from anonymiser.text.recognisers.place_context import _NOT_PLACES

    return generic_words() | _NOT_PLACES | frozenset(
        "dr prof mr mrs ms mx miss sir dame lord lady i we our my your his her its their".split())


class OrganisationContextRecogniser:
    name = "organisation_context"

    def find(self, doc: Document) -> Iterator[Span]:
        lower = doc.lower
        for end, (length, kind) in _keywords().iter(lower):  # the keywords are literals: one C-speed pass
            start = end + 1 - length
            if _glued(lower, start):
                continue
            if kind == "verb":
                yield from self._of_organisation(doc, start)
                continue
            gap = _AFTER_KEYWORD.match(lower, end + 1)
            if gap is None:
                continue
            # after a role ("supplier X") a town's name is the company's; after a link ("sourced from X") or
            # people ("engineers at X") a place keeps its own reading
            yield from self._named(doc, _NAME.match(doc.text, gap.end()), 0.9 if kind == "role" else 0.7)
        for word in _TEAM_WORD.finditer(doc.text):  # "Thank you and the Fjordline team": the literal first
            team = _THEIR_TEAM.search(doc.text, max(0, word.start() - 40), word.start())
            if team and team.group("name").lower() not in _departments():
                yield from self._named(doc, team, 0.7)
        for owned in _OWNED.finditer(doc.text):  # the cheap literal first, then the name before it
            yield from self._named(doc, _OWNER.search(doc.text, max(0, owned.start() - 80), owned.start()), 0.7)

    def _of_organisation(self, doc: Document, verb: int) -> Iterator[Span]:
        """"Casimir Odef of Fellbarrow Research added": X in "of X" just before a verb of speech."""
        cut = verb - 1 if verb and doc.text[verb - 1] == "," else verb
        of = _OF_ORGANISATION.search(doc.text, max(0, cut - 70), cut)
        if of and of.group("name").split()[0] not in _not_names():
            yield from self._named(doc, of, 0.7)

    def _named(self, doc: Document, match: re.Match[str] | None, confidence: float) -> Iterator[Span]:
        """The name in ``match`` unless it starts with a given name or a trade word ("Process Analytics")
        or is only trade words; later words may be trade words ("Penhale Controls")."""
        if match is None:
            return
        words = match.group("name").split()
        first = words[0].strip("'").lower()
        if words[0] in broad_given_names() or first in _not_names() or first in _SENTENCE_WORDS:
            return
        start, end = match.span("name")
        if words[-1].endswith(("'s", "\u2019s")):  # "Halvergate's engineers"
            words[-1], end = words[-1][:-2], end - 2
        yield Span(start, end, "organisation", self.name, confidence, "Organisation", org_key(" ".join(words)),
                   "Organisation named by its role (supplier, partner…)")


def _glued(text: str, start: int) -> bool:
    """Whether a keyword found at ``start`` is the tail of a longer word ("non-supplier", "apartner")."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_")


RECOGNISER = OrganisationContextRecogniser()
