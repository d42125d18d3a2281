"""An Atom 1.0 (RFC 4287) document of a saved search's newest matches, built with the standard
library's serialiser (which escapes every text and attribute); characters XML 1.0 cannot hold
are dropped first. Only redacted index text (titles, snippets) and publication times go in."""
from __future__ import annotations

import re
# The standard library's ElementTree only builds and serialises here; nothing is ever parsed.
import xml.etree.ElementTree as ET  # nosec B405
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from exchange.domain.saved_search_matches import Match
from exchange.domain.saved_searches import SavedSearchInfo

ATOM = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml"
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class FeedLinks:
    feed_url: str
    """The feed's own address (with its token: the reader already holds it)."""
    page_url: str
    """Where a signed-in member runs the search in the library."""
    case_url: Callable[[int], str]
    feed_id: str
    """A permanent id that does not contain the token."""


def render(saved: SavedSearchInfo, matches: list[Match], links: FeedLinks) -> bytes:
    ET.register_namespace("", ATOM)
    feed = ET.Element(_q("feed"))
    _text(feed, "id", links.feed_id)
    _text(feed, "title", f"The Exchange — saved search: {saved.name}")
    _text(feed, "subtitle", "Newly published, anonymised case studies matching this search.")
    updated = max((m.published_at for m in matches), default=saved.created_at)
    _text(feed, "updated", _time(updated))
    author = ET.SubElement(feed, _q("author"))
    _text(author, "name", "The Exchange")
    ET.SubElement(feed, _q("link"), rel="self", type=MEDIA_TYPE, href=_clean(links.feed_url))
    ET.SubElement(feed, _q("link"), rel="alternate", type="text/html", href=_clean(links.page_url))
    _text(feed, "generator", "The Exchange")
    for match in matches:
        entry = ET.SubElement(feed, _q("entry"))
        url = links.case_url(match.id)
        _text(entry, "id", url)
        _text(entry, "title", match.title or f"Case study {match.id}")
        ET.SubElement(entry, _q("link"), rel="alternate", type="text/html", href=_clean(url))
        _text(entry, "published", _time(match.published_at))
        _text(entry, "updated", _time(match.published_at))
        if match.snippet:
            summary = _text(entry, "summary", match.snippet)  # escaped HTML with <mark>: type html
            summary.set("type", "html")
    body: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return body


def _q(tag: str) -> str:
    return f"{{{ATOM}}}{tag}"


def _text(parent: ET.Element, tag: str, value: str) -> ET.Element:
    element = ET.SubElement(parent, _q(tag))
    element.text = _clean(value)
    return element


def _clean(value: str) -> str:
    return _NOT_XML.sub("", value)


def _time(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")
