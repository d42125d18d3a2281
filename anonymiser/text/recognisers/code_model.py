"""A learned second opinion on codes: a logistic-regression classifier over the code-like tokens the rules left.

The rule recognisers find product codes and identifiers by shape ("AZD9291", "B23K0457") or by cue ("Lot",
"PO", "Asset"); on text written by someone else each new shape or cue needs a new rule. This model scores
every code-like token the first pass left uncovered (a token with a digit, three digits or more when it has
no letter) by how much it looks like a product code or a record's
identifier: the pattern of its runs of letters and digits, its separators, its length and count of digits,
the length and case of its letters before the first digit (the letters themselves only when they are an
everyday or trade word: "ISO", "SOP", "Lot"), whether it reads as a date, a time, a version, a decimal, a
quantity with its unit, an IP address; the words before and after it on its line ("Lot", "Ref", "Asset",
"No.", "Room", "version"); its table column's header; a technology vendor's name before it (a vendor's
model, kept); and what the rules found: beside it, and elsewhere in the text with the same letters before
the digits or the same shape. Tokens scoring over the threshold become spans, product or identifier by a
second classifier over the same features (recall counts either).

The weights (data/code_model.json.gz) are trained by ``build_code_model.py`` on the development texts of
the evaluation corpus only. Inference is a sum of weights: no learning library is needed at run time.
"""
from __future__ import annotations

import gzip
import json
import math
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

import ahocorasick

from anonymiser.text.data import english_words, lines, words as words_of
from anonymiser.text.document import Document
from anonymiser.text.ocr import over_changes
from anonymiser.text.recognisers.base import ReadsFindings
from anonymiser.text.recognisers.compound_code import NOT_CODES, instrument_or_standard, vendors_model
from anonymiser.text.recognisers.document_id import published_guideline
from anonymiser.text.recognisers.not_names import UNITS_AFTER_NUMBER
from anonymiser.text.recognisers.table_column import tables
from anonymiser.text.spans import Span, entity_key

NAME = "code_model"
MODEL_FILE = "code_model.json.gz"

# A token: runs of letters and digits joined by "-", "/", ".", "_" (and ":" between digits: a time, a ratio).
TOKEN = re.compile(r"[A-Za-z0-9]+(?:(?:[-/._]|(?<=\d):(?=\d))[A-Za-z0-9]+)*")
# A word beside a token: letters (and "#", "No." keeps its dot apart).
# (Speed: "[A-Za-z]+|#|\d+" led by the class its alternatives start with, which ``re`` skips ahead to, each then looking
# behind at its first character: the alternatives start with different characters, so the same one matches.)
_WORD = re.compile(r"[A-Za-z#\d](?:(?<=[A-Za-z])[A-Za-z]*|(?<=#)|(?<=\d)\d*)")
_RULE_CATEGORIES = ("product", "identifier", "date", "quantity", "money", "person", "organisation", "place",
                    "contact", "declared", "name")
_UNITS = frozenset(u.lower() for u in UNITS_AFTER_NUMBER) | frozenset(
    "mg g kg ug µg ml l ul µl mm cm m km nm um µm s ms sec min mins h hr hrs hz v mv kv w a ma pa bar mbar psi rpm "
    "ppm ppb cfu iu mol mmol x % °c c k gb mb kb tb dpi fps lb lbs oz ft in mph kph kwh wfi".split())
_DATE = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d\d|\d{4})|\d{8}")
_TIME = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")
_VERSION = re.compile(r"[vV]?\d{1,3}(?:\.\d{1,3}){1,3}[a-z]?|[vV]\d{1,3}[a-z]?")
_DECIMAL = re.compile(r"\d+[.,]\d+")
_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_HEX = re.compile(r"(?=[0-9A-Fa-f]*[A-Fa-f])(?=[0-9A-Fa-f]*\d)[0-9A-Fa-f]{8,}")
_ORDINAL = re.compile(r"\d{1,4}(?:st|nd|rd|th)")
_CONTEXT_BEFORE = 3
_CONTEXT_AFTER = 2


class Token(NamedTuple):
    start: int
    end: int
    text: str


@lru_cache(maxsize=65536)
def is_candidate_word(word: str) -> bool:
    """A token the model is asked about: one with a letter and a digit, or three digits or more. (Words of
    capitals alone were asked too, at first: cross-validated, of six such words over the threshold four were
    no code ("EXPIRED", "SOLVENT") and the two code names were already found elsewhere in their texts.)"""
    digits = sum(c.isdigit() for c in word)
    return digits >= 3 or (digits > 0 and any(c.isalpha() for c in word))


def tokens(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


# (where a candidate may be: a digit; most of a text's tokens hold none)
# (``[0-9]+`` led by one digit: a pattern led by a repeat gives ``re`` nothing to skip ahead to, and is tried at every
# position)
_SEED = re.compile(r"[0-9][0-9]*")
_SEPARATORS = frozenset("-/._")


def candidate_tokens(text: str) -> list[Token]:
    """The tokens of ``text`` that ``is_candidate_word`` (found by the rules or not): ``tokens``, read only around
    a digit, back from there to where the token starts."""
    out: list[Token] = []
    after = 0
    asks = is_candidate_word
    for seed in _SEED.finditer(text):
        start = seed.start()
        if start < after:
            continue
        while start > after:
            before = text[start - 1]
            if before.isascii() and before.isalnum():
                start -= 1
            elif start - 2 >= after and text[start - 2].isascii() and text[start - 2].isalnum() and (
                    before in _SEPARATORS or (before == ":" and text[start - 2].isdigit() and text[start].isdigit())):
                start -= 2
            else:
                break
        token = TOKEN.match(text, start)
        if token is None:  # (not reached: a seed is a token's letters or digits)
            continue
        after = token.end()
        if asks(word := token.group()):
            out.append(Token(start, after, word))
    return out


@cache
def _trade_words() -> frozenset[str]:
    """Capitals the trade writes everywhere (known acronyms, standards' bodies): named as themselves."""
    return frozenset(w.upper() for w in words_of("known_acronyms.txt")) | NOT_CODES


@lru_cache(maxsize=65536)
def everyday(word: str) -> bool:
    """Whether a word may be named in a feature as itself: a dictionary word, a trade acronym or a unit."""
    lower = word.lower()
    return lower in english_words() or word.upper() in _trade_words() or lower in _UNITS


@lru_cache(maxsize=65536)
def _context_word(word: str) -> bool:
    """A word beside a token named as itself: everyday, or of three letters or fewer ("PO", "Ref", "SN")."""
    return everyday(word) or (len(word) <= 3 and word.isalpha())


@lru_cache(maxsize=65536)
def shape(word: str, lengths: bool = False) -> str:
    """"AZD9291" → "Xd" (with ``lengths``: "X3d4"), "lot-07b" → "x-dx"; lengths over 6 read 6."""
    out: list[list] = []
    for ch in word:
        kind = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if out and out[-1][0] == kind:
            out[-1][1] += 1
        else:
            out.append([kind, 1])
    if lengths:
        return "".join(k + (str(min(n, 6)) if k in "Xxd" else "") for k, n in out)
    return "".join(k for k, _ in out)


@lru_cache(maxsize=65536)
def own_features(word: str) -> tuple[str, ...]:
    """A token's features that depend on the token alone: never the token itself unless ``everyday``."""
    digits = sum(c.isdigit() for c in word)
    letters = sum(c.isalpha() for c in word)
    segments = re.split(r"[-/._:]", word)
    feats = ["bias", f"shape={shape(word)}", f"lshape={shape(word, True)}", f"len={min(len(word), 20)}",
             f"digits={min(digits, 14)}", f"letters={min(letters, 10)}", f"segments={min(len(segments), 6)}"]
    feats.extend(f"sep={c}" for c in sorted(set(word) & set("-/._:")))
    if not letters:
        feats.append("all_digits")
    elif not digits:
        feats.append("all_letters")
        feats.append(f"w={word.lower()}" if everyday(word) else "unknown_word")
    if word.upper() in _trade_words():
        feats.append("trade_word")
    lead = re.match(r"[A-Za-z]+", word)
    if lead and digits:
        prefix = lead.group()
        feats.append(f"pre={shape(prefix, True)}")
        if everyday(prefix):
            feats.append(f"pre_word={prefix.lower()}")
        else:
            feats.append("pre_unknown")
    tail = re.search(r"[A-Za-z]+$", word)
    if tail and digits:
        suffix = tail.group()
        feats.append(f"suf={shape(suffix, True)}")
        if suffix.lower() in _UNITS:
            feats.append(f"suf_unit={suffix.lower()}")
    if re.search(r"(?:^|[^0-9])0\d", word):
        feats.append("leading_zero")
    for name, pattern in (("date", _DATE), ("time", _TIME), ("version", _VERSION), ("decimal", _DECIMAL),
                          ("ip", _IP), ("year", _YEAR), ("hex", _HEX), ("ordinal", _ORDINAL)):
        if pattern.fullmatch(word):
            feats.append(name)
    if instrument_or_standard(word):
        feats.append("instrument_or_standard")
    if any(s.upper() in NOT_CODES for s in segments):
        feats.append("standard_body")
    return tuple(feats)


def _gap(gap: str) -> str:
    """What stands between a token and a word beside it, spaces folded: ": " → ":_", " #" → "_#"."""
    if "\n" in gap:
        return "NL"
    return "".join("_" if c.isspace() else c for c in gap)[:4]


@dataclass
class Context:
    """What the text and the first pass say around its tokens."""

    text: str
    found_prefixes: frozenset[str]  # letters before the digits of codes the rules found ("QX" of "QX-2291")
    found_shapes: frozenset[str]  # shapes of codes the rules found
    found_texts: frozenset[str]
    cells: list[tuple[int, int, tuple[str, ...]]]  # table cells not in a header row: start, end, header's words
    cell_starts: list[int]
    counts: dict[str, int]

    @classmethod
    def of(cls, text: str, words: Sequence[Token], found: Sequence[Span]) -> Context:
        """The context of ``text``; ``words`` its tokens, or its ``candidate_tokens`` (the same counts of those)."""
        prefixes, shapes, texts = set(), set(), set()
        for span in found:
            if span.category in ("product", "identifier"):
                mention = text[span.start:span.end]
                texts.add(mention)
                shapes.add(shape(mention, True))
                if lead := re.match(r"[A-Za-z]+(?=[-/._ ]?\d)", mention):
                    prefixes.add(lead.group().upper())
        cells: list[tuple[int, int, tuple[str, ...]]] = []
        for table in tables(text):
            if not table:
                continue
            first_line_end = text.find("\n", table[0].start)
            first_line_end = len(text) if first_line_end < 0 else first_line_end
            headers = {c.column: c for c in table if c.start < first_line_end}
            for cell in table:
                if cell.start < first_line_end:
                    continue
                header = headers.get(cell.column)
                head = tuple(dict.fromkeys(w.lower() for w in _WORD.findall(text[header.start:header.end])
                                           if _context_word(w))) if header else ()
                cells.append((cell.start, cell.end, head))
        cells.sort()
        counts: dict[str, int] = {}
        for token in words:
            counts[token.text] = counts.get(token.text, 0) + 1
        return cls(text, frozenset(prefixes), frozenset(shapes), frozenset(texts), cells,
                   [c[0] for c in cells], counts)

    def header(self, start: int) -> tuple[str, ...] | None:
        """The words of the header of the table column ``start`` stands in; ``None`` outside a table."""
        i = bisect_right(self.cell_starts, start) - 1
        if i >= 0 and self.cells[i][0] <= start < self.cells[i][1]:
            return self.cells[i][2]
        return None


def coverage(length: int, found: Sequence[Span]) -> bytearray:
    """For each character, 1 + the index of the rule category covering it (0: none)."""
    codes = bytearray(length)
    code_of = _CODE_BYTES.get
    for span in found:
        codes[span.start:span.end] = code_of(span.category, _OTHER_BYTE) * (span.end - span.start)
    return codes


# (each category's code as a byte, made once: a text's spans are many)
_CODE_BYTES = {category: bytes([i + 1]) for i, category in enumerate(_RULE_CATEGORIES)}
_OTHER_BYTE = bytes([len(_RULE_CATEGORIES) + 1])


def _neighbours(text: str, start: int, end: int) -> tuple[list[tuple[str, int]], list[tuple[str, int]], str, str]:
    """The words before (nearest first) and after a token on its line, with their starts, and the gaps
    just before and after it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = [(m.group(), m.start()) for m in _WORD.finditer(text, max(line_start, start - 60), start)]
    after = []
    for m in _WORD.finditer(text, end, min(line_end, end + 40)):
        after.append((m.group(), m.start()))
        if len(after) == _CONTEXT_AFTER:
            break
    gap_before = _gap(text[before[-1][1] + len(before[-1][0]):start]) if before else "line_start"
    gap_after = _gap(text[end:after[0][1]]) if after else "line_end"
    return before[::-1][:_CONTEXT_BEFORE], after, gap_before, gap_after


def features(text: str, token: Token, codes: bytearray, context: Context, vendor: bool) -> list[str]:
    """The features of ``token`` in ``text``: its own, then its line's and the text's."""
    feats = list(own_features(token.text))
    before, after, gap_before, gap_after = _neighbours(text, token.start, token.end)
    feats.append(f"gap_before={gap_before}")
    token_shape = shape(token.text)
    feats.append(f"gap_before={gap_before}|shape={token_shape}")
    if before and _context_word(before[0][0]):
        feats.append(f"b1={before[0][0].lower()}|shape={token_shape}")
    feats.append(f"gap_after={gap_after}")
    for k, (word, at) in enumerate(before, 1):
        feats.append(f"b{k}={word.lower()}" if _context_word(word) else f"b{k}shape={shape(word)}")
        if k <= 2:
            feats.append(f"b{k}rule={codes[at]}")
        if _context_word(word):
            feats.append(f"near={word.lower()}")
    if not before:
        feats.append("b1=none")
    for k, (word, at) in enumerate(after, 1):
        feats.append(f"a{k}={word.lower()}" if _context_word(word) else f"a{k}shape={shape(word)}")
        if k == 1:
            feats.append(f"a1rule={codes[at]}")
            if word.lower() in _UNITS and gap_after in ("_", ""):
                feats.append("unit_after")
    if before and gap_before in ("_", "") and before[0][0].isdigit():
        feats.append("number_before")
    header = context.header(token.start)
    if header is not None:
        feats.append("in_table")
        feats.extend(f"header={w}" for w in header[:4])
        feats.extend(f"header={w}|shape={token_shape}" for w in header[:4])
    if vendor:
        feats.append("vendor_before")
    lead = re.match(r"[A-Za-z]+", token.text)
    if lead and lead.group().upper() in context.found_prefixes:
        feats.append("prefix_found")
    if shape(token.text, True) in context.found_shapes:
        feats.append("shape_found")
    if token.text in context.found_texts:
        feats.append("text_found")
    if context.counts.get(token.text, 0) > 1:
        feats.append("repeated")
    return feats


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    product_weights: dict[str, float]  # (product over identifier, among codes)
    product_bias: float
    threshold: float

    def probability(self, feats: Sequence[str]) -> float:
        get = self.weights.get
        return _sigmoid(self.bias + sum([get(f, 0.0) for f in feats]))

    def product(self, feats: Sequence[str]) -> float:
        get = self.product_weights.get
        return _sigmoid(self.product_bias + sum([get(f, 0.0) for f in feats]))


def _sigmoid(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@cache
def model() -> Model:
    raw = resources.files("anonymiser.text.data").joinpath(MODEL_FILE).read_bytes()
    data = json.loads(gzip.decompress(raw).decode("utf-8"))
    return Model(data["weights"], data["bias"], data["product_weights"], data["product_bias"], data["threshold"])


def candidates(words: Sequence[Token], codes: bytearray) -> list[Token]:
    """Of ``candidate_tokens``, those the model is asked about: not touched by any finding of the rules."""
    return [token for token in words if not any(codes[token.start:token.end])]


# Two capitals just before a number, a space between: "PO 4500221876", "FR 1922", "CC 5120" — the kind of record
# written as part of its number; a revision just after a document's number: "F-QC-114 rev 6", "CAS-P-24-113 Rev B".
_LABEL_BEFORE = re.compile(r"(?<![\w&/.-])(?!IS|IN|OR|ON|AT|TO|BY|OF|NO|AN|AS|IF|IT|UP|SO|WE|US|UK|EU)[A-Z]{2}[ ]\Z")
_REVISION_AFTER = re.compile(r"[ ](?i:rev)\.?[ ]?[A-Z0-9]{1,2}(?![\w-])")


def extent(text: str, token: Token) -> tuple[int, int]:
    """Where a code scored at ``token`` starts and ends: with the record's two capitals before a number, and a
    revision after a code with a hyphen."""
    start, end = token.start, token.end
    if token.text[:1].isdigit() and (label := _LABEL_BEFORE.search(text, max(0, start - 4), start)):
        start = label.start()
    if "-" in token.text and (revision := _REVISION_AFTER.match(text, end)):
        end = revision.end()
    return start, end


@cache
def _vendor_names() -> re.Pattern[str]:
    """The allow list's names (a technology vendor's among them), to find once per text where one may stand."""
    return re.compile("|".join(sorted((re.escape(name) for name in lines("allow_list.txt")), key=len, reverse=True)))


@cache
def _vendor_automaton() -> ahocorasick.Automaton:
    """The allow list's names in one automaton, each with its length."""
    automaton = ahocorasick.Automaton()
    for name in lines("allow_list.txt"):
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    return automaton


def vendor_name_ends(text: str) -> list[int]:
    """``[m.end() for m in _vendor_names().finditer(text)]``, from one automaton pass: at each position the longest name
    starting there (names that start at one place are prefixes of one another, and the pattern tries them longest
    first), taken from left to right, none inside the one before. (Speed: the pattern, an alternation of a few hundred
    names, tried each one at every capital of the text.)"""
    longest: dict[int, int] = {}
    for end, length in _vendor_automaton().iter(text):
        start = end - length + 1
        if length > longest.get(start, 0):
            longest[start] = length
    ends: list[int] = []
    after = 0
    for start in sorted(longest):
        if start >= after:
            after = start + longest[start]
            ends.append(after)
    return ends


class _Vendors:
    """``vendors_model`` for the tokens of one text, asked only where an allow-listed name ends within its reach
    before the token (that check reads 60 characters back with every vendor's name; most tokens have none)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.ends = vendor_name_ends(doc.text)

    def before(self, start: int) -> bool:
        i = bisect_right(self.ends, start)
        return i > 0 and self.ends[i - 1] >= start - 60 and vendors_model(self.doc, start)


@dataclass(frozen=True)
class CodeModel(ReadsFindings):
    name: str = NAME

    def find_among(self, doc: Document, found: Sequence[Span],
                   within: Sequence[tuple[int, int]] | None = None) -> Iterator[Span]:
        """The codes the model scores among the tokens the rules did not find; with ``within`` (sorted stretches that
        do not overlap), only those whose code touches one of them (a caller that keeps no other: the rest are not
        scored, the same features read for those that are)."""
        text, m = doc.text, model()
        codes = coverage(len(text), found)
        words = candidate_tokens(text)
        asked = candidates(words, codes)
        if within is not None:
            asked = [token for token in asked if over_changes(*extent(text, token), within) is not None]
        if not asked:
            return
        context = Context.of(text, words, found)
        vendors = _Vendors(doc)
        for token in asked:
            if instrument_or_standard(token.text) or published_guideline(token.text):
                continue  # (an instrument's tag or a standard's code, "PDT-5126", "RS-485", or a regulator's guideline,
                # "EMA/CHMP/QWP/917233/2013": the rules' knowledge says no)
            feats = features(text, token, codes, context, vendors.before(token.start))
            p = m.probability(feats)
            if p < m.threshold:
                continue
            product = m.product(feats) >= 0.5
            start, end = extent(text, token)
            yield Span(start, end, "product" if product else "identifier", NAME, round(min(p, 0.79), 2),
                       "Product" if product else "Code", entity_key(text[start:end]), "Scored as a code by the learned model")


RECOGNISER = CodeModel()
