"""The speed11 shortcuts give what the plain scans give, on the evaluation corpus and on random strings
built from the characters each shortcut cares about."""
import random
import re

from anonymiser.eval.corpus import load
from anonymiser.text.recognisers import handle, ip_address, product_context, vehicle_registration


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
        _requires(product_context.RECOGNISER, 1): re.compile(r"[A-Z]{4}[ \t]+\d"),
        _requires(product_context.RECOGNISER, 5): re.compile(r"[a-z][A-Z][a-z]"),
    }
    rng = random.Random(11)
    parts = list("aAbBzZ09_. \t\n-é") + ["AB", "ABCD", "12", "1.2", "x_y"]
    texts = [case.text for case in load()]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(1, 30))) for _ in range(20000)]
    for fast, slow in plain.items():
        assert fast.pattern != slow.pattern
        for text in texts:
            found, expected = fast.search(text), slow.search(text)
            assert (found is None) == (expected is None), (fast.pattern, text)
