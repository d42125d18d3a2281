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
        # "change request CR#4471", "NCR 24-0113", "OOS no.: 24-017", "Deviation #4471": a record's kind, then its number
        # (not a year alone: "the report 2024")
        Pattern(re.compile(r"\b(?i:deviation|capa|change control|change request|cr|dr|nc|ncr|oos|oot|sop|work instruction|"
                           r"protocol|report|document|doc)(?:[ \t]+|(?=#))(?:(?:no\.?|number|#|ref\.?)[ \t]*:?)?[ \t]*"
                           r"(?P<id>(?!(?:19|20)\d\d(?![\w/-]))[A-Z]{0,4}-?(?:\d\d[-/])?\d{3,8}(?:[-/]\d{1,4})?)\b"), 0.85, "id",
                re.compile(r"(?:deviation|capa|change c|cr|dr|nc|oo|sop|work i|protocol|report|doc)")),
    ),
)
