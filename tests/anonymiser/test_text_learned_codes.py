"""An identifier found once is that identifier wherever else the text writes it.
(Codes here are invented for the tests; none is in the evaluation corpus.)"""
from anonymiser import anonymise_text


def test_a_batch_number_found_once_is_taken_where_it_is_written_bare():
    result = anonymise_text("Batch QX24B0101 failed dissolution.\nThe retest of QX24B0101 passed.")
    assert "QX24B0101" not in result.text
    assert len({f.replacement for f in result.findings if f.original == "QX24B0101"}) == 1


def test_a_number_or_a_word_found_as_an_identifier_is_not_taught():
    from anonymiser.text.document import Aliases
    from anonymiser.text.learn import _code
    aliases = Aliases()
    for mention in ("4400187263", "QUARANTINE", "L4"):
        _code(mention, "Code", mention.lower(), aliases)
    assert aliases.by_alias == {}
