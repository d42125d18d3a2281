"""A caller naming themselves in a transcript ("this is dorcas bream calling from"), and who said a quotation, after
it and a dash ('..." - Beryl, packing'). (Invented names.)"""
import pytest

from anonymiser import anonymise_text


def _people(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category in ("person", "name")]


_VOICEMAIL = "Transcription (beta):\n\"good morning {} the lyophiliser service visit on thursday\"\n"


@pytest.mark.parametrize("said, name", [
    ("this is dorcas bream calling from the service desk uh about", "dorcas bream"),
    ("hello its amabel lark here just about", "amabel lark"),
    ("hi my name is hortense bream speaking from stores about", "hortense bream"),
])
def test_a_surname_that_is_a_word_is_the_callers_where_they_name_themselves(said: str, name: str) -> None:
    assert name in _people(_VOICEMAIL.format(said))


@pytest.mark.parametrize("said, kept", [
    ("this is dorcas again calling about", "again"),
    ("this is dorcas from stores calling about", "from"),
    ("this is dorcas just ringing about", "just"),
])
def test_a_word_between_a_callers_given_name_and_calling_is_no_surname(said: str, kept: str) -> None:
    result = anonymise_text(_VOICEMAIL.format(said))
    assert "dorcas" in [f.original for f in result.findings]
    assert f" {kept} " in result.text


@pytest.mark.parametrize("text, name", [
    ('"Do the night shift get the bonus too?" - Beryl, packing\nYes, from April.', "Beryl"),
    ('"pls shut the airlock door behind you" - Olive\n\nWhy we kept this page', "Olive"),
    ('"The new gowns are a big improvement." \u2014 Fern Tallboys, QC\n', "Fern Tallboys"),
])
def test_a_given_name_after_a_quotation_and_a_dash_is_who_said_it(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    '"Keep the door shut" - Operator, packing\n',
    'Issue "4" - May, 2024\n',
    'Label "A" - Grace period applies, 3 days\n',
    'He said "no" - Will you ask again?\n',
])
def test_a_word_after_a_quotation_and_a_dash_that_names_no_one_stays(text: str) -> None:
    assert _people(text) == []
