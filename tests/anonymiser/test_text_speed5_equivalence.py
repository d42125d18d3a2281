"""The speed5 shortcuts give what the plain computations they replace give, on the development texts of the
evaluation corpus and on random strings built from the characters each shortcut cares about. (A corpus text
fails by its file and offset, never printed: see ``dev_corpus``.)"""
import dataclasses
import random
import re

import pytest

from anonymiser.text.document import Document
from anonymiser.text.normalise import normalise
from anonymiser.text.recognisers import money, unfamiliar_name
from anonymiser.text.recognisers.person_names import lower_case_use, lower_case_uses
from anonymiser.text.spans import Span
from anonymiser.text.termmatch import TermMatcher
from tests.anonymiser.dev_corpus import assert_same, dev_texts, view_of

_PARTS = ("ash", "Ash", "ASH", "ashbor", "Ashbor", "bor", "aa", "a", "A", "O'", "o'", "Brien", "brien", "-", "/", ".", "@",
          "_", "'", " ", " ", "\t", "\n", "1", "é", "É", "İ", "i\u0307", "\u0307", "Mc", "mc", "Donald", "donald", "THEO",
          "VAN", "DER", "BERG", "AB", "&", ",", "s", "\u2019")


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    fuzz = ["".join(rng.choice(_PARTS) for _ in range(rng.randint(1, 24))) for _ in range(count)]
    return dev_texts(normalise) + fuzz


def test_lower_case_uses_found_in_one_scan_are_those_found_word_by_word():
    rng = random.Random(3)
    compared = 0
    for text in _texts(5, 4000):
        words = {m.group() for m in unfamiliar_name._WORD.finditer(text)}
        words |= {rng.choice(("Ash", "Ashbor", "Bor", "O'Brien", "Aa", "McDonald", "İbor")) for _ in range(3)}
        plain = {word.lower() for word in words if lower_case_use(text, word)}
        assert_same(lower_case_uses(text, words), plain, text)
        compared += bool(plain)
    assert compared >= 500


def test_the_capitals_scan_led_by_its_class_matches_as_the_plain_one():
    plain = re.compile(r"(?<![\w&/-])[A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){1,3}(?![\w&/-])")
    compared = 0
    for text in _texts(7, 4000):
        found = [m.span() for m in unfamiliar_name._CAPITALS.finditer(text)]
        assert_same(found, [m.span() for m in plain.finditer(text)], text)
        compared += bool(found)
    assert compared >= 200


def test_whole_word_hits_of_a_matcher_are_its_hits_not_glued_in_the_text():
    rng = random.Random(8)
    compared = 0
    for text in _texts(9, 3000):
        doc = Document(text)
        forms = {"ash", "ashbor", "bor", "o'brien", "a", "ash bor", "mc donald"}
        forms |= {m.group().lower() for m in unfamiliar_name._WORD.finditer(text) if rng.random() < 0.5}
        matcher = TermMatcher({form: form for form in forms})
        view = doc.compact
        plain = []
        for cstart, cend, value in TermMatcher({form: form for form in forms}).find(view):
            start, end = view.source_offset(cstart), view.source_offset(cend)
            if not (start and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
                plain.append((cstart, cend, value))
        assert_same(matcher.find_words(view), plain, view_of(text, view.text))
        compared += bool(plain)
    assert compared >= 500


def test_money_scans_only_for_the_currencies_a_text_holds_and_finds_what_scanning_for_all_would():
    parts = ("1", "2,000", "3.5", " ", "\t", "m", "bn", "k", "million", "pounds", "sterling", "dollars", "euros", "eur",
             "gbp", "usd", "£", "$", "€", "us$", "x", "EUR", "Pounds", ".", ",", "1.234,56", "148 600,00", "chf", "kr",
             "zł", "'", "DKK", "¥")
    rng = random.Random(2)
    texts = _texts(1, 0) + ["".join(rng.choice(parts) for _ in range(rng.randint(1, 12))) for _ in range(4000)]
    every = money._patterns(money._BEFORE, money._AFTER)
    compared = 0
    found = [[(s.start, s.end) for s in money.RECOGNISER._written(Document(text))] for text in texts]
    with pytest.MonkeyPatch.context() as patch:  # (the same reading, every currency's scan tried on every text)
        patch.setattr(money, "_patterns", lambda before, after: every)
        plain = [[(s.start, s.end) for s in money.RECOGNISER._written(Document(text))] for text in texts]
    for text, fast, slow in zip(texts, found, plain):
        assert_same(fast, slow, text)
        compared += bool(fast)
    assert compared >= 500


def test_spans_rebuilt_directly_equal_those_of_dataclasses_replace():
    span = Span(3, 9, "person", "person", 0.8, "Person", "jo bloggs", "reason", (("region", "North West"),))
    assert span.rekeyed("jo") == dataclasses.replace(span, key="jo")
    assert span.moved(1, 12) == dataclasses.replace(span, start=1, end=12)
    assert repr(span.rekeyed("jo")) == repr(dataclasses.replace(span, key="jo"))


def test_words_read_token_by_token_are_those_of_the_whole_scan():
    from anonymiser.text.termmatch import _WORD, _words

    parts = ("ash", "bor", "1", "'", "’", "_", "-", " ", "  ", ".", ",", "é", "١", "²", "\u2009", "o'brien", "(", "'s", "ß")
    rng = random.Random(12)
    texts: list[str] = dev_texts(lambda text: Document(normalise(text)).compact.text)
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(0, 16))) for _ in range(4000)]
    for view in texts:
        assert_same(_words(view), _WORD.findall(view), view)


def test_the_aliases_automaton_is_reused_until_the_aliases_change():
    from anonymiser.text.document import Aliases

    aliases = Aliases()
    aliases.add("Northfield", "organisation", "Organisation", "northfield biologics")
    first = aliases.matcher()
    assert aliases.matcher() is first
    aliases.add("NFB", "organisation", "Organisation", "northfield biologics")
    second = aliases.matcher()
    assert second is not first
    view = Document("NFB and Northfield").compact
    assert [value[2] for _, _, value in second.find_words(view)] == ["northfield biologics"] * 2
    aliases.by_alias.pop("nfb")
    assert [end for _, end, _ in aliases.matcher().find_words(view)] == [18]
