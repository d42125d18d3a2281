"""From a resolved span to its replacement, by the policy's action for the span's category."""
from __future__ import annotations

from anonymiser.text.operators.generalise import generalise
from anonymiser.text.operators.placeholder import Placeholders
from anonymiser.text.operators.redact import redact
from anonymiser.text.spans import Span

_CODES = frozenset({"identifier", "product"})


def replacement(span: Span, action: str, text: str, placeholders: Placeholders) -> tuple[str, str]:
    """``(action actually taken, replacement text)``."""
    if action == "keep":
        return "keep", text[span.start:span.end]
    # (what an amount's span took in that says nothing of it stays after its replacement: " per annum", "/hr")
    kept = span.attr("per") if span.category == "money" else ""
    if action == "redact":
        return "redact", redact() + kept
    if action == "generalise":
        general = generalise(span, text)
        if general is not None:
            return "generalise", general + kept
    if span.category in _CODES and any(c.isdigit() for c in span.key):
        return "placeholder", placeholders.code(span.label, span.key)
    return "placeholder", placeholders.get(span.label, span.key) + kept
