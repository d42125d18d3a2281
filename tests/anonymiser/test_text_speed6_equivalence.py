"""The speed6 shortcuts give what the plain computations they replace give, on the evaluation corpus and
on random strings built from the characters each shortcut cares about."""
import random
from itertools import groupby

from anonymiser.eval.corpus import load
from anonymiser.text.normalise import normalise
from anonymiser.text.recognisers import person_names

_PARTS = ("ash", "Ash", "ASH", "bor", "a", "A", "O'", "Brien", "-", "/", ".", "@", "_", "'", " ", " ", "\t", "\n",
          "1", "é", "É", "İ", "i\u0307", "\u0307", "²", "x²", "½", "٣", "Mc", "Donald", "&", ",", "\u2019")


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    fuzz = ["".join(rng.choice(_PARTS) for _ in range(rng.randint(1, 24))) for _ in range(count)]
    return [normalise(case.text) for case in load()] + fuzz


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
        assert person_names._whole_words(text) == _plain_whole_words(text), text
        compared += text.isascii()
    assert compared >= 200
