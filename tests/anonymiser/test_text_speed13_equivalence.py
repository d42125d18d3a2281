"""The speed13 shortcuts give what the plain forms give, on the development texts and on random strings built
from the characters each shortcut cares about. (Development texts only: a failing assertion names its file.)"""
from __future__ import annotations

import re

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern

from tests.anonymiser.dev_corpus import assert_same, dev_texts, random_texts, same_scan


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
    texts = list(dev_texts()) + random_texts(131, parts, 30000)
    _same_as_plain_scan(pattern, texts)
    # (the requirement led by its "-" holds where the plain one does)
    for text in texts:
        assert (re.search(r"[A-Z]-[A-Z]?\d", text) is None) == (pattern.requires.search(text) is None), text


def test_bracketed_names_tried_before_their_brackets_are_the_plain_scan():
    from anonymiser.text.recognisers import project_name
    pattern = next(p for p in project_name.RECOGNISER.patterns if p.regex is project_name._BRACKETED)
    parts = list("aAzZ9 ()-\n") + ["system ", "LIMS ", "Line 4 ", "line 12 ", "booth", "Programme ", " (Quennel)",
                                   " (BRACKWEN)", "(Vireton-Ash)", "HISTORIAN", "dashboard 7 "]
    _same_as_plain_scan(pattern, list(dev_texts()) + random_texts(132, parts, 30000))


def test_spoken_top_level_domains_scanned_only_where_one_ends_a_dot_are_the_plain_scan():
    from anonymiser.text import spoken_addresses
    from anonymiser.text.normalise import lower_view
    parts = list("ab \t\n,>.") + [" dot ", "dot", " com", " co dot uk", " u k", "\n1\n00:00:01,000 --> 00:00:02,000\n",
                                  "<v Speaker 2>", " c o m", " org", "comma"]
    for text in dev_texts(lower_view) + random_texts(133, parts, 30000):
        assert_same([m.span() for m in spoken_addresses._spoken_tlds(text)],
                    [m.span() for m in spoken_addresses._SPOKEN_TLD.finditer(text)], text)


def test_extensions_said_alone_led_by_their_first_letter_are_the_plain_scan():
    from anonymiser.text.recognisers import spoken_contact
    from anonymiser.text.spoken_numbers import TOKEN
    from anonymiser.text.normalise import lower_view
    plain = re.compile(rf"(?<![a-z])(?:extension|extn|ext)(?:[ \t]+(?:is|number|no|on))*[ \t]+{TOKEN}(?![\w-])")
    parts = list("aex \t-1") + ["extension", "extn", "ext", " is", " number", " two", " forty four", "next", "4471"]
    for text in dev_texts(lower_view) + random_texts(134, parts, 30000):
        assert_same([(m.span(), m.group()) for m in spoken_contact._EXTENSION_ALONE.finditer(text)],
                    [(m.span(), m.group()) for m in plain.finditer(text)], text)


def test_scans_led_by_the_capital_their_alternatives_share_are_the_plain_scans():
    from anonymiser.text.recognisers import product_context, project_name
    kinds = project_name._KINDS
    plain_kind = re.compile(rf"(?P<n>[A-Z][a-z]{{2,15}}|[A-Z]{{4,12}})[ ]{kinds}\b")
    brand = product_context._BRAND_BEFORE_GENERIC.pattern
    plain_brand = re.compile(r"(?P<n>[A-Z][a-z]{3,15}|[A-Z]{4,15})" + brand[brand.index(")[ ]\\(") + 1:])
    parts = list("aZ (-") + ["Kestrow ", "DUNMERE ", "Abcdefghijklmnopqrs", "ABCDEFGHIJKLMNOP", " programme", " MES",
                             " Phase 2", " (ondansetron", " (film-coated dapagliflozin)", "Xy", "QRST"]
    texts = list(dev_texts()) + random_texts(135, parts, 30000)
    same_scan(project_name._KIND, plain_kind, texts)
    same_scan(product_context._BRAND_BEFORE_GENERIC, plain_brand, texts)


def test_scans_led_by_their_first_character_are_the_plain_scans():
    from anonymiser.text import phones_abroad, spoken_addresses
    from anonymiser.text.normalise import lower_view
    wide = phones_abroad._WIDE_INTERNATIONAL.pattern
    plain_wide = re.compile(r"(?<![\w+])\+" + wide[len(r"\+(?<![\w+]\+)"):])
    freephone = phones_abroad._FREEPHONE_PL.pattern
    plain_freephone = re.compile(r"(?<![\w+])00" + freephone[len(r"00(?<![\w+]00)"):])
    parts = list("+0 9a-/(") + ["+49 (0) 160 - 97 31 22 08", "00 800 121 4471", "00800", "a+", "++44 20 7946"]
    texts = list(dev_texts()) + random_texts(136, parts, 30000)
    same_scan(phones_abroad._WIDE_INTERNATIONAL, plain_wide, texts)
    same_scan(phones_abroad._FREEPHONE_PL, plain_freephone, texts)
    spelled = spoken_addresses._SPELLED_ADDRESS.pattern
    s = spoken_addresses._S
    plain_spelled = re.compile(rf"(?<![a-z'])(?:[a-z],?{s})+[a-z]" + spelled[len(rf"[a-z](?<![a-z'][a-z]),?{s}(?:[a-z],?{s})*[a-z]"):])
    parts = list("ab' ,\n") + ["a ", "b, ", "c ", "dot ", "at ", "underscore ", "ab", "it's", "\n1\n00:00:01,000 --> 00:00:02,000\n"]
    same_scan(spoken_addresses._SPELLED_ADDRESS, plain_spelled, dev_texts(lower_view) + random_texts(137, parts, 30000))


def test_the_address_hint_led_by_its_class_holds_where_the_plain_one_does():
    from anonymiser.text.recognisers import spoken_contact
    from anonymiser.text.normalise import lower_view
    plain = re.compile(r"[ \t\n,]dot[ \t\n,]|[ \t\n]at[ \t]+[a-z0-9-]+\.")
    parts = list(" \t\n,.a-") + ["dot", "at", "x", "that"]
    for text in dev_texts(lower_view) + random_texts(138, parts, 30000):
        assert (spoken_contact._ADDRESS_HINT.search(text) is None) == (plain.search(text) is None), text
