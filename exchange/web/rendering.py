"""Markdown to safe HTML for reading pages: markdown-it (no raw HTML) then nh3 sanitising.

Rendering a case study's story costs several milliseconds of CPU, and a published revision's
text never changes, so the result is kept in a per-process LRU keyed by the text itself: a new
revision (different text) is rendered afresh, and nothing has to be invalidated.
"""
from __future__ import annotations

import re
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

_md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
_ALLOWED = {"p", "br", "strong", "em", "ul", "ol", "li", "h1", "h2", "h3", "h4", "blockquote", "code", "pre",
            "table", "thead", "tbody", "tr", "th", "td", "hr", "mark"}
_PLACEHOLDER = re.compile(r"\[(?:[A-Z][a-z]+)(?: [a-z]+)* [A-Z]{1,3}\]")
CACHED_TEXTS = 2048  # about 2 × 5 KB of HTML per case: ~20 MB per process at most
CACHED_CHARS = 200_000  # longer texts are rendered every time rather than held


def markdown(text: str) -> Markup:
    """Render redacted Markdown; links are dropped (a redacted case links nowhere) and every
    placeholder such as ``[Organisation A]`` is marked so readers see what was redacted."""
    text = text or ""
    return _rendered(text) if len(text) <= CACHED_CHARS else _render(text)


@lru_cache(maxsize=CACHED_TEXTS)
def _rendered(text: str) -> Markup:
    return _render(text)


def _render(text: str) -> Markup:
    html = nh3.clean(_md.render(text), tags=_ALLOWED, attributes={"mark": {"class"}})
    # Safe: nh3 has sanitised the HTML, and a placeholder match holds letters, spaces and brackets only.
    return Markup(_PLACEHOLDER.sub(lambda m: f'<mark class="placeholder">{m.group(0)}</mark>', html))  # nosec B704
