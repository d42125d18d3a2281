"""The speed8 rewrites find what the patterns they replace find, bit for bit, on the evaluation corpus and
on random strings built from the characters each rewrite cares about."""
import random
import re

from anonymiser.eval.corpus import load
from anonymiser.text.document import Document
from anonymiser.text.recognisers import handle
from anonymiser.text.recognisers.base import Pattern

_PARTS = ("ash", "Ash", "ASH", "a", "B", "abcdefghijklmnopq", "ABCDEFGHIJKLMNOPQ", "é", "1", "42", "2024-09-03",
          "12/3/24", "08:15", "T", ".", "_", "-", "@", "/", "\\", "<", ">", "(", ")", "|", ":", "=", '"', "'", " ",
          "  ", "\t", "\n", "user", "by", "name", "TODO", "XXX", "CORP", "svc", "jo.bloggs", "m.ashworth", "x@y.com")


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    fuzz = ["".join(rng.choice(_PARTS) for _ in range(rng.randint(1, 40))) for _ in range(count)]
    return [case.text for case in load()] + fuzz


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
            assert _found(re.compile(old, re.MULTILINE), text) == _found(new, text), text


def test_handle_requires_admit_every_text_the_old_ones_did():
    pairs = ((r"(?i:name|id|login|by|user)[\"']?[ \t]*[:=]", handle._KEYED),
             (r"[A-Z0-9]\\[a-z]", handle._DOMAIN_ACCOUNT),
             (r"(?:TODO|FIXME|XXX|HACK|NOTE)\(", handle._CODE_NOTE_OWNER),
             (r"[a-z0-9][ \t]+<[^<>@\s]+@", handle._BEFORE_ADDRESS))
    requires = {p.regex: p.requires for p in handle.RECOGNISER.patterns}
    for text in _texts(2, 20000):
        for old, regex in pairs:
            new = requires[regex]
            assert new is not None
            if re.search(old, text):
                assert new.search(text), (old, text)


def test_handle_matches_found_from_their_marks_are_the_scan():
    rng = random.Random(3)
    alphabets = ("aAb._ -", "abcdefgh.", "ab_1 .", "aB_é.@", "ABCD.ab", "a_b_c.d-e/f")
    fuzz = []
    for _ in range(30000):
        alphabet = rng.choice(alphabets)
        fuzz.append("".join(rng.choice(alphabet) if rng.random() < 0.9 else "abcdefghijklmnopq" for _ in range(rng.randint(1, 60))))
    patterns = [p for p in handle.RECOGNISER.patterns if p.starts is not None]
    assert {p.regex for p in patterns} == {handle._DOTTED, handle._UNDERSCORED}
    for text in _texts(4, 5000) + fuzz:
        doc = Document(text)
        for p in patterns:
            assert [(m.span(), m.groupdict()) for m in p.finditer(doc)] == _found(p.regex, text), text
            assert [(m.span(), m.groupdict()) for m in Pattern(p.regex, 0.7).finditer(doc)] == _found(p.regex, text)
