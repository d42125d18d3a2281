"""The recogniser interface and the pattern recogniser most recognisers are instances of."""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from anonymiser.text.document import Document
from anonymiser.text.recognisers import anchor_scan
from anonymiser.text.spans import Span, entity_key


class Recogniser(Protocol):
    """Finds spans of one kind in a document. ``name`` is its key in the registry and the report."""

    name: str

    def find(self, doc: Document) -> Iterable[Span]: ...


@runtime_checkable
class SecondOpinion(Protocol):
    """A recogniser that reads the others' findings: it runs after them, in the first pass only."""

    name: str

    def find(self, doc: Document) -> Iterable[Span]: ...

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterable[Span]: ...


class ReadsFindings(ABC):
    """A second opinion's common part: on its own (``find``) it reads the text with nothing found beside it."""

    @abstractmethod
    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterable[Span]: ...

    def find(self, doc: Document) -> Iterable[Span]:
        return self.find_among(doc, ())


Validator = Callable[[re.Match[str], Document], bool]


def before_marks(marker: re.Pattern[str], reach: int) -> Callable[[str], Iterator[int]]:
    """``Pattern.starts`` for a pattern every match of which holds a hit of ``marker`` (as ``marker.finditer``
    finds them) beginning at most ``reach`` characters after the match's own start: each position from ``reach``
    before a hit up to the hit, in increasing order. For a pattern ``re`` tries at every position (led by
    case-insensitive alternatives) with a rarer mark inside it: "batches of ZQR-12" holds "R-1"."""

    def starts(text: str) -> Iterator[int]:
        after = 0
        for hit in marker.finditer(text):
            at = hit.start()
            yield from range(max(after, at - reach), at + 1)
            after = at + 1

    return starts


def widest(pattern: str) -> int:
    """The most characters a match of ``pattern`` can hold (``reach`` for ``before_marks``); a pattern with an
    unbounded repeat is refused."""
    most = re._parser.parse(pattern).getwidth()[1]  # type: ignore[attr-defined]
    if most >= re._constants.MAXREPEAT:  # type: ignore[attr-defined]
        raise ValueError(f"matches of {pattern!r} have no bounded width")
    return int(most)


def always(match: re.Match[str], doc: Document) -> bool:
    return True


@dataclass(frozen=True)
class Pattern:
    """``anchor``, when given, is a cheap lower-case literal pattern searched in ``Document.lower``;
    ``regex`` is then only tried where an anchor starts (a keyword-led pattern need not scan every
    position of the text with a case-insensitive alternation). ``requires``, when given, is a cheap
    pattern every match contains (a street word in an address): a text without it is not scanned.
    ``starts``, when given, yields in increasing order every position of ``Document.text`` a match may
    start at (found from a mark inside the match, a "." or a "_", that ``re`` skips ahead to);
    ``regex`` is then only tried there (a pattern led by a look-behind is otherwise tried everywhere)."""

    regex: re.Pattern[str]
    confidence: float
    group: str | int = 0
    anchor: re.Pattern[str] | None = None
    requires: re.Pattern[str] | None = None
    starts: Callable[[str], Iterable[int]] | None = None

    def __post_init__(self) -> None:
        if self.anchor is not None:
            anchor_scan.registered(self.anchor)  # (its leading strings join the one automaton pass over a text)

    def finditer(self, doc: Document) -> Iterator[re.Match[str]]:
        if self.requires is not None and self.requires.search(doc.text) is None:
            return
        if self.starts is not None:
            after = 0
            for start in self.starts(doc.text):
                if start >= after and (match := self.regex.match(doc.text, start)):
                    after = match.end()
                    yield match
            return
        if self.anchor is None:
            yield from self.regex.finditer(doc.text)
            return
        after = 0
        for start in anchor_scan.starts(self.anchor, doc, doc.lower):
            if start < after:
                continue
            match = self.regex.match(doc.text, start)
            if match:
                after = match.end()
                yield match


@dataclass(frozen=True)
class PatternRecogniser:
    """Regular expressions + context words + a validate hook; the span is the pattern's ``group``.

    When ``context`` is given, a match with none of those words within ``window`` characters before
    it loses ``context_penalty`` confidence and is dropped under ``min_confidence``.
    """

    name: str
    category: str
    label: str
    patterns: tuple[Pattern, ...]
    validate: Validator = always
    context: frozenset[str] = frozenset()
    window: int = 60
    context_penalty: float = 0.0
    min_confidence: float = 0.5
    reason: str = ""
    attrs: Callable[[str], tuple[tuple[str, str], ...]] = field(default=lambda text: ())

    def find(self, doc: Document) -> Iterator[Span]:
        for pattern in self.patterns:
            for match in pattern.finditer(doc):
                if match.start() and (doc.text[match.start() - 1].isalnum() or doc.text[match.start() - 1] in "_-"):
                    continue  # every pattern starts a word: checked here, a look-behind would slow the scan
                start, end = match.span(pattern.group)
                if start >= end or not self.validate(match, doc):
                    continue
                confidence = pattern.confidence - self._penalty(doc, start)
                if confidence < self.min_confidence:
                    continue
                mention = doc.text[start:end]
                yield Span(start, end, self.category, self.name, round(confidence, 2), self.label,
                           entity_key(mention), self.reason, self.attrs(mention))

    def _penalty(self, doc: Document, start: int) -> float:
        if not self.context:
            return 0.0
        before = doc.lower[max(0, start - self.window):start]
        return 0.0 if any(word in before for word in self.context) else self.context_penalty
