"""Markdown rendering of redacted text, and its per-process cache keyed by the text."""
from __future__ import annotations

from exchange.web import rendering
from exchange.web.rendering import markdown


def test_a_text_rendered_twice_is_rendered_once():
    text = "A story about **cobots** at [Organisation A] (rendering cache test)."
    first = markdown(text)
    hits = rendering._rendered.cache_info().hits
    assert markdown(text) == first
    assert rendering._rendered.cache_info().hits == hits + 1


def test_a_new_revision_text_is_rendered_afresh_not_served_from_the_cache():
    old = markdown("Changeover fell to **forty** minutes.")
    new = markdown("Changeover fell to **thirty** minutes.")
    assert "<strong>forty</strong>" in old
    assert "<strong>thirty</strong>" in new and "forty" not in new


def test_cached_html_is_still_sanitised_and_marks_placeholders():
    text = "<script>alert(1)</script> [link](https://example.com) at [Site B]"
    for html in (markdown(text), markdown(text)):
        assert "<script" not in html and "href" not in html
        assert '<mark class="placeholder">[Site B]</mark>' in html


def test_a_very_long_text_is_rendered_without_being_cached():
    text = "word " * (rendering.CACHED_CHARS // 5 + 10)
    size = rendering._rendered.cache_info().currsize
    assert "word" in markdown(text)
    assert rendering._rendered.cache_info().currsize == size


def test_empty_text_renders_empty():
    assert markdown("") == "" and markdown(None) == ""  # type: ignore[arg-type]
