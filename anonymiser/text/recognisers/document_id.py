"""Document identifiers: SOP-QA-0042, DEV-2023-117, CC-21-0045, WI-PKG-113, VMP/2022/07."""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

RECOGNISER = PatternRecogniser(
    name="document_id",
    category="identifier",
    label="Document",
    reason="Document identifier",
    # "[A-Z][A-Z]{1,5}" is "[A-Z]{2,6}" starting with a character class: ``re`` skips ahead to a capital.
    patterns=(
        Pattern(re.compile(r"[A-Z][A-Z]{1,5}(?:(?:[-/_][A-Z]{1,6})+(?:[-/_]\d{2,6}){1,3}|(?:[-/_]\d{2,6}){2,3})(?:[-/_][A-Z0-9]{1,4})?(?![\w-])"), 0.9),
        Pattern(re.compile(r"\b(?i:deviation|capa|change control|change request|cr|dr|nc|ncr|sop|work instruction|protocol|report|document|doc)[ \t]+(?:no\.?|number|#|ref\.?)?[ \t]*(?P<id>[A-Z]{0,4}-?\d{3,8}(?:[-/]\d{1,4})?)\b"), 0.85, "id",
                re.compile(r"(?:deviation|capa|change c|cr|dr|nc|sop|work i|protocol|report|doc)")),
    ),
)
