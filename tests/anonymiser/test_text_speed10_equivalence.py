"""The speed10 shortcuts give what the plain scans give, on the development texts of the evaluation corpus and
on random strings built from the characters and words each shortcut cares about. (A corpus text fails by its
file and offset, never printed: see ``dev_corpus``.)"""
import random
import re

from anonymiser.text.policy import Policy
from anonymiser.text.recognisers import (anchor_scan, email, given_name_alone, person, person_cues, place_context, registry,
                                         spoken_contact)
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser
from tests.anonymiser.dev_corpus import assert_both_or_neither, assert_same, dev_texts


class _Owner:
    """Something to keep the automaton pass on, as a ``Document`` does."""


def _anchors() -> list[re.Pattern[str]]:
    patterns = [p for r in registry.build(Policy().recognisers) if isinstance(r, PatternRecogniser) for p in r.patterns]
    return [p.anchor for p in patterns + [person._KEYED, person._TITLE_BLOCK] if p.anchor is not None]


# Scans of ``Document.lower`` read through the automaton pass (``anchor_scan.finditer``).
_LOWER_SCANS = (person_cues.SIGN_OFF, person_cues.SPEECH_VERB, person_cues.INLINE_SIGN_OFF_ANCHOR,
                given_name_alone._LOWER_CUED, place_context._KEYWORD_THEN_TOWN, place_context._OWNED_SITE_ANCHOR,
                spoken_contact._CHEAP, email._AT)


def test_anchor_starts_are_the_anchor_scan():
    anchors = _anchors() + list(_LOWER_SCANS)
    assert all(anchor_scan.leading_strings(scan) for scan in _LOWER_SCANS)
    strings = sorted({s for a in anchors for s in anchor_scan.leading_strings(a) or ()})
    assert len(strings) > 100  # (most anchors are read off; the test would pass vacuously otherwise)
    rng = random.Random(10)
    parts = strings + list("abcdefghijklmnopqrstuvwxyz .,!?#@[]/-_\u00b0\u00ba\n\t():") + ["priya", "kofi", "at", "dot"] + ["  ", "\u00e9", "1", "\U0001f600"]
    texts: list[str] = dev_texts(str.lower) + dev_texts()[:50]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(1, 40))) for _ in range(20000)]
    for text in texts:
        owner = _Owner()
        for anchor in anchors:
            assert_same([(m.span(), m.groups()) for m in anchor_scan.finditer(anchor, owner, text)],
                        [(m.span(), m.groups()) for m in anchor.finditer(text)], text, anchor.pattern)


def test_leading_strings_start_every_match():
    cases = {
        r"kvk|hr[ab]|p\.?[ ]?iva": {"kvk", "hra", "hrb", "piva", "p.iva", "p iva", "p. iva"},
        r"(?<![a-z])(?:no|n[\u00b0\u00ba])(?![a-z])|#": {"no", "n\u00b0", "n\u00ba", "#"},
        r"(?:batch|lot)(?:es)?\d": {"batch", "batches", "lot", "lotes"},
        r"ab[^c]d|ef": {"ab", "ef"},
    }
    for pattern, strings in cases.items():
        assert anchor_scan.leading_strings(re.compile(pattern)) == strings, pattern
    for pattern in (r"(?i:batch|lot)", r"a?", r"\w+", r"x|.", r"(?:abc)*d"):
        assert anchor_scan.leading_strings(re.compile(pattern)) is None, pattern
    assert anchor_scan.leading_strings(re.compile("batch", re.IGNORECASE)) is None


def test_an_anchor_added_later_is_found_too():
    owner, text = _Owner(), "see batch 12 and the zqxj lot; zqxjzqxj"
    first = Pattern(re.compile(r"(?P<n>\d+)"), 0.5, anchor=re.compile(r"(?:batch|lot)"))
    assert list(anchor_scan.starts(first.anchor, owner, text)) == [4, 26]  # type: ignore[arg-type]
    later = Pattern(re.compile(r"zqxj"), 0.5, anchor=re.compile(r"zqxj|zz"))
    assert list(anchor_scan.starts(later.anchor, owner, text)) == [m.start() for m in later.anchor.finditer(text)]  # type: ignore[union-attr]


_CUE_PARTS = ("Dr", "Prof", "Mr", "Mrs", "Ms", "Mx", "Miss", "D", "P", "M", "r", "s", "x", "iss", "rof", ".", " ", "\t", "\n",
              "A", "B", "Z", "Jo", "Sam", "a", "z", "é", "1", "_", "-", "'", "&", ";", '"', "|", ",", "/", "Jo B", "x,", "AB")


def test_person_cue_scans_led_by_a_rarer_character_find_the_same():
    plain = {
        person_cues.TITLED_INITIAL: re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|Miss)\.?[ \t]+(?P<name>[A-Z])(?![\w.'\u2019&-])"),
        person_cues.GIVEN_INITIAL_ITEM: re.compile(r"(?:^|[;\"|\t,])[ \t]*(?P<name>[A-Z][a-z]{1,15}[ \t][A-Z])(?=[ \t]*(?:[;\"|\t]|$))",
                                                   re.MULTILINE),
    }
    searched = {
        person_cues.APA_HINT: re.compile(r"[a-z],[ \t]+[A-Z]\."),
        person_cues.HAS_SLASHED_CAPITALS: re.compile(r"[A-Z]/[A-Z]"),
        person_cues.HAS_DOTTED_INITIALS: re.compile(r"[A-Z]\.[A-Z]"),
    }
    rng = random.Random(11)
    texts: list[str] = dev_texts()
    texts += ["".join(rng.choice(_CUE_PARTS) for _ in range(rng.randint(1, 30))) for _ in range(30000)]
    for text in texts:
        for new, old in plain.items():
            assert_same([(m.span("name"), m.group("name")) for m in new.finditer(text)],
                        [(m.span("name"), m.group("name")) for m in old.finditer(text)], text, old.pattern)
        for new, old in searched.items():
            assert_both_or_neither(new.search(text), old.search(text), text, old.pattern)
