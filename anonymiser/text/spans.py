"""A candidate span proposed by a recogniser, before overlap resolution and operators."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

CATEGORIES = (
    "organisation", "person", "place", "product", "identifier",
    "contact", "money", "date", "quantity", "declared", "name",
)
# Not a category of findings: what a recogniser was unsure of and a human should check (the engine turns such spans
# into residual-risk warnings; nothing is replaced).
REVIEW = "review"


@dataclass(frozen=True)
class Span:
    """``start``/``end`` index the normalised text; ``key`` names the entity (same key, same placeholder).

    ``label`` is the placeholder's word (``Organisation``, ``Code``, ``Email``...); ``attrs`` carries
    what a generalising operator needs (a region, an amount, a month).
    """

    start: int
    end: int
    category: str
    recogniser: str
    confidence: float
    label: str
    key: str
    reason: str = ""
    attrs: tuple[tuple[str, str], ...] = field(default=())

    def __init__(self, start: int, end: int, category: str, recogniser: str, confidence: float, label: str, key: str,
                 reason: str = "", attrs: tuple[tuple[str, str], ...] = ()) -> None:
        # (Speed: the generated one sets each field through ``object.__setattr__``, twice as slow, and
        # recognisers make hundreds of spans per page. It takes the fields above, in order, with their defaults;
        # each is set in the instance's dict directly, a third faster than one ``update`` with keywords.)
        fields = vars(self)
        fields["start"] = start
        fields["end"] = end
        fields["category"] = category
        fields["recogniser"] = recogniser
        fields["confidence"] = confidence
        fields["label"] = label
        fields["key"] = key
        fields["reason"] = reason
        fields["attrs"] = attrs

    @property
    def length(self) -> int:
        return self.end - self.start

    def moved(self, start: int, end: int) -> Span:
        """This span over ``start:end`` (``dataclasses.replace`` without its field-by-field work: thousands a page)."""
        return Span(start, end, self.category, self.recogniser, self.confidence, self.label, self.key, self.reason,
                    self.attrs)

    def rekeyed(self, key: str) -> Span:
        """This span naming the entity ``key``."""
        return Span(self.start, self.end, self.category, self.recogniser, self.confidence, self.label, key,
                    self.reason, self.attrs)

    def attr(self, name: str, default: str = "") -> str:
        for key, value in reversed(self.attrs):  # the last one, as dict(self.attrs) would keep
            if key == name:
                return value
        return default


@lru_cache(maxsize=8192)
def entity_key(text: str) -> str:
    """A canonical form of a mention: case, whitespace, hyphens and possessives folded.

    Cached: every recogniser keys every span with it, and the same names recur across documents."""
    folded = " ".join(text.replace("-", " ").replace("_", " ").split()).casefold()
    for suffix in ("'s", "s'"):
        if folded.endswith(suffix):
            folded = folded[: -len(suffix) + (1 if suffix == "s'" else 0)]
    return folded.strip(" .,'\"")


def coverage(length: int, groups: Iterable[tuple[Iterable[Span], int]]) -> bytearray:
    """For each character of a text of ``length``, the mark of the group of findings over it (0: none). The
    groups are written in order: where findings of two groups overlap, the later group's mark stands."""
    covered = bytearray(length)
    for spans, mark in groups:
        code = bytes((mark,))
        for span in spans:
            covered[span.start:span.end] = code * (span.end - span.start)
    return covered
