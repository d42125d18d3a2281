"""What a text anonymisation run returns: the redacted text and a report of every change."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Finding:
    """One span of the original text that was acted on.

    ``start``/``end`` index the normalised source text (``AnonymisationResult.source_text``);
    ``redacted_start``/``redacted_end`` index the redacted text. ``original`` is raw content:
    it must never be logged or shown to anyone but the contributing organisation.
    """

    start: int
    end: int
    redacted_start: int
    redacted_end: int
    original: str
    category: str
    recogniser: str
    confidence: float
    action: str
    replacement: str
    reason: str = ""

    def __init__(self, start: int, end: int, redacted_start: int, redacted_end: int, original: str, category: str,
                 recogniser: str, confidence: float, action: str, replacement: str, reason: str = "") -> None:
        # (Speed, as ``Span.__init__``: one finding per replacement. It takes the fields above, in order.)
        fields = vars(self)
        fields["start"] = start
        fields["end"] = end
        fields["redacted_start"] = redacted_start
        fields["redacted_end"] = redacted_end
        fields["original"] = original
        fields["category"] = category
        fields["recogniser"] = recogniser
        fields["confidence"] = confidence
        fields["action"] = action
        fields["replacement"] = replacement
        fields["reason"] = reason


@dataclass(frozen=True)
class ResidualWarning:
    """Something left in the redacted text that a human should look at."""

    start: int
    end: int
    text: str
    kind: str
    message: str


@dataclass(frozen=True)
class AnonymisationResult:
    text: str
    source_text: str
    findings: tuple[Finding, ...] = ()
    warnings: tuple[ResidualWarning, ...] = field(default_factory=tuple)

    def report(self, *, include_original: bool = False) -> dict[str, Any]:
        """A JSON-serialisable report. Without ``include_original`` it holds redacted-side data only."""
        findings = []
        for f in self.findings:
            item = asdict(f)
            if not include_original:
                for key in ("original", "start", "end"):
                    item.pop(key)
            findings.append(item)
        return {
            "findings": findings,
            "warnings": [asdict(w) for w in self.warnings],
            "counts": self.counts(),
        }

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for f in self.findings:
            counts[f.category] = counts.get(f.category, 0) + 1
        return dict(sorted(counts.items()))
