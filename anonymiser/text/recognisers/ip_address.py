"""IPv4 addresses ("10.40.2.17", "192.168.0.12:8080"): a host on someone's network."""
from __future__ import annotations

import re

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"


_NUMBERED = re.compile(r"\b(?:clause|clauses|section|sections|sec|para|paragraph|step|steps|version|ver|rev|revision|release|"
                       r"table|figure|fig|annex|appendix|item|requirement|req|§)\.?[ \t]*$")


def _not_a_version(match: re.Match[str], doc: Document) -> bool:
    """"v1.2.3.4", "1.2.3.4.5", "clause 4.2.1.3" are versions or clause numbers, not addresses (nor
    are four small numbers: an address has a part of two digits or more); 127.0.0.1 is everyone's."""
    if doc.text[max(0, match.start() - 1):match.start()].lower() in ("v", "."):
        return False
    parts = match.group().split(":")[0].split(".")
    if all(len(part) == 1 for part in parts) or parts[0] in ("127", "0", "255"):
        return False  # (loopback, "any" and broadcast addresses name no one's host)
    return not _NUMBERED.search(doc.lower, max(0, match.start() - 15), match.start())


RECOGNISER = PatternRecogniser(
    name="ip_address",
    category="contact",
    label="IP address",
    # (a text without three dots between digits has no address: that cheap test first; "\d\.\d{1,3}\.\d{1,3}\.\d"
    # led by its first dot, which ``re`` skips ahead to, the digit before it looked behind at)
    patterns=(Pattern(re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}(?::\d{{2,5}})?(?![\w]|\.\d)"), 0.85,
                      requires=re.compile(r"\.(?<=\d\.)\d{1,3}\.\d{1,3}\.\d")),),
    validate=_not_a_version,
    reason="IP address",
)
