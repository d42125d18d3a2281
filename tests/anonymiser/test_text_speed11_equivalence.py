"""The speed11 shortcuts give what the plain scans give, on the development texts of the evaluation corpus and
on random strings built from the characters each shortcut cares about. (A corpus text fails by its file and
offset, never printed: see ``dev_corpus``.)"""
import random
import re

from anonymiser.text import termmatch
from anonymiser.text.recognisers import handle, ip_address, learned_aliases, person_model, product_context, vehicle_registration
from anonymiser.text.spans import Span
from anonymiser.text.termmatch import compact
from tests.anonymiser.dev_corpus import assert_both_or_neither, assert_same, dev_texts


def _requires(recogniser: object, index: int) -> re.Pattern[str]:
    pattern = recogniser.patterns[index].requires  # type: ignore[attr-defined]
    assert pattern is not None
    return pattern


def test_cheap_tests_led_by_a_rarer_character_find_the_same():
    """Each ``requires`` test (is there any match at all?) against the plain pattern it stands for."""
    plain = {
        _requires(handle.RECOGNISER, 6): re.compile(r"[a-z0-9]_[a-z0-9]"),
        _requires(ip_address.RECOGNISER, 0): re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d"),
        _requires(vehicle_registration.RECOGNISER, 0): re.compile(r"\d [A-Z]{3}"),
        _requires(product_context.RECOGNISER, 1): re.compile(r"[A-Z]{4}\s+\d"),
        _requires(product_context.RECOGNISER, 8): re.compile(r"[a-z][A-Z][a-z]"),
    }
    rng = random.Random(11)
    parts = list("aAbBzZ09_. \t\n-é") + ["AB", "ABCD", "12", "1.2", "x_y"]
    texts: list[str] = dev_texts()
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(1, 30))) for _ in range(20000)]
    for fast, slow in plain.items():
        assert fast.pattern != slow.pattern
        for text in texts:
            assert_both_or_neither(fast.search(text), slow.search(text), text, fast.pattern)


def test_numbered_logins_are_the_plain_scan():
    plain = learned_aliases._NUMBERED
    rng = random.Random(12)
    parts = list("abXY.129_-@/\\ \t\né,") + ["rmakoni", "lsmith", "g.danladi", "abcdefghijklmnopqrstuvwxyzabcdef"]
    texts: list[str] = dev_texts()
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(1, 30))) for _ in range(30000)]
    texts += ["x" * n + "2" for n in range(1, 40)] + ["." + "ab" * n + "7 " for n in range(1, 20)]
    for text in texts:
        assert_same([(m.span(), m.groups()) for m in learned_aliases.numbered_logins(text)],
                    [(m.span(), m.groups()) for m in plain.finditer(text)], text)


def test_words_of_a_view_are_the_plain_scan():
    rng = random.Random(13)
    parts = list("ab1'\u2019_.,;:()[]\"\u201c\u201d-\u00e9\u00b2\u2026 ") + ["ab", "road,", "(co", "no.", "x's"]
    texts: list[str] = dev_texts(compact)
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(0, 20))) for _ in range(30000)]
    for text in texts:
        assert_same(termmatch._words(text), termmatch._WORD.findall(text), text)


def test_coverage_codes_each_category_as_before():
    spans = [Span(i, i + 3, category, "r", 0.5, "L", "k") for i, category in
             enumerate(("person", "organisation", "place", "name", "declared", "product", "date", "contact"))]
    codes = person_model.coverage(20, spans)
    other = len(person_model._RULE_CATEGORIES) + 1
    expected = bytearray(20)
    for span in spans:  # (the plain form: each span's category looked up in the list)
        code = person_model._RULE_CATEGORIES.index(span.category) + 1 if span.category in person_model._RULE_CATEGORIES else other
        expected[span.start:span.end] = bytes([code]) * span.length
    assert codes == expected
