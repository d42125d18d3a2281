"""A chat's @-mention in lower case of a common given name that is a word ("@hope", "@wren"); other words after "@"
stay. (Invented mentions.)"""
from anonymiser import anonymise_text


def test_a_lower_case_mention_of_a_word_name_is_a_handle() -> None:
    redacted = anonymise_text("@hope please confirm the count. @wren can you check the seal?\n").text
    assert "@hope" not in redacted and "@wren" not in redacted and "please confirm the count" in redacted


def test_a_word_after_at_that_is_no_name_stays() -> None:
    text = "@here line down. Use @dispense for the test tag and @param for the doc.\n"
    assert anonymise_text(text).text == text


def test_a_modal_or_a_verb_after_at_is_no_handle() -> None:
    for text in ("cc @will\n", "@will see if the seal holds\n", "@mark as done\n"):
        assert anonymise_text(text).text == text
