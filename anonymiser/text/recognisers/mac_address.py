"""Hardware (MAC) addresses: "02:4C:9E:7A:11:D3", "DE-AD-BE-EF-10-22", "0242.ac11.0002": one device on someone's
network, and its maker's prefix besides."""
from __future__ import annotations

import re

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

_HEX = "[0-9A-Fa-f]"
_PATTERNS = (
    # six pairs, one separator throughout
    re.compile(rf"(?<![\w:.-]){_HEX}{{2}}(?P<sep>[:-])(?:{_HEX}{{2}}(?P=sep)){{4}}{_HEX}{{2}}(?![\w:-])"),
    # three groups of four, as network switches print them
    re.compile(rf"(?<![\w.]){_HEX}{{4}}\.{_HEX}{{4}}\.{_HEX}{{4}}(?![\w.])"),
)


def _not_only_digits_in_dots(match: re.Match[str], doc: Document) -> bool:
    """Three groups of four digits and no letter are a number written in groups ("1234.5678.9012"), not an address."""
    return "." not in match.group() or any(c.isalpha() for c in match.group())


# What every match of each pattern holds from its first separator on, searched for first: a colon or hyphen after two
# hex digits, then five more pairs with a colon or a hyphen between them; a dot after four hex digits, then two more
# groups. (Speed: led by the separator, which ``re`` skips ahead to, the digits before it looked behind at; a time
# "10:30:00" or a date "2024-03-15" holds too few. Led by a class of hex digits, tried at nearly every character.)
_REQUIRES = (
    re.compile(rf"[:-](?<={_HEX}{{2}}[:-])(?:{_HEX}{{2}}[:-]){{4}}{_HEX}{{2}}"),
    re.compile(rf"\.(?<={_HEX}{{4}}\.){_HEX}{{4}}\.{_HEX}{{4}}"),
)

RECOGNISER = PatternRecogniser(
    name="mac_address",
    category="identifier",
    label="Device",
    patterns=tuple(Pattern(p, 0.9, requires=r) for p, r in zip(_PATTERNS, _REQUIRES)),
    validate=_not_only_digits_in_dots,
    reason="Hardware address",
)
