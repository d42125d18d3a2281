"""The text under analysis as every recogniser sees it, plus what earlier passes have learned."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from anonymiser.text.normalise import lower_view
from anonymiser.text.termmatch import CompactView, TermMatcher, compact
from anonymiser.text.languages import ForeignLines
from anonymiser.text.speech import SpeechLines
from anonymiser.text.welsh import WelshLines


@dataclass
class Aliases:
    """Names learned from one pass that a later pass must find everywhere (all fields of a document).

    Maps a lower-cased alias to ``(category, label, key)`` of the entity it stands for.
    """

    by_alias: dict[str, tuple[str, str, str, bool]] = field(default_factory=dict)
    # Aliases taken only where a person's initials are expected ("AK: send the plan"): initials the first
    # pass read as a person's in an action list only ("MW" may be megawatts elsewhere).
    in_action_only: set[str] = field(default_factory=set)
    # Initials made from a name, or introduced beside it: a person's only where written in capitals ("HI"
    # for Hamza Ibrahim, not "Hi all").
    capitals_only: set[str] = field(default_factory=set)
    # Initials made from a name that are also an acronym of the trade ("MAB" for Maxwell Aboagye-Bentil, "PV"):
    # the person's where initials stand alone for someone, in an action list or a record's cell of its own
    # ("PASS  MAB"), not in "the MAB process".
    acronym_initials: set[str] = field(default_factory=set)
    # Clipped given names ("Kris" for Kristiane Hallqvist, "Hards" for Hardeep Sandholt) and familiar forms of given
    # names ("Peggy" for Margaret Thistlewood, from ``hypocorisms``): a person's where written with a capital and no
    # number after it ("Oct 2024"), mid-sentence when a word ("nice one Val"), or said in lower case on a line of
    # speech ("ta hards"); ``learned_aliases`` says where.
    clipped: set[str] = field(default_factory=set)
    # The letters that lead a product family's codes ("FMB" of a declared "FMB-2207", or introduced for a product:
    # "Fenwold Biologic (FWB)"): another code of the family is a product too, however written ("FWB 3310 A").
    code_families: set[str] = field(default_factory=set)
    # The automaton over ``by_alias`` and the aliases it was built from (``matcher``).
    _built: tuple[dict[str, tuple[str, str, str, bool]], TermMatcher] | None = field(
        default=None, init=False, repr=False, compare=False)

    def matcher(self) -> TermMatcher:
        """One automaton over the aliases, built again only when they have changed since: every field
        of a document is searched for the same aliases."""
        if self._built is None or self._built[0] != self.by_alias:
            self._built = (dict(self.by_alias), TermMatcher(self.by_alias))
        return self._built[1]

    def add(self, alias: str, category: str, label: str, key: str, *, any_case: bool = False) -> None:
        """``any_case`` aliases (a domain-derived "acmebio") also match when written in lower case."""
        alias = _alias_form(alias)
        if 2 <= len(alias) <= _LONGEST_ALIAS and alias not in self.by_alias:
            self.by_alias[alias] = (category, label, key, any_case)

    def add_clipped(self, alias: str, key: str) -> None:
        """A clipped given name of the person ``key`` (see ``clipped``), unless the alias stands for something already."""
        alias = _alias_form(alias)
        if alias not in self.by_alias:
            # (``add`` inlined: ``alias`` is in its looked-up form already, which the form of leaves as it is)
            if 2 <= len(alias) <= _LONGEST_ALIAS:
                self.by_alias[alias] = ("person", "Person", key, False)
            self.clipped.add(alias)


# No name runs longer; a longer "name" is a run of text read as one, and an automaton over it is slow to scan.
_LONGEST_ALIAS = 200


@lru_cache(maxsize=16384)
def _alias_form(alias: str) -> str:
    """An alias as it is looked up: in the compact view's form (lower case, hyphens, underscores, slashes and
    runs of whitespace folded to one space), so "amira-hulett-hv" is found where the view has "amira hulett hv".
    (Cached: the same names are offered as aliases many times per page, and from page to page.)"""
    return compact(alias)


@dataclass
class Document:
    text: str
    terms: tuple[str, ...] = ()
    aliases: Aliases = field(default_factory=Aliases)
    term_labels: dict[str, str] = field(default_factory=dict)
    lower: str = ""

    def __post_init__(self) -> None:
        self.lower = lower_view(self.text)

    @cached_property
    def compact(self) -> CompactView:
        return CompactView.of(self.lower)

    @cached_property
    def welsh(self) -> WelshLines:
        return WelshLines(self.text, self.lower)

    @cached_property
    def foreign(self) -> ForeignLines:
        return ForeignLines(self.text, self.lower)

    @cached_property
    def speech(self) -> SpeechLines:
        return SpeechLines(self.text, self.foreign)


# Whitespace that may sit inside a name: spaces, tabs, or one line break (not a paragraph break).
NAME_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"


def is_word_start(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


def is_word_end(text: str, index: int) -> bool:
    return index >= len(text) or not text[index].isalnum()


def word_end(text: str, index: int) -> int:
    """Extend ``index`` to the end of the (hyphen-joined) alphanumeric run it sits in."""
    while index < len(text) and text[index].isalnum():
        index += 1
    if index + 1 < len(text) and text[index] == "-" and text[index + 1].isalnum():
        return word_end(text, index + 1)
    return index
