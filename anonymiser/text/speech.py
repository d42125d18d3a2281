"""Lines of speech written down without capitals, as speech recognition, captions and dictation write them:
"thanks rashid validation bronwyn", "calling from tiverly packaging".

An uncased line of speech has at most one capitalised word (an acronym in capitals does not count) and no
marks of code or data ("=", '": ', '["'), and the lines around it (three lines with words before, three after)
hold six words or more with at most one capitalised word in twelve and an English small word ("the", "to")
in twelve (words of letters); or it holds 24 words or more itself with an English small word in twelve (a
voicemail's transcript between its headers). It is not in another language. In a meeting transcript's export,
a line is what its speaker said after their label ("[00:01:20] Dunbar, Fraser (Integrator): thanks uche"). Computed once per document (``Document.speech``)
and read by the recognisers of names in such text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from anonymiser.text.languages import ENGLISH_SMALL_WORDS, ForeignLines

# (each run of letters led by one letter: led by a repeat, a pattern gives ``re`` nothing to skip ahead to)
WORD = re.compile(r"[^\W\d_][^\W\d_]*(?:['\u2019][^\W\d_]+)?")
# A word of a capital and lower case ("Bronwyn", "Łukasz"); not an acronym in capitals ("QA", "I").
# (Speed: the look-behind comes after the capital, so ``re`` skips ahead to capitals instead of trying
# every position of every line.)
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž](?<![^\W\d_].)[a-zß-öø-ÿā-ž]")
# ``WORD`` and ``_CAPITALISED`` on a text in ASCII, where a letter (``[^\W\d_]``) is one of A–Z, a–z.
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z]*(?:'[A-Za-z]+)?")
_ASCII_CAPITALISED = re.compile(r"[A-Z](?<![A-Za-z].)[a-z]")
_MIN_WORDS = 6
_SMALL_ONE_IN = 12  # (one English small word in twelve words or more: speech, not a data export)
# Marks of code or data on a line: a JSON, YAML or log line is no speech ("=", '": ', '["').
_CODE_MARKS = re.compile(r"[=<>]|\"[ \t]*:|:[ \t]*\"|\[[ \t]*\"")
# The marks an e-mail client puts before a quoted reply ("> ", ">> "): no mark of code.
_QUOTED = re.compile(r"[ \t]*(?:>[ \t]*)+")
# A speaker's label before what they said, in a meeting transcript's export: a time, then a name of two words or more
# (a comma, a bracket, an organisation) and a colon ("[00:01:20] Dunbar, Fraser (Integrator): ", "14:02 Ama Owusu: ").
# Not a form's field ("Experiment: "), whose value is no speech, nor a chat's first name ("[07:55] Huw: "), whose
# messages are written, not said.
_SPEAKER_LABEL = re.compile(r"[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?[ \t]+"
                            r"[^\W\d_]+(?:[ .,'\u2019()&-]+[^\W\d_]+){1,6}[).]?:[ \t]+(?=\S)")
_NEAR = 3
_ALONE = 24  # (words on a line that is speech whatever the lines around it are)
_CAPITALS_ONE_IN = 12


class SpeechLines:
    """The uncased lines of speech of a text: ``lines`` as ``(start, line)``, in order; ``contains(offset)``."""

    def __init__(self, text: str, foreign: ForeignLines) -> None:
        lines: list[tuple[int, str]] = []  # (where each line that is not blank starts, after a speaker's label; the line)
        start = 0
        for line in text.split("\n"):
            if line and not line.isspace():
                # (what a speaker says after the label a transcript gives them: "[00:01:49] Sandhu, Harpreet (QA):
                # can you put that in the chat fraser" is speech without capitals after its label)
                said = label.end() if (label := _SPEAKER_LABEL.match(line)) else 0
                lines.append((start + said, line[said:]))
            start += len(line) + 1
        # (Speed: a line in ASCII, most lines, is read with classes of ASCII letters, which ``re`` tests from a
        # table instead of asking the Unicode database about each character: the same words, the same capitals)
        ascii_lines = [line.isascii() for _, line in lines]
        words = [(_ASCII_WORD if plain else WORD).findall(line) for (_, line), plain in zip(lines, ascii_lines)]
        sizes = [len(found) for found in words]
        capitals = [len((_ASCII_CAPITALISED if plain else _CAPITALISED).findall(line))
                    for (_, line), plain in zip(lines, ascii_lines)]
        # (the lines around a line are those with words: a caption file's cue numbers and timings, "9",
        # "00:00:48,450 --> 00:00:52,100", stand between its lines of speech)
        worded = [i for i, size in enumerate(sizes) if size]
        self.lines: list[tuple[int, str]] = []
        for at, i in enumerate(worded):
            start, line = lines[i]
            quoted = _QUOTED.match(line)
            if capitals[i] <= 1 and not _CODE_MARKS.search(line, quoted.end() if quoted else 0) \
                    and not foreign.in_foreign(start):
                # (a long line on its own, as a voicemail's transcript between headers; or with the lines around
                # it: a caption line holds two or three words)
                alone = sizes[i] >= _ALONE and _spoken([words[i]]) * _SMALL_ONE_IN >= sizes[i]
                near = worded[max(0, at - _NEAR):at + _NEAR + 1]
                count = sum(sizes[j] for j in near)
                if alone or count >= _MIN_WORDS and sum(capitals[j] for j in near) * _CAPITALS_ONE_IN <= count \
                        and _spoken(words[j] for j in near) * _SMALL_ONE_IN >= count:
                    self.lines.append((start, line))
        self._starts = [start for start, _ in self.lines]

    def contains(self, offset: int) -> bool:
        """Whether ``offset`` is on an uncased line of speech."""
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset <= self._starts[i] + len(self.lines[i][1])


def _spoken(lines: Iterable[list[str]]) -> int:
    """How many of the words are English small words ("the", "and", "to", "is"): speech has many."""
    return sum(w.lower() in ENGLISH_SMALL_WORDS for words in lines for w in words)
