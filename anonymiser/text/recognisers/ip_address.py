"""IPv4 addresses ("10.40.2.17", "192.168.0.12:8080") and networks ("10.40.2.0/24") and IPv6 ones ("2001:db8:4a::17", "fe80::1c2f:3aff:fe10:9b2"):
a host on someone's network."""
from __future__ import annotations

import ipaddress
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


# An IPv6 address: groups of up to four hex digits joined by colons, compressed with "::" or all eight written (a
# time, "10:30:00", a timecode, "01:02:03:04", or a MAC address, "00:1a:2b:3c:4d:5e", is neither). Led by its hex
# digits, the character before looked behind at; a zone ("%eth0") or a port in brackets ("[...]:8080") is not part of it.
_IPV6 = re.compile(r"[0-9A-Fa-f:](?<![\w:.].)[0-9A-Fa-f:]{5,38}(?![\w:]|\.\d)")


def _an_address(match: re.Match[str], doc: Document) -> bool:
    if match.re is _IPV6:
        return _ipv6(match.group())
    return _not_a_version(match, doc)


def _ipv6(token: str) -> bool:
    """Compressed with "::" (two groups or more, one with a digit and one of three or more: not "::1", everyone's
    loopback, C++'s "a::b" nor a mistyped time, "12:00::30") or eight groups written; a valid address to ``ipaddress``."""
    groups = [g for g in token.split(":") if g]
    if ("::" not in token and token.count(":") != 7) or len(groups) < 2 or not any(c.isdigit() for c in token) \
            or max(map(len, groups)) < 3:
        return False
    try:
        address = ipaddress.IPv6Address(token)
    except ValueError:
        return False
    return not (address.is_loopback or address.is_unspecified)


RECOGNISER = PatternRecogniser(
    name="ip_address",
    category="contact",
    label="IP address",
    # (a text without three dots between digits has no address: that cheap test first; "\d\.\d{1,3}\.\d{1,3}\.\d"
    # led by its first dot, which ``re`` skips ahead to, the digit before it looked behind at)
    # (with a port, "192.168.0.12:8080", or a network's prefix length, "10.40.2.0/24": a site's subnet)
    patterns=(Pattern(re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}(?::\d{{2,5}}|/(?:3[0-2]|[12]?\d)(?![\d.]))?(?![\w]|\.\d)"), 0.85,
                      requires=re.compile(r"\.(?<=\d\.)\d{1,3}\.\d{1,3}\.\d")),
              # ("::" or seven groups and their colons, ``::|(?:[0-9A-Fa-f]{1,4}:){7}``, found from a colon, which ``re``
              # skips ahead to: led by a class of characters, the search tried every letter and digit)
              Pattern(_IPV6, 0.85, requires=re.compile(r":(?::|(?<=[0-9A-Fa-f]:)(?:[0-9A-Fa-f]{1,4}:){6})")),),
    validate=_an_address,
    reason="IP address",
)
