"""The speed7 shortcuts give what the plain computations they replace give, bit for bit, on the development
texts of the evaluation corpus and on random strings built from the characters each shortcut cares about.
(A corpus text fails by its file and offset, never printed: see ``dev_corpus``.)"""
import random

from anonymiser.text.engine import first_pass
from anonymiser.text.normalise import normalise
from anonymiser.text.policy import Policy
from anonymiser.text.recognisers import person_model as pm
from tests.anonymiser.dev_corpus import assert_same, dev_texts

_PARTS = ("Ash", "ash", "ASH", "bor", "a", "A", "O'", "Brien", "'s", "'S", "\u2019s", "s", "-", "/", ".", "@", "+", "_",
          "'", " ", " ", "\t", "\n", "\n\n", "  ", "1", "é", "É", "İ", "²", "x²", "Mc", "Donald", "&", ",", ", ", ". ",
          "! ", "(DIL)", "DIL", "KD", "kelvin", "Kelvin", "said", "Institute", "the ", "thanks ", "\u2019", "jo.bloggs@x.com")
_WITHOUT_MODEL = Policy.from_dict({"disable": [pm.NAME]})


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    fuzz = ["".join(rng.choice(_PARTS) for _ in range(rng.randint(1, 40))) for _ in range(count)]
    return dev_texts(normalise) + fuzz


def test_the_word_view_is_the_token_list():
    for text in _texts(7, 3000):
        view, words = pm._Words.of(text), pm.tokens(text)
        assert_same([view.token(i) for i in range(len(view.words))], words, text)
        assert_same("".join(g + w for g, w in zip(view.gaps, view.words)) + view.gaps[-1], text, text)
        assert_same([(t.end, text[t.end:u.start]) for t, u in zip(words, words[1:])],
                    [(t.end, gap) for t, gap in zip(words, view.gaps[1:len(words)])], text)


def test_the_word_view_reads_the_context_and_the_asked_words_as_the_plain_computations():
    for text in _texts(8, 3000):
        view, words = pm._Words.of(text), pm.tokens(text)
        context = pm.Context.of(text, words)
        assert_same(view.context, context, text)
        assert_same(view.asked(), [i for i, t in enumerate(words) if context.asks(t)], text)


def test_local_parts_read_back_from_each_at_are_the_scan():
    rng = random.Random(3)
    fuzz = ["".join(rng.choice("ab.@-+_ \n1é.@") for _ in range(rng.randint(0, 20))) for _ in range(20000)]
    for text in _texts(9, 0) + fuzz:
        assert_same(pm._local_parts(text), pm._LOCAL_PART.findall(text), text)


def test_the_scorer_gives_the_models_probability_to_the_last_bit():
    m = pm.model()
    scorer = pm._scorer(m)
    compared = 0
    for i, text in enumerate(_texts(10, 400)):
        found = first_pass(text, policy=_WITHOUT_MODEL)[1] if i % 3 == 0 else ()
        words = pm.tokens(text)
        codes = pm.coverage(len(text), found)
        context = pm.Context.of(text, words)
        view = pm._Words.of(text)
        for k in view.asked():
            plain = m.probability(pm.features(text, words, k, codes, context))
            assert_same(scorer.probability(view, k, codes), plain, text, f"word {k}", at=words[k].start)
            compared += 1
    assert compared > 5000
