"""The speed16 shortcuts give what the plain forms give, on the development texts and on random strings built
from the characters each shortcut cares about. (Development texts only: a failing assertion names its file.)"""
from __future__ import annotations


from anonymiser.text.document import Aliases, Document
from anonymiser.text.recognisers import compound_code
from anonymiser.text.recognisers.learned_aliases import _family_codes, family_code_pattern

from tests.anonymiser.dev_corpus import dev_texts, random_texts


_FAMILIES = [frozenset({"QW"}), frozenset({"QWX", "QW"}), frozenset({"QWXZ", "BRN", "TK"}), frozenset({"ABCDE", "AB"})]
_CODE_PARTS = ["QW", "QWX", "QWXZ", "BRN", "TK", "ABCDE", "AB", "A", "Q", "x", "é", "1", "22", "310", "4471", "123456",
               "9", "-", " ", "  ", "\t", "\n", ".", "/", "_", ",", ";", ")", "(", "w", "ß", "٣"]


def _codes(text: str, families: frozenset[str]) -> list[tuple[int, int, str]]:
    doc = Document(text, aliases=Aliases(code_families=set(families)))
    return [(s.start, s.end, s.key) for s in _family_codes(doc, "learned_aliases")]


def test_a_product_familys_codes_are_found_as_one_pattern_of_its_families_finds_them():
    texts = list(dev_texts()) + random_texts(161, _CODE_PARTS, 30000)
    for families in _FAMILIES:
        plain = family_code_pattern(families)
        for text in texts:
            expected = [(m.start(), m.end()) for m in plain.finditer(text)]
            assert [(s, e) for s, e, _ in _codes(text, families)] == expected, (getattr(text, "source", text), families)


def test_families_of_other_letters_are_still_found_by_their_own_pattern():
    """A family not of two to five capitals (none that ``learn`` makes) falls back to the plain pattern."""
    assert [(s, e) for s, e, _ in _codes("see QW-1234 and Qz-2345 or Qz 3456 A  x", frozenset({"Qz", "QW"}))] == \
        [(4, 11), (16, 23), (27, 36)]


def test_no_code_of_a_family_is_found_where_the_text_has_none():
    assert _codes("QWE-1234, XQW-1234, QW-12, QW1234567", frozenset({"QW"})) == []


_NUMBER_PARTS = ["4471", "447", "71", "1", "0", "٤٤٧١", "a", "Z", "_", "%", ".", ",", "/", "-", "£", "$", "€", "#", ":",
                 " ", "\n", "(", "x"]


def test_a_compound_codes_number_written_alone_is_found_where_its_pattern_finds_it():
    texts = list(dev_texts()) + random_texts(162, _NUMBER_PARTS, 40000)
    for number in ("4471", "٤٤٧١", "2207"):
        plain = compound_code.bare_number_pattern(number)
        for text in texts:
            assert list(compound_code.bare_numbers(text, number)) == [m.span() for m in plain.finditer(text)], \
                (getattr(text, "source", text), number)


def test_a_number_inside_a_longer_number_or_an_amount_is_not_written_alone():
    assert list(compound_code.bare_numbers("44710 £4471 4471.5 4471% x4471 (4471) 4471", "4471")) == [(32, 36), (38, 42)]


def test_anonymising_leaves_no_cycle_for_the_garbage_collector():
    """What a run made is freed as soon as it ends (no reference cycle keeps its spans for the cyclic collector to
    find), also where a column gap splits a name (the path on which the engine's ``admit`` calls itself)."""
    import gc

    from anonymiser import anonymise_text
    text = ("Tamsyn Kestrow (TK) met Quennoch Arvale at Bellamire Ltd on 3 March.\n"
            "Name            Signature\nRavelle Bellamire   Pemberick Oskarine\nTK to send the plan.")
    anonymise_text(text, terms=["Bellamire"])
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        anonymise_text(text, terms=["Bellamire"])
        assert gc.collect() == 0
    finally:
        if was_enabled:
            gc.enable()


def _plain_list_at(text: str, line_start: int, slash: int):
    """``initials_lists._list_at`` as it was: every list from 24 characters before the slash to the line's end."""
    from anonymiser.text.initials_lists import _LIST
    line_end = text.find("\n", slash)
    for match in _LIST.finditer(text, max(line_start, slash - 24), len(text) if line_end < 0 else line_end):
        if match.start() <= slash < match.end():
            return match
    return None


_LIST_PARTS = ["AB", "C.D.", "EFG", "HIJK", "LMNOP", "Q", "x", "7", "/", " / ", "/ ", " /", "  ", "\t", "\n", ".", "-",
               "(", ",", "Panel: ", "by "]


def test_a_list_of_initials_is_found_at_a_slash_as_the_search_to_the_lines_end_found_it():
    from anonymiser.text.initials_lists import _SLASH, _list_at
    for text in list(dev_texts()) + random_texts(1616, _LIST_PARTS, 30000):
        for slash in _SLASH.finditer(text):
            line_start = text.rfind("\n", 0, slash.start()) + 1
            fast, plain = _list_at(text, line_start, slash.start()), _plain_list_at(text, line_start, slash.start())
            assert (fast and fast.span()) == (plain and plain.span()), (getattr(text, "source", text), slash.start())
