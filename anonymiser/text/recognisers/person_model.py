"""A learned second opinion on people: a logistic-regression classifier over the words the rules left.

The rule recognisers find people by cue ("said", "Dr", a sign-off, a known given name); on text written
by someone else each new position of a name ("Thank you, Kelvin.", a nickname, a sign-off cell) needs a
new rule. This model scores every capitalised word the first pass left uncovered by how much it looks
like part of a person's name: its shape, its first and last letters and its pairs of letters, whether a dictionary, the name
lists or the surname lists know it, whether the text also writes it in lower case, the words and
punctuation around it, what kind of word stands next to it (a given name, a dictionary word, another
capitalised word), its own shape and kind beside its neighbours' kinds across any gap, how many capitalised
words its run holds, and what the rules found next to it. Words scoring over the threshold become person spans (neighbouring ones joined); those
scored with confidence (``SURE_GUESS``; ``learn`` asks ``unsure``) teach the second pass their other
mentions, like the rules' names. The rules' knowledge vetoes some (``_span``).

The weights (data/person_model.json.gz) are trained by ``build_person_model.py`` on the development
texts of the evaluation corpus; features name a word itself only when it is an everyday word (a
dictionary word or one of three letters or fewer), and of any other word only its first two or three
and last two to four letters and its pairs of letters, so what the model learns is context and shape, not the corpus's names. Inference is a sum of weights: no learning library is needed at run time.
"""
from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Callable, Iterator, Sequence
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import accumulate, compress, islice
from importlib import resources
from typing import NamedTuple

from anonymiser.text.data import english_words, surnames, uk_place_names, world_surnames
from anonymiser.text.data import words as words_of
from anonymiser.text.document import Document
from anonymiser.text.initials_column import COUNTRY_CODES
from anonymiser.text.initials_key import legend_codes
from anonymiser.text.name_forms import short_form_of
from anonymiser.text.recognisers.base import ReadsFindings
from anonymiser.text.recognisers.not_names import not_initials
from anonymiser.text.recognisers.person_cues import TITLES, TWO_LETTER_WORDS
from anonymiser.text.recognisers.person_names import NAMED_THING, broad_given_names, given_name_words, is_given_name
from anonymiser.text.recognisers.word_as_name import habitual_words
from anonymiser.text.spans import REVIEW, Span, entity_key
from anonymiser.text.spelled_abbreviations import abbreviations_spelled_out

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
    code_of = _CODE_BYTES.get
    for span in found:
        codes[span.start:span.end] = code_of(span.category, _OTHER_BYTE) * (span.end - span.start)
    return codes


# (each category's code as a byte, made once: the text's spans are many)
_CODE_BYTES = {category: bytes([i + 1]) for i, category in enumerate(_RULE_CATEGORIES)}
_OTHER_BYTE = bytes([len(_RULE_CATEGORIES) + 1])


def _covered(codes: bytearray, token: Token) -> int:
    """The rule category over a token's first letter (0 when none)."""
    return codes[token.start]


@lru_cache(maxsize=65536)
def _shape(word: str) -> str:
    """"McGillivray" → "XxXx", "JT" → "X", "O'Neill" → "X'Xx", "jmacdonald" → "x"."""
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
    introduced: frozenset[str]  # acronyms introduced in brackets, "Data Integrity Lead (DIL)", or spelled out
    # (``abbreviations_spelled_out``: "the receiving unit (RU, Harrowdrift)", "DS" where "drug substance" is written)

    @classmethod
    def of(cls, text: str, words: Sequence[Token]) -> Context:
        parts = {part.lower() for local in _local_parts(text) for part in re.split(r"[._+-]", local) if len(part) >= 2}
        mid = {t.lower for i, t in enumerate(words)
               if i and t.text[:1].isupper() and _gap(text, words[i - 1].end, t.start) in ("_", ",_", "")}
        return cls(frozenset(t.lower for t in words if t.text.islower()), frozenset(parts),
                   frozenset(mid), frozenset(_INTRODUCED.findall(text)) | abbreviations_spelled_out(text))

    def asks(self, token: Token) -> bool:
        """Whether the model is asked about ``token``: a candidate, and no acronym the text introduces."""
        return is_candidate(token) and token.text not in self.introduced


_INTRODUCED = re.compile(r"\(([A-Z][A-Z0-9&]{1,7})\)")
_LOCAL_PART = re.compile(r"(?<![\w.+-])([\w.+-]+)@[\w-]+\.")  # (from a run's start: a long run is read once)
_DOMAIN_DOT = re.compile(r"[\w-]+\.")
_LOCAL_CHARS = frozenset("_.+-")


def _local_parts(text: str) -> list[str]:
    """``_LOCAL_PART.findall(text)``, read back from each "@" (the scan tries every position of a text,
    most of which hold none): a match's run is the whole run of word characters and ".+-" before its "@", after the
    last match (a run that starts inside that match has no start the look-behind allows)."""
    found: list[str] = []
    done = 0
    at = text.find("@")
    while at >= 0:
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _LOCAL_CHARS):
            start -= 1
        if done <= start < at and (after := _DOMAIN_DOT.match(text, at + 1)):
            found.append(text[start:at])
            done = after.end()
        at = text.find("@", max(at + 1, done))
    return found


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
        # (a name's ending and beginning: "-son", "-ski", "-ova", "Mc", "O'"; letters enough to say where a
        # name comes from, too few to name it)
        feats.append(f"suf3={lower[-3:]}")
        feats.append(f"suf2={lower[-2:]}")
        feats.append(f"pre2={lower[:2]}")
        feats.append(f"pre3={lower[:3]}")
        if len(lower) > 5:
            feats.append(f"suf4={lower[-4:]}")
        feats.extend(dict.fromkeys(f"bigram={lower[k:k + 2]}" for k in range(len(lower) - 1)))  # ("cz", "kh", "ij")
    if lower in surnames():
        feats.append("surname_list" if lower not in english_words() else "surname_list_word")
    if lower in world_surnames():
        feats.append("world_surname")
    if word.isupper() and len(word) >= 4:  # a name in capitals ("OKAFOR") or a word shouted ("NOTE")
        feats.append("capitals")
        if lower in surnames() or lower in world_surnames():
            feats.append("capitals_surname")
        if is_given_name(word.capitalize()):
            feats.append("capitals_given")
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
            if gap == "_":
                neighbour = _kind(other.text)
                if neighbour == 2 and offset < 0 and _starts_sentence(text, other.start):
                    neighbour = 0  # ("Ask Wale": a sentence's first word is capitalised for the sentence)
                feats.append(_PAIRS[offset][_kind(token.text)][neighbour])
    # (the word's own shape and kind beside its neighbours' kinds, across any gap: "Mr Kinnaird-Vale,",
    # "| T-OKUNDAYE |", a surname in capitals after a given name in a table cell; and how many capitalised words
    # its run across single spaces holds: a name is two or three, a title of a thing often more)
    kind, shape = _kind(token.text), _shape(token.text)
    for offset in (-1, 1):
        j = i + offset
        if 0 <= j < len(words):
            neighbour = _kind(words[j].text)
            feats.append(f"{offset}:kind={_KIND_LETTERS[neighbour]}|shape={shape}")
            feats.append(_KINDS[offset][kind][neighbour])
    feats.append(_CAPITALISED_RUN[_capitalised_run(words, i, lambda k: text[words[k - 1].end:words[k].start])])
    return feats


_KIND_LETTERS = "lgdu"  # (``_kind``'s kinds: lower case, given name, dictionary word, unknown)
# (the kinds of a word and of its neighbour either side across any gap: ``_KINDS[offset][kind][neighbour's kind]``)
_KINDS = {offset: [[f"{offset}:kinds={a}{b}" for b in _KIND_LETTERS] for a in _KIND_LETTERS] for offset in (-1, 1)}
_RUN_LIMIT = 4
_CAPITALISED_RUN = [f"caprun={n}" for n in range(_RUN_LIMIT + 1)]


def _capitalised_run(words: Sequence[Token] | Sequence[str], i: int, gap_before: Callable[[int], str]) -> int:
    """How many capitalised words stand in a run with word ``i`` (itself counted whatever its case), each one space
    from the next (``gap_before(k)``: the text between words ``k - 1`` and ``k``), up to ``_RUN_LIMIT`` (read no
    further: a long run of capitalised words costs no more per word)."""
    def capitalised(k: int) -> bool:
        word = words[k]
        return (word if isinstance(word, str) else word.text)[:1].isupper()

    n, k = 1, i
    while n < _RUN_LIMIT and k > 0 and gap_before(k) == " " and capitalised(k - 1):
        k -= 1
        n += 1
    k = i
    while n < _RUN_LIMIT and k + 1 < len(words) and gap_before(k + 1) == " " and capitalised(k + 1):
        k += 1
        n += 1
    return n


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins the text, a line or a sentence (only spaces after a line break or ".!?")."""
    at = start - 1
    while at >= 0 and text[at] != "\n" and text[at].isspace():
        at -= 1
    return at < 0 or text[at] == "\n" or text[at] in ".!?"


@lru_cache(maxsize=65536)
def _kind(word: str) -> int:
    """What a word is, for pairing with its neighbour: 0 in lower case, 1 a capitalised given name, 2 a
    capitalised dictionary word, 3 another capitalised word (a surname, a brand, an acronym)."""
    if not word[:1].isupper():
        return 0
    if is_given_name(word):
        return 1
    return 2 if word.lower() in english_words() else 3


# (a word's kind and its neighbour's across one space, either side: "given then unknown" reads as a name,
# "word then word" as a title; ``_PAIRS[offset][kind][neighbour's kind]``)
_PAIRS = {offset: [[f"{offset}:pair={a}{b}" for b in "lgdu"] for a in "lgdu"] for offset in (-1, 1)}


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


_LATIN_MAX = 0x024F


@dataclass(frozen=True)
class PersonModel(ReadsFindings):
    name: str = NAME

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        text, m = doc.text, model()
        scorer = _scorer(m)
        view = _Words.of(text)
        codes = coverage(len(text), found)
        run: list[tuple[Token, float]] = []
        people = tuple({span.key for span in found if span.category == "person" and " " in span.key})
        coded = legend_codes(text)  # ("AL = annual leave": a rota's mark in its cells, no one)
        for i in view.asked():
            at = view.starts[i]
            if codes[at] or ord(text[at]) > _LATIN_MAX or doc.foreign.in_foreign(at) or doc.welsh.in_welsh(at):
                continue  # (a word of another script or of a line in another language: the model knows English text)
            if coded and view.token(i).text in coded:
                continue
            p = scorer.probability(view, i, codes)
            if p < m.threshold:
                if p >= REVIEW_THRESHOLD:
                    yield _review(text, view.token(i), p)
                continue
            token = view.token(i)
            if run and _joins(text, run[-1][0], token):
                run.append((token, p))
                continue
            if run and (span := _span(text, run, people)):
                yield span
            run = [(token, p)]
        if run and (span := _span(text, run, people)):
            yield span



# Inference. ``tokens``, ``Context.of`` and ``features`` above define the model's input (training reads
# them); what follows computes the same probabilities faster: the text split once (no object per word),
# the context's sets built from the word list in C, each word's own features summed once per word, and
# the feature strings looked up once per word, gap or neighbour. The score is the same sum of the same
# weights in the same order, so the same float (a missing feature adds 0.0, which changes no sum).

_SPLIT = re.compile(f"({TOKEN.pattern})")
_POSSESSIVE_AT = re.compile("['\u2019][sS]")
_MID_GAPS = ("_", ",_", "")


@dataclass
class _Words:
    """The words of a text as ``tokens`` reads them, in parallel lists, with the text between them:
    ``gaps[i]`` stands before word ``i`` and ``gaps[i + 1]`` after it (a possessive "'s" in the gap after)."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    gaps: list[str]

    @classmethod
    def of(cls, text: str) -> _Words:
        parts = _SPLIT.split(text)
        words, gaps = parts[1::2], parts[0::2]
        offsets = list(accumulate(map(len, parts)))
        starts, ends = offsets[0::2], offsets[1::2]
        del starts[len(words):]
        for mark in _POSSESSIVE_AT.finditer(text):
            i = bisect_left(ends, mark.end())
            if i < len(ends) and ends[i] == mark.end() and len(word := words[i]) > 3:
                words[i], ends[i], gaps[i + 1] = word[:-2], ends[i] - 2, word[-2:] + gaps[i + 1]
        return cls(text, words, starts, ends, gaps)

    def token(self, i: int) -> Token:
        word = self.words[i]
        return Token(self.starts[i], self.ends[i], word, word.lower())

    @cached_property
    def context(self) -> Context:
        """``Context.of(text, tokens(text))``."""
        text, words, gaps = self.text, self.words, self.gaps
        parts = {part.lower() for local in _local_parts(text) for part in re.split(r"[._+-]", local) if len(part) >= 2}
        # (the words after a gap ``_gap`` folds to one of ``_MID_GAPS``, then those capitalised; a word in
        # lower case is its own lower-case form)
        mid_gaps = {gap for gap in set(islice(gaps, 1, len(words))) if _gap_info(gap)[0] in _MID_GAPS}
        after_mid_gap = set(compress(islice(words, 1, None), map(mid_gaps.__contains__, islice(gaps, 1, len(words)))))
        return Context(frozenset(filter(str.islower, words)), frozenset(parts),
                       frozenset(word.lower() for word in after_mid_gap if word[:1].isupper()),
                       frozenset(_INTRODUCED.findall(text)) | abbreviations_spelled_out(text))

    def asked(self) -> list[int]:
        """The indices of the words ``Context.asks`` about."""
        asked = set(filter(_candidate_word, set(self.words))) - self.context.introduced
        return list(compress(range(len(self.words)), map(asked.__contains__, self.words)))


@lru_cache(maxsize=16384)
def _gap_info(gap: str) -> tuple[str, int, int]:
    """``_gap`` of the text ``gap``; what scanning back from its end over spaces meets (0: a word's last
    letter, 1: a line break, 2: ".!?", 3: the gap's start), and what scanning forward from its start
    meets (0: a word, 1: a line break, 3: the gap's end); see ``features``."""
    folded = _gap(gap, 0, len(gap))
    at = len(gap) - 1
    while at >= 0 and gap[at] != "\n" and gap[at].isspace():
        at -= 1
    before = 3 if at < 0 else 1 if gap[at] == "\n" else 2 if gap[at] in ".!?" else 0
    at = 0
    while at < len(gap) and gap[at] != "\n" and gap[at].isspace():
        at += 1
    after = 3 if at == len(gap) else 1 if gap[at] == "\n" else 0
    return folded, before, after


class _Scorer:
    """``Model.probability(features(...))`` for one model, the weights looked up once per word, gap or neighbour."""

    _LIMIT = 65536

    def __init__(self, m: Model) -> None:
        self.model = m
        get = m.weights.get
        self._get = get
        self.lower_elsewhere, self.in_address, self.mid_sentence = get("lower_elsewhere", 0.0), get("in_address", 0.0), get("mid_sentence", 0.0)
        self.line_start, self.sentence_start, self.line_end = get("line_start", 0.0), get("sentence_start", 0.0), get("line_end", 0.0)
        self.edge = {offset: get(f"{offset}:edge", 0.0) for offset in _CONTEXT}
        self._own: dict[str, float] = {}
        # by offset, then by neighbour: the weights of its word's features; by offset and rule code, the rule's
        # weight; by offset, gap and the neighbour's shape, the gap's two weights (kept apart, so that a word met
        # again beside another rule or gap is not looked up again)
        self._words: dict[int, dict[str, tuple[float, ...]]] = {offset: {} for offset in _CONTEXT}
        self._rules = {offset: [get(f"{offset}:rule={code}", 0.0) for code in range(len(_RULE_CATEGORIES) + 2)]
                       for offset in _CONTEXT}
        self._gaps: dict[int, dict[tuple[str, str], tuple[float, float]]] = {offset: {} for offset in (-1, 1)}
        self._pairs = {offset: [[get(f, 0.0) for f in row] for row in _PAIRS[offset]] for offset in (-1, 1)}
        self._kinds = {offset: [[get(f, 0.0) for f in row] for row in _KINDS[offset]] for offset in (-1, 1)}
        self._runs = [get(f, 0.0) for f in _CAPITALISED_RUN]
        # by the word's shape: the weights of each neighbour's kind beside it, either side
        self._kind_shapes: dict[str, tuple[tuple[float, ...], tuple[float, ...]]] = {}

    def own(self, word: str) -> float:
        """The running sum over the word's own features (``features`` adds them first)."""
        if (total := self._own.get(word)) is None:
            if len(self._own) >= self._LIMIT:
                self._own.clear()
            total = 0.0
            for f in _own_features(word):
                total += self._get(f, 0.0)
            self._own[word] = total
        return total

    def word_weights(self, offset: int, word: str) -> tuple[float, ...]:
        """The weights of a neighbour's word's features (``_word_features``), in their order."""
        cache = self._words[offset]
        if (found := cache.get(word)) is None:
            if len(cache) >= self._LIMIT:
                cache.clear()
            get = self._get
            found = cache[word] = tuple([get(f, 0.0) for f in _word_features(_PREFIXES[offset], word)])
        return found

    def gap_weights(self, offset: int, gap: str, word: str) -> tuple[float, float]:
        """The weights of the gap between a word and its neighbour ``word`` either side, and of that gap with the
        neighbour's shape."""
        cache = self._gaps[offset]
        shape = _shape(word)
        if (found := cache.get((gap, shape))) is None:
            if len(cache) >= self._LIMIT:
                cache.clear()
            get = self._get
            found = cache[(gap, shape)] = (get(f"{offset}:gap={gap}", 0.0), get(f"{offset}:gap={gap}|shape={shape}", 0.0))
        return found

    def kind_shape_weights(self, shape: str) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """The weights of a word of ``shape`` beside a neighbour of each kind, before it and after it."""
        if (found := self._kind_shapes.get(shape)) is None:
            if len(self._kind_shapes) >= self._LIMIT:
                self._kind_shapes.clear()
            get = self._get
            found = self._kind_shapes[shape] = tuple(
                tuple(get(f"{offset}:kind={letter}|shape={shape}", 0.0) for letter in _KIND_LETTERS) for offset in (-1, 1))
        return found

    def probability(self, view: _Words, i: int, codes: bytearray) -> float:
        """``model.probability(features(text, tokens(text), i, codes, Context.of(...)))``."""
        words, starts, gaps, context = view.words, view.starts, view.gaps, view.context
        word = words[i]
        lower = word.lower()
        total = self.own(word)
        if lower in context.lower_words:
            total += self.lower_elsewhere
        if lower in context.address_parts:
            total += self.in_address
        if lower in context.mid_sentence:
            total += self.mid_sentence
        before, before_kind, _ = _gap_info(gaps[i])
        if before_kind == 1 or (before_kind == 3 and i == 0):
            total += self.line_start
        elif before_kind == 2:
            total += self.sentence_start
        after, _, after_kind = _gap_info(gaps[i + 1])
        if after_kind == 1 or (after_kind == 3 and i == len(words) - 1):
            total += self.line_end
        # (the weights of each neighbour's features in ``features``' order: its word's, the rule's, the gap's two,
        # the pair of kinds across one space)
        word_weights, gap_weights, rules, last = self.word_weights, self.gap_weights, self._rules, len(words) - 1
        kind = None
        for offset, gap in ((-2, None), (-1, before), (1, after), (2, None)):
            j = i + offset
            if not 0 <= j <= last:
                total += self.edge[offset]
                continue
            other = words[j]
            for weight in word_weights(offset, other):
                total += weight
            if code := codes[starts[j]]:
                total += rules[offset][code]
            if gap is not None:
                gap_weight, shape_weight = gap_weights(offset, gap, other)
                total += gap_weight
                total += shape_weight
                if gap == "_":
                    if kind is None:
                        kind = _kind(word)
                    neighbour = _kind(other)
                    if neighbour == 2 and offset < 0 and (
                            (start_kind := _gap_info(gaps[j])[1]) in (1, 2) or (start_kind == 3 and j == 0)):
                        neighbour = 0
                    total += self._pairs[offset][kind][neighbour]
        if kind is None:
            kind = _kind(word)
        before_shape, after_shape = self.kind_shape_weights(_shape(word))
        if i > 0:
            neighbour = _kind(words[i - 1])
            total += before_shape[neighbour]
            total += self._kinds[-1][kind][neighbour]
        if i < last:
            neighbour = _kind(words[i + 1])
            total += after_shape[neighbour]
            total += self._kinds[1][kind][neighbour]
        total += self._runs[_capitalised_run(words, i, gaps.__getitem__)]
        score = self.model.bias + total
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


_SCORERS: list[_Scorer] = []


def _scorer(m: Model) -> _Scorer:
    """The scorer of ``m`` (by identity: a model holds a dict, so it has no hash)."""
    for scorer in _SCORERS:
        if scorer.model is m:
            return scorer
    _SCORERS[:] = [*_SCORERS[-3:], _Scorer(m)]
    return _SCORERS[-1]


def _joins(text: str, previous: Token, token: Token) -> bool:
    """Two scored words of one name: only a space or a hyphen between them."""
    return text[previous.end:token.start] in (" ", "-")


# "a Cooper", "the Bishop": a thing or a role; "Alan Turing Institute": a name of a thing.
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(?:[Aa]n?|[Tt]he)[ \t]+$")
# "CN=Ravi", "FN:Dr Ada Obi", "Mozilla/5.0": a record's key or a program's name, not a person.
# (or a legend's meaning in lower case after it: "Red = below minimum")
_KEY_AFTER = re.compile(r"=|:[^\s/]|/\d|[ \t]+=[ \t]*[a-z]")
_QUOTED_VALUE = re.compile(r"[\"'][^\"'\s]+[\"']")
_NEXT_CAPITALISED = re.compile(r"[ \t]+[A-Z][\w'\u2019-]*")
# A lone everyday word, a lone word in lower case or lone capitals are taken only on strong evidence
# ("thanks kwame" but not "très bien", "KD" signing a record but not "DPO"). (0.7: out of fold, such words scoring
# 0.7-0.85 were 90 people, 17 of them left by the rules, and 57 no one, before the vetoes below)
_LONE_WORD_THRESHOLD = 0.7


def _span(text: str, run: Sequence[tuple[Token, float]], people: Sequence[str] = ()) -> Span | None:
    """The person span over a run of scored words; ``None`` when the rules' knowledge says no: an article stands
    before it ("a Cooper"), capitalised words after it name a thing ("Alan Turing Institute"), a key's "=" or ":"
    follows it ("CN=", "FN:Ada"), or it is a lower-case value in quotes ('"stella"'). A ``REVIEW`` span (no finding,
    a warning for a human) when it is one word that is a given name and also a word ("Hope in vain"), or an everyday
    word or a word in lower case scored without strong evidence. One word that is a clipped or familiar form of the
    given name of one of ``people`` (the keys of the people the rules found: "Kris" beside "Kristiane Hallqvist"), or
    their initials, is an unsure guess, so that the form the full name teaches, with that person's placeholder, is the
    one the text learns."""
    start, end = run[0][0].start, run[-1][0].end
    confidence = min(p for _, p in run)
    if _ARTICLE_BEFORE.search(text, max(0, start - 5), start) or _names_a_thing(text, end) or _KEY_AFTER.match(text, end):
        return None
    if len(run) == 1:
        word, lower = run[0][0].text, run[0][0].lower
        if word.isupper() and (lower in TWO_LETTER_WORDS or _a_country_field(text, start, end)):
            return None  # "AM", "OH": a word, taken as initials only where the rules find someone's ("AM to confirm", a
            # column of sign-offs); "2:30 PM", "350 KB" the engine leaves for any recogniser (``unit_after_number``)
        if word.isupper() and _after_a_found_name(text, start, people):
            return _review(text, run[0][0], confidence)  # ("Ada Quellan MIET": post-nominal letters, or a surname, for a
            # human to say; the rules read a surname in capitals after a given name themselves)
        if _SPEAKER_PLACEHOLDER.fullmatch(word):
            return None  # "SPEAKER_01", "Speaker1": the label diarisation gives a voice it cannot name
        if lower in TITLES and not word.isupper():
            return None  # "Dr", "Prof": a title, kept like a job title ("SMITH/JOHN MR" prints it as part of the name)
        if "-" in word and all(part in english_words() and not is_given_name(part.capitalize()) for part in lower.split("-")):
            return None  # "Write-Log", "Test-Path", "Content-Type": words of code, no double-barrelled name
        # (an everyday word, a word in lower case or two or three capitals alone: "DPO", "FX")
        weak = lower in english_words() or word.islower() or (word.isupper() and len(word) <= 3)
        if lower in given_name_words() or (weak and confidence < _LONE_WORD_THRESHOLD):
            return _review(text, run[0][0], confidence)  # ("Fern", "Wale": a word or a name, for a human to say)
        if word.islower() and _QUOTED_VALUE.match(text, start - 1, end + 1):
            return None  # '"--mode", "stella"': a lower-case value in quotes is a setting of code or data
        if any(short_form_of(lower, key) or lower == _initials_of(key) for key in people):
            confidence = min(confidence, _UNSURE)
    return Span(start, end, "person", NAME, round(confidence, 2), "Person", entity_key(text[start:end]),
                "Scored as a person's name by the learned model")


# The label speech recognition's diarisation gives a voice it has not matched to a name ("SPEAKER_01", "Speaker2").
_SPEAKER_PLACEHOLDER = re.compile(r"(?i:speaker)[_-]?\d{1,3}")


# A word scored under the threshold but over this, or a lone word the model is not sure enough of to take, is no
# finding but a warning: the contributor's review points at it ("possible person") before anything is published.
REVIEW_THRESHOLD = 0.3


def _review(text: str, token: Token, p: float) -> Span:
    return Span(token.start, token.end, REVIEW, NAME, round(p, 2), "Person", entity_key(token.text),
                "Possibly a person's name: the model was unsure. Check it before publishing.")


_NAME_BEFORE = re.compile(r"(?:[^\W\d_][\w'\u2019-]* ){2,3}$")


def _after_a_found_name(text: str, start: int, people: Sequence[str]) -> bool:
    """Whether the full name of one of ``people`` (the rules' people of two words or more) ends one space before ``start``."""
    if (before := _NAME_BEFORE.search(text, max(0, start - 80), start)) is None:
        return False
    words = before.group().split()
    return any(entity_key(" ".join(words[k:])) in people for k in range(len(words) - 1))


def _initials_of(key: str) -> str:
    """"rachel khomo" → "rk"."""
    return "".join(part[:1] for part in key.split())


def _a_country_field(text: str, start: int, end: int) -> bool:
    """Whether two capitals are a country's code in a field of a comma- or semicolon-separated row ("...,Tilburg,NL,")."""
    return (end - start == 2 and text[start:end] in COUNTRY_CODES and start > 0 and text[start - 1] in ",;"
            and text[end:end + 1] in (",", ";"))


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
_UNSURE = 0.79  # (under ``SURE_GUESS``)


def unsure(span: Span) -> bool:
    """Whether ``span`` is this model's guess, too unsure to teach the text's other mentions."""
    return span.recogniser == NAME and span.confidence < SURE_GUESS


RECOGNISER = PersonModel()
