"""The name of a podcast, a radio programme or a video series, as its transcripts and show notes write it: the host's
"welcome back to Hopper Hour", an episode's title line "HOPPER HOUR - Episode 12: ...", "Cleanroom
Confidential, episode 7", "produced for The Batch Record". A show names its makers as surely as a product does.

Only in a text that says it is a show (an episode, a podcast): "welcome to Quality Week" in a site's memo
stays. Two to five capitalised words (small words between them: "of", "and", "the"), or a title in capitals before
"Episode" and its number; not a place or a trade's words alone ("Welcome to Leeds", "welcome back to Line Two").
``learn`` then teaches its other mentions, in capitals or not.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.recognisers.word_as_name import habitual_words
from anonymiser.text.spans import Span, entity_key

NAME = "show_name"
# (a word of the title: a capital and lower case, or capitals; small words between them)
_WORD = r"[A-Z][A-Za-z0-9'\u2019&-]*"
_TITLE = rf"(?P<n>(?:The[ ])?{_WORD}(?:[ ](?:(?:of|and|the|&|in|on|for|at)[ ])?{_WORD}){{1,4}})"
# The host's welcome: "welcome back to Hopper Hour, I'm ...", "Welcome to The Batch Record." (led by the
# word's first letter, which ``re`` skips ahead to, the word's start looked behind at)
_WELCOME = re.compile(rf"[Ww](?<![\w-].)elcome(?:[ \t]+back)?[ \t]+to[ \t]+{_TITLE}(?=[ \t]*(?:[,.!:;\u2013\u2014-]|$|\n))")
# An episode's title: "HOPPER HOUR - Episode 12", "Cleanroom Confidential, episode 7", "The Batch Record (Ep. 12)",
# "Episode #7" (found from the word for an episode, the title looked back for on its line; not a bare "#3", which numbers
# an action, an item, a ticket).
_EPISODE = re.compile(r"(?i:episode|ep\.?)[ \t]*#?\d{1,4}\b")
_TITLE_BEFORE = re.compile(rf"(?:^|(?<=[\n|\"\u201c]))[ \t]*{_TITLE}[ \t]*(?:[-\u2013\u2014:,|(][ \t]*)?$")
# What says a text is a show's: its episodes, its podcast (not "listening", "listeners", "on air", which a meeting or a
# memo says: "Welcome back to Monday Huddle. We are listening").
_SHOW_WORDS = re.compile(r"\b(?i:episode|podcast)")


class ShowNameRecogniser:
    name = NAME

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        if _SHOW_WORDS.search(text) is None:
            return
        for m in _WELCOME.finditer(text):
            if _a_name(m.group("n")):
                yield self._span(m.start("n"), m.end("n"), m.group("n"), "A show's name, as its host welcomes listeners to it")
        for m in _EPISODE.finditer(text):
            line_start = text.rfind("\n", max(0, m.start() - 80), m.start()) + 1
            if (title := _TITLE_BEFORE.search(text, max(line_start, m.start() - 80), m.start())) and _a_name(title.group("n")):
                yield self._span(title.start("n"), title.end("n"), title.group("n"), "A show's name before an episode's number")

    def _span(self, start: int, end: int, name: str, reason: str) -> Span:
        return Span(start, end, "product", self.name, 0.7, "Product", entity_key(name), reason)


def _a_name(title: str) -> bool:
    """Not a place's or a trade's words alone ("Line Two", "Quality Week", "North West England")."""
    words = [w.lower() for w in title.split() if w[:1].isupper()]
    return not all(w in habitual_words() or w.isdigit() for w in words)


RECOGNISER = ShowNameRecogniser()
