"""Internal project, programme and system code names: "Project Falcon", "codenamed Osprey"."""
from __future__ import annotations

import re

from anonymiser.text.document import NAME_GAP
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

_NAME = rf"[A-Z][\w-]*(?:{NAME_GAP}[A-Z][\w-]*){{0,2}}"

RECOGNISER = PatternRecogniser(
    name="project_name",
    category="product",
    label="Project",
    reason="Internal project or system code name",
    patterns=(
        Pattern(re.compile(rf"\b(?:Project|Programme|Program|Operation|Initiative){NAME_GAP}(?P<n>{_NAME})"), 0.9, 0, re.compile(r"(?:project|program|operation|initiative)")),
        Pattern(re.compile(rf"(?i:code[- ]?named?|known internally as|internally called|dubbed|nicknamed)[ \t]+[\"']?(?P<n>{_NAME})"), 0.9, "n",
                re.compile(r"code|known internally|internally called|dubbed|nicknamed")),
    ),
)
