"""The shortcuts taken for throughput in the name recognisers, scanned text and the lines of other
languages give what the plain computations give.

Each test keeps the plain form (the pattern or the loop before it was made fast) as the reference and
compares on the development texts of the evaluation corpus and on random strings built from the
characters the shortcut cares about. (A corpus text fails by its file and offset, never printed: see
``dev_corpus``.)
"""
import random
import re

from anonymiser.text import languages, ocr, speech, welsh
from anonymiser.text.document import Document
from anonymiser.text.normalise import normalise
from anonymiser.text.recognisers import declared, spoken_name, unfamiliar_name
from tests.anonymiser.dev_corpus import assert_each_same, assert_same, dev_texts


def _texts(parts: tuple[str, ...], seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return dev_texts(normalise) + ["".join(rng.choice(parts) for _ in range(rng.randint(1, 16))) for _ in range(count)]


def _found(recogniser, text: str) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.key) for s in recogniser.find(Document(text))]


def test_spoken_names_found_with_capitals_and_spelled_letters_read_from_their_first_character_are_those_of_the_plain_scan(
        monkeypatch):
    texts = _texts(("tadhg", " ", " t a d h g", "t", " a", "-", "k-u-c-e-r-a", "x", "X", "Tom", " odef", "\n", "é",
                    "Łukasz", "QA", "1", "_", "said", " otiende", " doctor", "bronwen", " tudor", "  "), 21)
    fast = [_found(spoken_name.RECOGNISER, text) for text in texts]
    monkeypatch.setattr(speech, "_CAPITALISED", re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]"))
    monkeypatch.setattr(spoken_name, "_SPELLED_HINT",
                        re.compile(r"(?<![\w-])[A-Za-z][ -][A-Za-z][ -][A-Za-z][ -][A-Za-z](?!\w)"))
    assert_each_same(texts, fast, [_found(spoken_name.RECOGNISER, text) for text in texts])
    assert sum(map(len, fast)) >= 100


def test_capitals_and_spelled_letters_read_from_their_first_character_are_found_where_the_plain_patterns_find_them():
    plain_capitals = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]")
    plain_hint = re.compile(r"(?<![\w-])[A-Za-z][ -][A-Za-z][ -][A-Za-z][ -][A-Za-z](?!\w)")
    assert speech._CAPITALISED.pattern != plain_capitals.pattern
    assert spoken_name._SPELLED_HINT.pattern != plain_hint.pattern
    texts = _texts(("a", "B", " ", "-", "x", "Ab", "é", "É", "Ła", "1", "_", "\n", "Ā", "ā"), 22, count=20000)
    assert_each_same(texts, [[m.span() for m in speech._CAPITALISED.finditer(t)] for t in texts],
                     [[m.span() for m in plain_capitals.finditer(t)] for t in texts])
    rng = random.Random(27)  # (letters and marks in turn: "a b-z x", "-a B a ab")
    texts += ["".join(rng.choice(("a", "B", "z", "ab", "é", "1", "")) + rng.choice((" ", "-", "_", "  ", ""))
                      for _ in range(rng.randint(4, 12))) for _ in range(20000)]
    hinted = [bool(spoken_name._SPELLED_HINT.search(t)) for t in texts]
    assert_each_same(texts, hinted, [bool(plain_hint.search(t)) for t in texts])
    assert sum(hinted) >= 50


def _translated_plain(text: str, start: int, end: int) -> bool:
    """``unfamiliar_name._translated`` without its look for a slash first."""
    if after := unfamiliar_name._SLASH_AFTER.match(text, end):
        first, other, labelled = start, after.group(1), after.group(2) is not None
    elif before := unfamiliar_name._SLASH_BEFORE.search(text, max(0, start - 30), start):
        first, other, labelled = before.start(), before.group(1), unfamiliar_name._COLON.match(text, end) is not None
    else:
        return False
    if not (labelled or unfamiliar_name._LINE_LEAD.fullmatch(text, text.rfind("\n", 0, first) + 1, first)):
        return False
    return other.lower() in unfamiliar_name.english_words() and not unfamiliar_name.is_given_name(other)


def test_bilingual_labels_looked_for_only_where_a_slash_is_near_are_those_of_the_plain_search():
    texts = _texts(("Kunde", " / ", "/", "Customer", ":", " ", "\n", "1. ", "Teilnehmer", "Attendees", "Tadhg", "robot",
                    "Proj", "x"), 23)
    words = [(text, m.start(), m.end()) for text in texts for m in unfamiliar_name._WORD.finditer(text)]
    fast = [unfamiliar_name._translated(*word) for word in words]
    for (text, start, _), translated, plain in zip(words, fast, [_translated_plain(*word) for word in words], strict=True):
        assert_same(translated, plain, text, at=start)
    assert sum(fast) >= 20


def test_words_split_after_an_initial_looked_for_after_no_lower_case_letter_are_those_of_the_plain_scan(monkeypatch):
    assert ocr._SPLIT.pattern != r"\. (?P<head>[A-Z][a-z]{1,11}) (?P<tail>[a-z]{2,8})\b"
    texts = _texts(("K.", " Wrel", " ski", "S.", " Ll", " oyd", "ok.", "1.", " ", ". ", "É.", "x", "\n", "'", "A"), 24)

    def joins(head: str, tail: str) -> bool:
        return True

    fast = [ocr.read_as_printed(text, joins) for text in texts]
    monkeypatch.setattr(ocr, "_SPLIT", re.compile(r"\. (?P<head>[A-Z][a-z]{1,11}) (?P<tail>[a-z]{2,8})\b"))
    assert_each_same(texts, fast, [ocr.read_as_printed(text, joins) for text in texts])
    assert sum(bool(reading.changed) for reading in fast) >= 30


def test_lines_of_other_languages_scanned_from_the_first_marker_are_those_of_the_whole_scan():
    texts = _texts(("und", " die", " das", " ", "\n", "mit", "the", "yn", " y", "ac", "x", "ist", ",", "Über", "é"), 25)
    for text in texts:
        doc = Document(text)
        # (each reader's own plain scan: since speed12 both read their markers from one shared scan)
        for lines, marker in ((doc.foreign, languages._marker()), (doc.welsh, welsh._marker())):
            starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
            whole = {sum(s <= m.start() for s in starts) - 1 for m in marker.finditer(doc.lower)}
            found = lines.marker_lines()
            assert_same(found, whole, text, "lines with a marker", at=starts[min(found ^ whole)] if found != whole else None)


def test_compound_parts_tried_against_the_sector_endings_only_when_one_ends_the_word_are_those_of_the_plain_loop():
    rng = random.Random(26)
    heads = ("Quay", "Rad", "Dun", "Ab", "Tarn", "Kel")
    tails = ("io", "pharma", "stone", "more", "bio", "process", "wick", "therapeutics", "labs", "x", "")
    names = [rng.choice(heads) + rng.choice(tails) + rng.choice(tails) for _ in range(3000)]
    fast = [declared._second_part(name) for name in names]

    def plain(word: str) -> str | None:
        lower = word.lower()
        if lower in declared.english_words():
            return None
        for sector in declared._SECTOR_ENDINGS:
            if lower.endswith(sector) and len(lower) - len(sector) >= 3:
                return sector
        for cut in range(3, len(lower) - 3):
            if lower[cut:] in declared.english_words():
                return lower[cut:]
        return None

    assert fast == [plain(name) for name in names]
    assert sum(part is not None for part in fast) >= 100
