"""The speed8 rewrites find what the patterns they replace find, bit for bit, on the development texts of the
evaluation corpus and on random strings built from the characters each rewrite cares about. (A corpus text
fails by its file and offset, never printed: see ``dev_corpus``.)"""
import random
import re

from anonymiser.text.document import Document
from anonymiser.text.recognisers import handle, initials_actor, person_names
from anonymiser.text.recognisers.base import Pattern
from anonymiser.text.recognisers.line_start import LineStartPattern
from anonymiser.text.wordtrie import trie_pattern
from tests.anonymiser.dev_corpus import assert_both_or_neither, assert_same, dev_texts, where

_PARTS = ("ash", "Ash", "ASH", "a", "B", "abcdefghijklmnopq", "ABCDEFGHIJKLMNOPQ", "é", "1", "42", "2024-09-03",
          "12/3/24", "08:15", "T", ".", "_", "-", "@", "/", "\\", "<", ">", "(", ")", "|", ":", "=", '"', "'", " ",
          "  ", "\t", "\n", "user", "by", "name", "TODO", "XXX", "CORP", "svc", "jo.bloggs", "m.alaimo", "x@y.com")


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    fuzz = ["".join(rng.choice(_PARTS) for _ in range(rng.randint(1, 40))) for _ in range(count)]
    return dev_texts() + fuzz


def _found(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in regex.finditer(text)]


def test_handle_patterns_rewritten_find_the_same():
    pairs = (
        (r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?:[ \tT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
         r"[ \t]+(?P<handle>[a-z][a-z0-9._-]{3,20}[a-z0-9])(?=[ \t]{2,}|[ \t]*\||[ \t]*$)", handle._AFTER_DATE),
        (r"(?P<handle>[a-z][a-z0-9._-]{2,30}[a-z0-9])[ \t]+<[^<>@\s]+@", handle._BEFORE_ADDRESS),
    )
    for text in _texts(1, 20000):
        for old, new in pairs:
            assert_same(_found(new, text), _found(re.compile(old, re.MULTILINE), text), text, old)


def test_handle_requires_admit_every_text_the_old_ones_did():
    pairs = ((r"(?i:name|id|login|by|user)[\"']?[ \t]*[:=]", handle._KEYED),
             (r"[A-Z0-9]\\[a-z]", handle._DOMAIN_ACCOUNT),
             (r"(?:TODO|FIXME|XXX|HACK|NOTE)\(", handle._CODE_NOTE_OWNER),
             (r"[a-z0-9][ \t]+<[^<>@\s]+@", handle._BEFORE_ADDRESS),
             (r"(?i:\\users\\)|/home/|/Users/", handle._HOME_FOLDER))
    requires = {p.regex: p.requires for p in handle.RECOGNISER.patterns}
    for text in _texts(2, 20000) + ["C:\\USERS\\jo", "/home/", "/Users/", "\\users/", "/users/"]:
        for old, regex in pairs:
            new = requires[regex]
            assert new is not None
            if before := re.search(old, text):
                assert new.search(text), f"{old}: {where(text, before.start())}"


def test_handle_matches_found_from_their_marks_are_the_scan():
    rng = random.Random(3)
    alphabets = ("aAb._ -", "abcdefgh.", "ab_1 .", "aB_é.@", "ABCD.ab", "a_b_c.d-e/f")
    fuzz = []
    for _ in range(30000):
        alphabet = rng.choice(alphabets)
        fuzz.append("".join(rng.choice(alphabet) if rng.random() < 0.9 else "abcdefghijklmnopq" for _ in range(rng.randint(1, 60))))
    patterns = [p for p in handle.RECOGNISER.patterns if p.regex in (handle._DOTTED, handle._UNDERSCORED)]
    assert len(patterns) == 2 and all(p.starts is not None for p in patterns)
    for text in _texts(4, 5000) + fuzz:
        doc = Document(text)
        for p in patterns:
            assert_same([(m.span(), m.groupdict()) for m in p.finditer(doc)], _found(p.regex, text), text, p.regex.pattern)
            assert_same([(m.span(), m.groupdict()) for m in Pattern(p.regex, 0.7).finditer(doc)], _found(p.regex, text), text)


_LETTER_PARTS = ("ash", "Ash", "é", "É", "ß", "x²", "ǅ", "中", "İ", ".", "-", "/", "_", "@", " ", "1", "'", "\n", "ab", "AB")


def test_free_letter_runs_led_by_their_first_letter_are_the_old_scan():
    old = re.compile(r"(?<![/.@_-])(?<![^\W\d_])[^\W\d_]+(?![^\W\d_]|[/.@_-])")
    rng = random.Random(5)
    fuzz = ["".join(rng.choice(_LETTER_PARTS) for _ in range(rng.randint(1, 30))) for _ in range(30000)]
    for text in _texts(5, 2000) + fuzz:
        assert_same(person_names._FREE_LETTERS.findall(text), old.findall(text), text)


def test_initials_after_a_date_led_by_a_digit_are_the_old_scan():
    old = re.compile(rf"(?<![\w/.-])(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}}))[ \t]+"
                     rf"(?P<i>{initials_actor._TOKEN}){initials_actor._END}(?=[ \t]{{2,}}|[ \t]+v?\d|[ \t]*\|)")
    parts = _PARTS + ("AB", "EM", "ROB", "v1", "2023-05-11", "14/03/2023", "x2023-05-11")
    rng = random.Random(6)
    fuzz = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 20))) for _ in range(20000)]
    for text in _texts(6, 2000) + fuzz:
        assert_same(_found(initials_actor._AFTER_DATE, text), _found(old, text), text)


def test_a_trie_guarded_after_each_first_letter_is_the_trie_after_a_look_behind():
    words = "ask asked ring rang call ping pinged email emailed tell told cc w/ thanks thx cheers ta chase chased".split()
    old = re.compile(rf"(?<![\w-]){trie_pattern(words)}[ \t]+(?P<name>[a-z]{{3,15}})")
    new = re.compile(trie_pattern(words, not_after=r"[\w-]") + r"[ \t]+(?P<name>[a-z]{3,15})")
    parts = tuple(words) + (" ", "-", "_", "x", "bob", "kofi", "\n", "é", "w", "/")
    rng = random.Random(7)
    fuzz = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 20))) for _ in range(20000)]
    for text in dev_texts(str.lower) + fuzz:
        assert_same(_found(new, text), _found(old, text), text)


def test_either_led_by_one_class_is_the_alternation():
    cases = ((initials_actor._BULLET, r"[.!?;][ \t]+", rf"(?P<i>{initials_actor._TOKEN}){initials_actor._END}", 0),
             ("", r"[(:\u2013\u2014][ \t]*", r"(?P<list>[A-Z][a-z]+(?:,[ \t]*[A-Z][a-z]+){2,})(?=[ \t]*(?:\)|$|[.;]))", re.MULTILINE))
    parts = ("AB", "Cd", "Ann", ", ", ",", ".", "!", ";", ":", "(", ")", "\u2013", " ", "\t", "\n", "- ", "* ", "\u2022",
             "x", "and", "É")
    rng = random.Random(8)
    fuzz = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 25))) for _ in range(20000)]
    for line_lead, other_lead, rest, flags in cases:
        plain = re.compile(f"(?:(?m:^){line_lead}|{other_lead}){rest}", flags)
        either = LineStartPattern.either(line_lead, other_lead, rest, flags)
        for text in _texts(8, 0) + fuzz:  # (read by named groups only: see ``LineStartPattern``)
            assert_same([(m.span(g), m.group(g)) for m in either.finditer(text) for g in m.groupdict()],
                        [(m.span(g), m.group(g)) for m in plain.finditer(text) for g in m.groupdict()], text, rest)


def test_thread_users_found_from_their_marks_are_the_scan():
    pattern = next(p for p in handle.RECOGNISER.patterns if p.regex is handle._THREAD_USER)
    old_requires = re.compile(handle._THREAD_ACTS)
    parts = ("**", "*", "@", "\n", " ", "\t", "bob", "jo-lab", "x1", "commented", "opened ", "force-pushed ", "added",
             "removed\t", "ed ", "Ann", "_", "-")
    rng = random.Random(9)
    fuzz = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 20))) for _ in range(20000)]
    for text in _texts(9, 2000) + fuzz:
        assert_both_or_neither(pattern.requires.search(text), old_requires.search(text), text)
        assert_same([(m.span(), m.groupdict()) for m in pattern.finditer(Document(text))],
                    _found(pattern.regex, text) if old_requires.search(text) else [], text)


def test_two_listed_initials_found_at_the_tokens_as_by_the_scan():
    parts = ("AB", "CD", "RMcK", "ABCDE", ", ", ",", " ", "&", "-", "a", "x", "and", "\n", "É", "'")
    rng = random.Random(10)
    fuzz = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 20))) for _ in range(20000)]
    for text in _texts(10, 2000) + fuzz:
        starts = [m.start() for m in initials_actor._ANY.finditer(text)]
        assert_both_or_neither(next(initials_actor._at_tokens(initials_actor._TWO_LISTED, text, starts), None),
                               initials_actor._TWO_LISTED.search(text), text)
