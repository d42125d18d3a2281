"""The speed6 shortcuts give what the plain computations they replace give, on the development texts of the
evaluation corpus and on random strings built from the characters each shortcut cares about. (A corpus text
fails by its file and offset, never printed: see ``dev_corpus``.)"""
import random
import re
from itertools import groupby

from anonymiser.text import welsh
from anonymiser.text.normalise import normalise
from anonymiser.text.recognisers import given_name_alone, handle, initials_actor, person_cues, person_names, word_as_name
from anonymiser.text.recognisers.line_start import LineStartPattern
from tests.anonymiser.dev_corpus import assert_both_or_neither, assert_same, dev_texts, view_of

_PARTS = ("ash", "Ash", "ASH", "bor", "a", "A", "O'", "Brien", "-", "/", ".", "@", "_", "'", " ", " ", "\t", "\n",
          "1", "é", "É", "İ", "i\u0307", "\u0307", "²", "x²", "½", "٣", "Mc", "Donald", "&", ",", "\u2019")


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    fuzz = ["".join(rng.choice(_PARTS) for _ in range(rng.randint(1, 24))) for _ in range(count)]
    return dev_texts(normalise) + fuzz


def _plain_whole_words(text: str) -> frozenset[str]:
    """``person_names._whole_words`` as it was: every run of letters, split at numeric signs, that ``_free`` lets stand."""
    found: set[str] = set()
    for run in person_names._LETTERS.finditer(text):
        at = run.start()
        for is_letter, chars in groupby(run.group(), str.isalpha):
            part = "".join(chars)
            if is_letter and person_names._free(text, at, at + len(part)):
                found.add(part)
            at += len(part)
    return frozenset(found)


def test_whole_words_found_in_one_scan_are_those_found_run_by_run():
    compared = 0
    for text in _texts(11, 4000):
        assert_same(person_names.free_runs(text), _plain_whole_words(text), text)
        compared += text.isascii()
    assert compared >= 200


_SCAN_PARTS = ("by", "xby", "Ab", "AB and CD", " to ", " will ", "user", "login", "account", "cc", "with", "from",
               "and", "&", "-", "_", "AB", "CD", "RDdV", "K", "Rose", "to", "agree", "review", " ", " ", "\t", "\n", ",",
               ";", ")", ".", "a", "s", "'s", "1", "2", "Jan", "x", "é", "Émile")


def _scans_match(plain: re.Pattern[str], fast: re.Pattern[str], seed: int, *, lower: bool = False) -> int:
    rng = random.Random(seed)
    fuzz = ["".join(rng.choice(_SCAN_PARTS) for _ in range(rng.randint(1, 30))) for _ in range(4000)]
    compared = 0
    for text in _texts(seed, 0) + fuzz:
        text = view_of(text, text.lower()) if lower else text
        found = [m.span(0) for m in fast.finditer(text)]
        assert_same(found, [m.span(0) for m in plain.finditer(text)], text, plain.pattern)
        assert_same([(m.span(0), m.groupdict()) for m in fast.finditer(text)],
                    [(m.span(0), m.groupdict()) for m in plain.finditer(text)], text, plain.pattern)
        compared += bool(found)
    return compared


def test_scans_led_by_a_letter_match_as_those_led_by_a_word_boundary_or_look_behind():
    e, v = initials_actor._END, initials_actor._VERB
    token = initials_actor._TOKEN
    plain_pair = re.compile(rf"(?<![\w&-])(?P<i>{token}){e}[ \t]+(?:and|&)[ \t]+(?P<j>{token}){e}(?=[ \t]+{v})")
    assert _scans_match(plain_pair, initials_actor._PAIR, 21) >= 20
    plain_by = re.compile(initials_actor._BY.pattern.replace(
        r"(?:by(?<!\wby)|from(?<!\wfrom)|cc(?<!\wcc)|with(?<!\wwith))", r"\b(?:by|from|cc|with)"), re.MULTILINE)
    assert plain_by.pattern != initials_actor._BY.pattern
    assert _scans_match(plain_by, initials_actor._BY, 22) >= 30
    assert _scans_match(re.compile(r"\b(?:user|login|account)[ \t]"), handle._USER_ANCHOR, 23, lower=True) >= 150
    assert _scans_match(re.compile(r"\bby[ \t]"), handle._BY_ANCHOR, 24, lower=True) >= 250
    up, lo = person_cues.UP, person_cues.LO
    plain_mid = re.compile(rf"(?<=[a-z,;)] )[{up}][{lo}]+(?=(?:['\u2019]s)?(?:[,;.:)?!]|[ \t](?![{up}\d])))")
    assert _scans_match(plain_mid, word_as_name._MID_SENTENCE, 25) >= 300


_LINE_PARTS = ("\n", "\n", "\n\n", " ", " ", "\t", "-", "*", "\u2022", ".", "!", ";", ":", "(", ")", "\u2014", "\u2013", "--",
               "~", "AB", "CD", "JW", "RDdV", "K", "K.", "Rose", "Tom", "Ann", "Li Na", ",", ", ", " and ", " to ",
               " will ", " has ", "follow up", "propose", " said", "A1 ", "5.3 ", "From:", "Regards", "x", "é", "AB to propose",
               "AB: propose", "A1 AB - ", "JO SMITH:", "\u2014 Rose Tom", "(Rose, Tom, Ann)", "\n- ")


def _line_scans_match(scan: LineStartPattern, seed: int, plain: re.Pattern[str] | None = None) -> int:
    plain = plain or re.compile(scan.first_line.pattern, scan.first_line.flags)
    names = list(plain.groupindex)
    rng = random.Random(seed)
    fuzz = ["".join(rng.choice(_LINE_PARTS) for _ in range(rng.randint(1, 40))) for _ in range(4000)]
    compared = 0
    for text in _texts(seed, 0) + fuzz:
        found = [[m.span(name) for name in names] for m in scan.finditer(text)]
        assert_same(found, [[m.span(name) for name in names] for m in plain.finditer(text)], text, plain.pattern)
        compared += bool(found)
    return compared


def test_line_start_scans_from_line_breaks_match_as_the_plain_ones():
    for scan, least in ((initials_actor._SUBJECT, 200), (initials_actor._TO_ACT, 80), (initials_actor._ACTION_LINE, 70),
                        (initials_actor._NUMBERED_ACTION, 130), (initials_actor._SIGNED_ALONE, 20),
                        (person_cues.DASH_SIGNATURE, 25), (person_cues.CAPS_SPEAKER, 100),
                        (given_name_alone._NAME_LIST, 600)):
        assert _line_scans_match(scan, 31) >= least, scan.first_line.pattern
    # (its first line written as the pattern was: "^" in a multi-line pattern, not "(?m:^)")
    item = rf"[{person_cues.UP}][{person_cues.LO}]+(?:[ \t][{person_cues.UP}](?:[{person_cues.LO}]+|\.)?)?"
    plain_list = re.compile(rf"(?:^|[(:\u2013\u2014][ \t]*)(?P<list>{item}(?:,[ \t]*{item}){{2,}}(?:,?[ \t]+(?:and|&)[ \t]+{item})?)"
                            rf"(?=[ \t]*(?:\)|$|[.;]))", re.MULTILINE)
    assert _line_scans_match(given_name_alone._NAME_LIST, 32, plain_list) >= 600


def test_the_welsh_marker_as_a_trie_finds_a_text_with_welsh_small_words_as_the_alternation_did():
    small = sorted(welsh._welsh()[0] - {"at"})
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, small)) + r")\b")
    rng = random.Random(41)
    parts = (*small[:20], "y", "yn", "yma", "â", "a", "at", "the", "ac", "acid", "yny", " ", " ", ",", "-", "'", "\n", "1", "é")
    fuzz = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 6))) for _ in range(4000)]
    found = 0
    for text in [view_of(t, t.lower()) for t in _texts(41, 0)] + fuzz:
        assert_both_or_neither(welsh._marker().search(text), plain.search(text), text)
        found += plain.search(text) is not None
    assert found >= 1000


def test_scans_tried_at_the_initials_only_match_as_the_plain_ones():
    rng = random.Random(51)
    parts = ("AB", "CD", "RDdV", "K", "QA", "MW", " ", " ", "\t", "\n", ",", ".", ";", ")", "(", "-", "&", "'", "/", "x",
             "Ab", " and ", " to ", " agree", " 21/06/24", " 3 May 2024", " (Site Director)", "approved ", "1", "é",
             "AB and CD to ", "MW & QA will ")
    fuzz = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 30))) for _ in range(4000)]
    compared = 0
    for text in _texts(51, 0) + fuzz:
        starts = [m.start() for m in initials_actor._ANY.finditer(text)]
        for regex in (initials_actor._PAIR, initials_actor._BEFORE_ROLE, initials_actor._CLAUSE_END, initials_actor._DATED):
            found = [m.span() for m in initials_actor._at_tokens(regex, text, starts)]
            assert_same(found, [m.span() for m in regex.finditer(text)], text, regex.pattern)
            compared += bool(found)
    assert compared >= 2000
