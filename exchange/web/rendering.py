"""Markdown to safe HTML for reading pages: markdown-it (no raw HTML) then nh3 sanitising."""
from __future__ import annotations

import re

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

_md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
_ALLOWED = {"p", "br", "strong", "em", "ul", "ol", "li", "h1", "h2", "h3", "h4", "blockquote", "code", "pre",
            "table", "thead", "tbody", "tr", "th", "td", "hr", "mark"}
_PLACEHOLDER = re.compile(r"\[(?:[A-Z][a-z]+)(?: [a-z]+)* [A-Z]{1,3}\]")


def markdown(text: str) -> Markup:
    """Render redacted Markdown; links are dropped (a redacted case links nowhere) and every
    placeholder such as ``[Organisation A]`` is marked so readers see what was redacted."""
    html = nh3.clean(_md.render(text or ""), tags=_ALLOWED, attributes={"mark": {"class"}})
    # Safe: nh3 has sanitised the HTML, and a placeholder match holds letters, spaces and brackets only.
    return Markup(_PLACEHOLDER.sub(lambda m: f'<mark class="placeholder">{m.group(0)}</mark>', html))  # nosec B704
