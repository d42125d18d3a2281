"""HTML-safe snippets: backends mark matches with private-use sentinels; this escapes and marks.

Indexed text has the sentinels removed (see `querytext.clean_text`), so every sentinel in a
backend's output is one the backend placed. The result is escaped text with `<mark>` tags only.
"""
from __future__ import annotations

import html
import re

START = "\ue000"
STOP = "\ue001"
PLAIN_CHARS = 240

_SPACES = re.compile(r"\s+")


def to_html(marked: str) -> str:
    """Escape `marked` and turn sentinel pairs into <mark>...</mark>."""
    escaped = html.escape(_SPACES.sub(" ", marked).strip(), quote=True)
    escaped = escaped.replace(START, "<mark>").replace(STOP, "</mark>")
    return _balance(escaped)


def plain(text: str, limit: int = PLAIN_CHARS) -> str:
    """The opening of a text as an escaped snippet, cut at a word boundary."""
    text = _SPACES.sub(" ", text.replace(START, "").replace(STOP, "")).strip()
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return html.escape(text, quote=True)


def _balance(fragment: str) -> str:
    """Drop a dangling <mark> or </mark> a truncated fragment may leave behind."""
    opened = fragment.count("<mark>") - fragment.count("</mark>")
    if opened > 0:
        return fragment + "</mark>" * opened
    if opened < 0:
        return fragment.replace("</mark>", "", -opened)
    return fragment
