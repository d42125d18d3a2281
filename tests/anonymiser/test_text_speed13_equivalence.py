"""The speed13 shortcuts give what the plain forms give, on the development texts and on random strings built
from the characters each shortcut cares about. (Development texts only: a failing assertion names its file.)"""
from __future__ import annotations

import random
import re

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern

from tests.anonymiser.dev_corpus import assert_same, dev_texts


def _random_texts(seed: int, parts: list[str], count: int, longest: int = 30) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(parts) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _same_as_plain_scan(pattern: Pattern, texts: list[str]) -> None:
    """``pattern`` read from its starts (or marks) finds what ``re`` finds scanning every position."""
    for text in texts:
        fast = [(m.span(), m.groupdict()) for m in pattern.finditer(Document(text))]
        plain = [(m.span(), m.groupdict()) for m in pattern.regex.finditer(text)]
        if pattern.requires is not None and pattern.requires.search(text) is None:
            plain = []
        assert_same(fast, plain, text, pattern.regex.pattern[:40])


def test_short_codes_after_a_cue_tried_where_a_cue_ends_at_a_code_are_the_plain_scan():
    from anonymiser.text.recognisers import compound_code
    pattern = next(p for p in compound_code.RECOGNISER.patterns if p.regex is compound_code._SHORT_AFTER_CUE)
    parts = (list("aAzZ9 -\n.é") + ["batches of ", "BATCH OF ", "lots of ", "Product ", "product the ", "the ",
                                     "compound ", "transfer for ", "QRV-12", "Tlx-4", "ZLT-M04", "KPT-7a", "AB",
                                     "proceſs for ", "Xyzabcd-1", "-3", "of "])
    texts = list(dev_texts()) + _random_texts(131, parts, 30000)
    _same_as_plain_scan(pattern, texts)
    # (the requirement led by its "-" holds where the plain one does)
    for text in texts:
        assert (re.search(r"[A-Z]-[A-Z]?\d", text) is None) == (pattern.requires.search(text) is None), text


def test_bracketed_names_tried_before_their_brackets_are_the_plain_scan():
    from anonymiser.text.recognisers import project_name
    pattern = next(p for p in project_name.RECOGNISER.patterns if p.regex is project_name._BRACKETED)
    parts = list("aAzZ9 ()-\n") + ["system ", "LIMS ", "Line 4 ", "line 12 ", "booth", "Programme ", " (Quennel)",
                                   " (BRACKWEN)", "(Vireton-Ash)", "HISTORIAN", "dashboard 7 "]
    _same_as_plain_scan(pattern, list(dev_texts()) + _random_texts(132, parts, 30000))


def test_spoken_top_level_domains_scanned_only_where_one_ends_a_dot_are_the_plain_scan():
    from anonymiser.text import spoken_addresses
    from anonymiser.text.normalise import lower_view
    parts = list("ab \t\n,>.") + [" dot ", "dot", " com", " co dot uk", " u k", "\n1\n00:00:01,000 --> 00:00:02,000\n",
                                  "<v Speaker 2>", " c o m", " org", "comma"]
    for text in dev_texts(lower_view) + _random_texts(133, parts, 30000):
        assert_same([m.span() for m in spoken_addresses._spoken_tlds(text)],
                    [m.span() for m in spoken_addresses._SPOKEN_TLD.finditer(text)], text)


def test_extensions_said_alone_led_by_their_first_letter_are_the_plain_scan():
    from anonymiser.text.recognisers import spoken_contact
    from anonymiser.text.spoken_numbers import TOKEN
    from anonymiser.text.normalise import lower_view
    plain = re.compile(rf"(?<![a-z])(?:extension|extn|ext)(?:[ \t]+(?:is|number|no|on))*[ \t]+{TOKEN}(?![\w-])")
    parts = list("aex \t-1") + ["extension", "extn", "ext", " is", " number", " two", " forty four", "next", "4471"]
    for text in dev_texts(lower_view) + _random_texts(134, parts, 30000):
        assert_same([(m.span(), m.group()) for m in spoken_contact._EXTENSION_ALONE.finditer(text)],
                    [(m.span(), m.group()) for m in plain.finditer(text)], text)
