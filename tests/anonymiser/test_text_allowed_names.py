"""Where the allow-list's names of several words stand in a text: whole words, the longest, none inside another."""
from anonymiser.text.allowed_names import allowed_stretches, inside

_ALLOW = frozenset({"food and drug administration", "drug administration", "cell and gene therapy catapult", "fda"})


def test_names_of_several_words_are_found_whole_and_the_longest_wins() -> None:
    lower = "the food and drug administration and the cell and gene therapy catapult met."
    assert allowed_stretches(lower, _ALLOW) == [(4, 32), (41, 71)]


def test_a_name_inside_a_longer_word_is_not_found() -> None:
    assert allowed_stretches("xdrug administrationy", _ALLOW) == []


def test_a_span_inside_a_stretch_is_inside_and_one_across_its_edge_is_not() -> None:
    stretches = [(4, 32), (41, 71)]
    assert inside(stretches, 13, 32)
    assert not inside(stretches, 13, 35)
    assert not inside(stretches, 0, 3)
    assert not inside([], 0, 3)
