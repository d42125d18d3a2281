"""A learned second opinion on people: a logistic-regression classifier over the words the rules left.

The rule recognisers find people by cue ("said", "Dr", a sign-off, a known given name); on text written
by someone else each new position of a name ("Thank you, Kelvin.", a nickname, a sign-off cell) needs a
new rule. This model scores every capitalised word the first pass left uncovered by how much it looks
like part of a person's name: its shape, whether a dictionary or the name lists know it, whether the
text also writes it in lower case, the words and punctuation around it, and what the rules found
next to it. Words scoring over the threshold become person spans (neighbouring ones joined); those
scored with confidence (``SURE_GUESS``; ``learn`` asks ``unsure``) teach the second pass their other
mentions, like the rules' names. The rules' knowledge vetoes some (``_span``).

The weights (data/person_model.json.gz) are trained by ``build_person_model.py`` on the development
texts of the evaluation corpus; features name a word itself only when it is an everyday word (a
dictionary word or one of three letters or fewer), so what the model learns is context and shape,
not the corpus's names. Inference is a sum of weights: no learning library is needed at run time.
"""
from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from anonymiser.text.data import english_words, uk_place_names
from anonymiser.text.data import words as words_of
from anonymiser.text.document import Document
from anonymiser.text.recognisers.person import not_initials
from anonymiser.text.recognisers.person_names import NAMED_THING, broad_given_names, given_name_words, is_given_name
from anonymiser.text.recognisers.word_as_name import habitual_words
from anonymiser.text.spans import Span, entity_key

NAME = "person_model"
MODEL_FILE = "person_model.json.gz"

# A word: letters, then letters, digits, apostrophes, hyphens or underscores, ending in a letter or digit.
TOKEN = re.compile(r"[^\W\d_](?:[\w'\u2019-]*[^\W_])?")
_POSSESSIVE = ("'s", "\u2019s")
_CONTEXT = (-2, -1, 1, 2)
# Rule categories as the model sees them beside a word; the rest count as "other".
_RULE_CATEGORIES = ("person", "organisation", "place", "name", "declared", "product")


class Token(NamedTuple):
    start: int
    end: int
    text: str
    lower: str


def tokens(text: str) -> list[Token]:
    """The words of ``text``, a possessive "'s" left off."""
    out: list[Token] = []
    for m in TOKEN.finditer(text):
        word, end = m.group(), m.end()
        if len(word) > 3 and word[-2:].lower() in _POSSESSIVE:
            word, end = word[:-2], end - 2
        out.append(Token(m.start(), end, word, word.lower()))
    return out


def is_candidate(token: Token) -> bool:
    """A word the model is asked about: one with a capital letter, or a known given name in lower case
    ("thanks kelvin"); never a single letter, the trade's acronyms and "TBC", nor a word that is no one's
    name alone (a place, a trade word, a famous name: ``habitual_words``)."""
    return _candidate_word(token.text)


@lru_cache(maxsize=65536)  # (the same words recur on every page)
def _candidate_word(word: str) -> bool:
    if len(word) < 2 or word in not_initials() or word.lower() in habitual_words():
        return False
    if not word.islower():
        return True
    return len(word) >= 3 and word not in english_words() and is_given_name(word.capitalize())


def coverage(length: int, found: Sequence[Span]) -> bytearray:
    """For each character, 1 + the index of the rule category covering it (``_RULE_CATEGORIES``, then
    "other" for any other category), or 0."""
    codes = bytearray(length)
    other = len(_RULE_CATEGORIES) + 1
    for span in found:
        code = _RULE_CATEGORIES.index(span.category) + 1 if span.category in _RULE_CATEGORIES else other
        codes[span.start:span.end] = bytes([code]) * (span.end - span.start)
    return codes


def _covered(codes: bytearray, token: Token) -> int:
    """The rule category over a token's first letter (0 when none)."""
    return codes[token.start]


@lru_cache(maxsize=65536)
def _shape(word: str) -> str:
    """"McDonagh" → "XxXx", "JT" → "X", "O'Neill" → "X'Xx", "jmcdonagh" → "x"."""
    out: list[str] = []
    for ch in word:
        kind = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


def _everyday(lower: str) -> bool:
    return len(lower) <= 3 or lower in english_words()


@lru_cache(maxsize=65536)
def _word_features(prefix: str, word: str) -> tuple[str, ...]:
    """A neighbouring word's features (by word: the same words recur)."""
    lower = word.lower()
    feats = [f"{prefix}w={lower}" if _everyday(lower) else f"{prefix}shape={_shape(word)}"]
    if word[:1].isupper():
        if is_given_name(word):
            feats.append(f"{prefix}given")
        if lower in words_of("surname_words.txt") or (lower not in english_words() and not is_given_name(word)):
            feats.append(f"{prefix}unknown")
    return tuple(feats)


def _gap(text: str, end: int, start: int) -> str:
    """What stands between two words, spaces folded: ", ", "\\n", " (", " & "."""
    gap = text[end:start]
    if "\n" in gap:
        return "NL" + "".join(c for c in gap if not c.isspace())[:3]
    return "".join("_" if c.isspace() else c for c in gap)[:4]


@dataclass(frozen=True)
class Context:
    """What the whole text says about its words."""

    lower_words: frozenset[str]  # written in lower case somewhere: an everyday word of this text
    address_parts: frozenset[str]  # parts of e-mail addresses' local parts ("kelvin", "obi")
    mid_sentence: frozenset[str]  # written capitalised inside a sentence somewhere
    introduced: frozenset[str]  # acronyms introduced in brackets: "Data Integrity Lead (DIL)"

    @classmethod
    def of(cls, text: str, words: Sequence[Token]) -> Context:
        parts = {part.lower() for m in _LOCAL_PART.finditer(text) for part in re.split(r"[._+-]", m.group(1)) if len(part) >= 2}
        mid = {t.lower for i, t in enumerate(words)
               if i and t.text[:1].isupper() and _gap(text, words[i - 1].end, t.start) in ("_", ",_", "")}
        return cls(frozenset(t.lower for t in words if t.text.islower()), frozenset(parts),
                   frozenset(mid), frozenset(_INTRODUCED.findall(text)))

    def asks(self, token: Token) -> bool:
        """Whether the model is asked about ``token``: a candidate, and no acronym the text introduces."""
        return is_candidate(token) and token.text not in self.introduced


_INTRODUCED = re.compile(r"\(([A-Z][A-Z0-9&]{1,7})\)")
_LOCAL_PART = re.compile(r"(?<![\w.+-])([\w.+-]+)@[\w-]+\.")  # (from a run's start: a long run is read once)


_PREFIXES = {offset: f"{offset}:" for offset in _CONTEXT}


@lru_cache(maxsize=65536)
def _own_features(word: str) -> tuple[str, ...]:
    """A word's features that depend on the word alone (by word: the same words recur)."""
    lower = word.lower()
    feats = ["bias", f"shape={_shape(word)}", f"len={min(len(word), 12)}"]
    if lower in english_words():
        feats.append("dict")
        feats.append(f"w={lower}")
    elif len(lower) <= 3:
        feats.append(f"w={lower}")
    else:
        feats.append(f"suf3={lower[-3:]}")
        feats.append(f"suf2={lower[-2:]}")
    if is_given_name(word):
        feats.append("given")
    if lower in given_name_words():
        feats.append("given_word")
    if lower in broad_given_names() or word in broad_given_names():
        feats.append("given_exact")
    if lower in words_of("surname_words.txt"):
        feats.append("surname_word")
    if lower in uk_place_names():
        feats.append("place")
    return tuple(feats)


def features(text: str, words: Sequence[Token], i: int, codes: bytearray, context: Context) -> list[str]:
    """The features of word ``i`` of ``text``: its own, then its neighbours'."""
    token = words[i]
    lower = token.lower
    feats = list(_own_features(token.text))
    if lower in context.lower_words:
        feats.append("lower_elsewhere")
    if lower in context.address_parts:
        feats.append("in_address")
    if lower in context.mid_sentence:
        feats.append("mid_sentence")
    # (what comes before and after on the line, read only across the spaces: a line may be the whole text)
    at = token.start - 1
    while at >= 0 and text[at] != "\n" and text[at].isspace():
        at -= 1
    if at < 0 or text[at] == "\n":
        feats.append("line_start")
    elif text[at] in ".!?":
        feats.append("sentence_start")
    at = token.end
    while at < len(text) and text[at] != "\n" and text[at].isspace():
        at += 1
    if at == len(text) or text[at] == "\n":
        feats.append("line_end")
    for offset in _CONTEXT:
        j = i + offset
        if not 0 <= j < len(words):
            feats.append(f"{offset}:edge")
            continue
        other = words[j]
        feats.extend(_word_features(_PREFIXES[offset], other.text))
        if code := _covered(codes, other):
            feats.append(f"{offset}:rule={code}")
        if abs(offset) == 1:
            gap = _gap(text, token.end, other.start) if offset > 0 else _gap(text, other.end, token.start)
            feats.append(f"{offset}:gap={gap}")
            feats.append(f"{offset}:gap={gap}|shape={_shape(other.text)}")
    return feats


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, feats: Sequence[str]) -> float:
        score = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@cache
def model() -> Model:
    raw = resources.files("anonymiser.text.data").joinpath(MODEL_FILE).read_bytes()
    data = json.loads(gzip.decompress(raw).decode("utf-8"))
    return Model(data["weights"], data["bias"], data["threshold"])


@dataclass(frozen=True)
class PersonModel:
    name: str = NAME

    def find(self, doc: Document) -> Iterator[Span]:
        """On its own, with no rule findings to read beside it."""
        return self.find_among(doc, ())

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        text, m = doc.text, model()
        words = tokens(text)
        codes = coverage(len(text), found)
        context = Context.of(text, words)
        run: list[tuple[Token, float]] = []
        for i, token in enumerate(words):
            if codes[token.start] or not context.asks(token):
                continue
            p = m.probability(features(text, words, i, codes, context))
            if p < m.threshold:
                continue
            if run and _joins(text, run[-1][0], token):
                run.append((token, p))
                continue
            if run and (span := _span(text, run)):
                yield span
            run = [(token, p)]
        if run and (span := _span(text, run)):
            yield span


def _joins(text: str, previous: Token, token: Token) -> bool:
    """Two scored words of one name: only a space or a hyphen between them."""
    return text[previous.end:token.start] in (" ", "-")


# "a Cooper", "the Bishop": a thing or a role; "Alan Turing Institute": a name of a thing.
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(?:[Aa]n?|[Tt]he)[ \t]+$")
# "CN=Ravi", "FN:Dr Ada Obi", "Mozilla/5.0": a record's key or a program's name, not a person.
_KEY_AFTER = re.compile(r"=|:[^\s/]|/\d")
_NEXT_CAPITALISED = re.compile(r"[ \t]+[A-Z][\w'\u2019-]*")
# A lone everyday word, a lone word in lower case or lone capitals are taken only on strong evidence
# ("thanks kwame" but not "très bien", "KD" signing a record but not "DPO").
_LONE_WORD_THRESHOLD = 0.85


def _span(text: str, run: Sequence[tuple[Token, float]]) -> Span | None:
    """The person span over a run of scored words; ``None`` when the rules' knowledge says no: an article
    stands before it ("a Cooper"), capitalised words after it name a thing ("Alan Turing Institute"), a key's
    "=" or ":" follows it ("CN=", "FN:Ada"), or
    it is one word that is a given name and also a word ("Hope in vain"), or an everyday word or a word
    in lower case scored without strong evidence."""
    start, end = run[0][0].start, run[-1][0].end
    confidence = min(p for _, p in run)
    if _ARTICLE_BEFORE.search(text, max(0, start - 5), start) or _names_a_thing(text, end) or _KEY_AFTER.match(text, end):
        return None
    if len(run) == 1:
        word, lower = run[0][0].text, run[0][0].lower
        if "-" in word and all(part in english_words() and not is_given_name(part.capitalize()) for part in lower.split("-")):
            return None  # "Write-Log", "Test-Path", "Content-Type": words of code, no double-barrelled name
        # (an everyday word, a word in lower case or two or three capitals alone: "DPO", "FX")
        weak = lower in english_words() or word.islower() or (word.isupper() and len(word) <= 3)
        if lower in given_name_words() or (weak and confidence < _LONE_WORD_THRESHOLD):
            return None
    return Span(start, end, "person", NAME, round(confidence, 2), "Person", entity_key(text[start:end]),
                "Scored as a person's name by the learned model")


def _names_a_thing(text: str, end: int) -> bool:
    """Whether a word of a thing ("Institute", "Building") follows, up to three capitalised words on."""
    for _ in range(4):
        if NAMED_THING.match(text, end):
            return True
        if (after := _NEXT_CAPITALISED.match(text, end)) is None:
            return False
        end = after.end()
    return False


# A guess teaches the other mentions only when it is sure: each mention is scored anyway, and one wrong
# guess taught everywhere ("Write-Log" in a script, "DPO") costs a page of false people.
SURE_GUESS = 0.8


def unsure(span: Span) -> bool:
    """Whether ``span`` is this model's guess, too unsure to teach the text's other mentions."""
    return span.recogniser == NAME and span.confidence < SURE_GUESS


RECOGNISER = PersonModel()
