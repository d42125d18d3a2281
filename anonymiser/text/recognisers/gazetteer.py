"""A recogniser over a list of names (a gazetteer data file), matched in the compact view."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property

from anonymiser.text.data import english_words
from anonymiser.text.document import Document, is_word_end, is_word_start
from anonymiser.text.recognisers.postcode import POSTCODE
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.termmatch import TermMatcher, compact


@dataclass(frozen=True)
class Entry:
    name: str
    attrs: tuple[tuple[str, str], ...] = ()
    needs_context: bool = False
    # not when a capitalised word (no sentence word) sits just before it: "Crick" in "Francis Crick"
    not_after_name: bool = False


@dataclass
class GazetteerRecogniser:
    """Whole-word, capitalised occurrences of the entries (any spacing or hyphenation).

    ``context`` words, when an entry ``needs_context``, must appear just before the mention.
    """

    name: str
    category: str
    label: str
    load: Callable[[], Mapping[str, Entry]]
    confidence: float
    reason: str
    context: tuple[str, ...] = ()
    # Also in lower case on an uncased line of speech, after a ``context`` word, when no English word: speech
    # recognition writes "held at the depot in bridlington".
    said_in_lower_case: bool = False

    def __post_init__(self) -> None:
        _GAZETTEERS.append(self)

    @cached_property
    def entries(self) -> dict[str, Entry]:
        """The entries by their compact form."""
        return {compact(form): entry for form, entry in self.load().items()}

    def find(self, doc: Document) -> Iterator[Span]:
        view = doc.compact
        for cstart, cend, owners in _shared_matcher().find(view):
            value = next((entry for owner, entry in owners if owner is self), None)  # type: ignore[attr-defined]
            if value is None:
                continue
            start, end = view.source_offset(cstart), view.source_offset(cend)
            if not (is_word_start(doc.text, start) and is_word_end(doc.text, end)):
                continue
            if not doc.text[start].isupper() and not (self.said_in_lower_case and self._said(doc, start, end, value)):
                continue
            if value.needs_context and not self._has_context(doc, start, end):
                continue
            if value.not_after_name and _after_name(doc.text, start):
                continue
            attrs, reason = value.attrs, self.reason
            if self.category == "place":
                if _MEASURE_AFTER.match(doc.text, end) or _NEW_BEFORE.search(doc.text, max(0, start - 4), start):
                    continue  # ("the Bradford factor": a measure named after a place; "New York": a place abroad)
                if _ABROAD.match(doc.text, end):  # ("Durham, North Carolina": a town abroad, no English region's)
                    attrs, reason = (), "Place abroad named after a UK one"
            yield Span(start, end, self.category, self.name, self.confidence, self.label,
                       entity_key(value.name), reason, attrs)

    def _said(self, doc: Document, start: int, end: int, entry: Entry) -> bool:
        """A name in lower case on an uncased line of speech, after "in", "at" or "from" ("in bridlington"), that is no
        English word ("reading", "bath", "wells" stay) nor a compound of one ("new port"), no street's name ("at eton
        road"), and, for a place that needs its context, no given name ("passed the log at barry's desk"; a city that
        is a given name too, "in preston", stays a place)."""
        from anonymiser.text.recognisers.person_names import is_given_name

        said = doc.text[start:end]
        before = doc.lower[max(0, start - 6):start]
        return (said.islower() and not any(word in english_words() for word in said.replace("-", " ").split())
                and not (entry.needs_context and is_given_name(said.capitalize())) and not _STREET_AFTER.match(doc.lower, end)
                and before.endswith(_SAID_AFTER) and doc.speech.contains(start))

    def _has_context(self, doc: Document, start: int, end: int) -> bool:
        """A context word before the name ("in Perth"), or a postcode after it ("Perth PH2 8BG")."""
        before = doc.lower[max(0, start - 25):start]
        return any(before.endswith(word + " ") for word in self.context) or bool(_POSTCODE_AFTER.match(doc.text, end))


# A place abroad named after a UK one: "New York", "New Durham"; a town before its state or country abroad ("Durham,
# North Carolina", "Boston, Massachusetts", "Cambridge, Ontario"; not Washington, a UK town too).
_NEW_BEFORE = re.compile(r"(?<![\w-])New[ \t]$")
_ABROAD = re.compile(
    r",?[ \t]+(?:(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    r"Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
    r"Montana|Nebraska|Nevada|New[ \t]Hampshire|New[ \t]Jersey|New[ \t]Mexico|New[ \t]York|(?:North|South)[ \t](?:Carolina|Dakota)|"
    r"Ohio|Oklahoma|Oregon|Pennsylvania|Rhode[ \t]Island|Tennessee|Texas|Utah|Vermont|Virginia|West[ \t]Virginia|"
    r"Wisconsin|Wyoming|Ontario|Quebec|Nova[ \t]Scotia|New[ \t]South[ \t]Wales|Queensland|Tasmania|USA)\b|U\.S\.)")
# A measure or a scale named after a place, as HR and clinical records write them: "Bradford factor", "Bradford score",
# "Bradford trigger points".
_MEASURE_AFTER = re.compile(r"[ \t]+(?i:factor|score|scores|scoring|trigger|triggers|trigger[ \t]points|formula)\b")


# Every gazetteer made, and one automaton over all their entries: a text is scanned once for all of
# them (the scan, not the few hits, is what costs), each keeping its own hits.
_GAZETTEERS: list[GazetteerRecogniser] = []
_SHARED: dict[tuple[int, ...], TermMatcher] = {}


def _shared_matcher() -> TermMatcher:
    """``{form: ((gazetteer, entry), ...)}`` over every gazetteer made so far."""
    ids = tuple(map(id, _GAZETTEERS))
    matcher = _SHARED.get(ids)
    if matcher is None:
        owners: dict[str, list[tuple[GazetteerRecogniser, Entry]]] = {}
        for gazetteer in _GAZETTEERS:
            for form, entry in gazetteer.entries.items():
                owners.setdefault(form, []).append((gazetteer, entry))
        _SHARED.clear()
        matcher = _SHARED[ids] = TermMatcher({form: tuple(found) for form, found in owners.items()})
    return matcher


def _after_name(text: str, start: int) -> bool:
    from anonymiser.text.recognisers.not_names import not_name_words

    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(match) and match.group(1).lower() not in not_name_words()


_SAID_AFTER = (" in ", " at ", " from ")
_STREET_AFTER = re.compile(r"[ \t]+(?:road|rd|street|st|lane|ln|park|avenue|ave|drive|close|way|crescent|place|terrace|"
                           r"grove|gardens|square|hill|row|court|walk|mews)\b")
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]$")
_POSTCODE_AFTER = re.compile(rf",?[ \t]+{POSTCODE}")
