"""Internal project, programme and system code names: "Project Falcon", "codenamed Osprey", "we call it
Spindrift"; not a role or a
body of the project ("Project Manager", "Programme Board", "Project Final Report")."""
from __future__ import annotations

import re

from anonymiser.text.document import NAME_GAP, Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser
from anonymiser.text.recognisers.person_cues import ROLE_WORDS

_NAME = rf"[A-Z][\w-]*(?:{NAME_GAP}[A-Z][\w-]*){{0,2}}"
# Words after "Project" that make a role, a body or a document of the project, not its name.
_NOT_NAMES = ROLE_WORDS | frozenset("""board office team sponsor sponsors phase phases stage stages plan plans charter
    report reports final design review reviews update updates status summary overview scope budget brief closure
    management governance steering committee group meeting meetings we the our this""".split())


# "we call it Spindrift", "the team calls it Kestrel", "which we called \"Greenhouse\"" (the caller is checked
# by ``_a_name``: "they called Bob" is no name given to a thing)
_CALLED = re.compile(rf"call(?:s|ed)?(?:[ \t]+(?P<obj>it|them|this|the[ \t]+\w+))?,?[ \t]+[\"'\u201c\u2018]?(?P<n>{_NAME})")
_NAMER = re.compile(r"(?i:(?:\b(?:we|they|everyone)|the[ \t]+team|the[ \t]+operators)[ \t]+(?:now[ \t]+|all[ \t]+)?)$")
_WHICH_NAMER = re.compile(r"(?i:\b(?:which|that)[ \t]+(?:we|they)[ \t]+(?:have[ \t]+)?)$")
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
                      "august september october november december christmas easter".split())


def _a_name(match: re.Match[str], doc: Document) -> bool:
    words = match.group("n").split()
    if match.re is _CALLED:
        namer = _NAMER if match.group("obj") else _WHICH_NAMER
        if words[0].lower() in _CALENDAR or not namer.search(doc.text, max(0, match.start() - 24), match.start()):
            return False
    return words[0].lower() not in _NOT_NAMES and "\n" not in doc.text[match.start():match.start("n")]


RECOGNISER = PatternRecogniser(
    name="project_name",
    category="product",
    label="Project",
    reason="Internal project or system code name",
    validate=_a_name,
    patterns=(
        Pattern(re.compile(rf"\b(?:Project|Programme|Program|Operation|Initiative){NAME_GAP}(?P<n>{_NAME})"), 0.9, 0, re.compile(r"(?:project|program|operation|initiative)")),
        Pattern(re.compile(rf"(?i:code[- ]?named?|known internally as|internally called|dubbed|nicknamed)[ \t]+[\"']?(?P<n>{_NAME})"), 0.9, "n",
                re.compile(r"code|known internally|internally called|dubbed|nicknamed")),
        Pattern(_CALLED, 0.85, "n", re.compile(r"call")),
    ),
)
