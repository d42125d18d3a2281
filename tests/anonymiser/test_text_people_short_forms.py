"""People named again by part of their name: double-barrelled surnames alone, names split over a
line break by a heading or a mail header, given names alone with a cue, nicknames introduced in brackets."""
import pytest

from anonymiser import anonymise_text


def _people(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "person"]


@pytest.mark.parametrize("later", ["Quennell-Abara credited the team.", "Quennell-Abara: we started in 2019.",
                                   "It was Quennell-Abara's idea."])
def test_a_double_barrelled_surname_alone_is_the_person_named_in_full_earlier(later: str) -> None:
    text = f'"We rebuilt the line," said Osric Quennell-Abara, Site Director.\n\n{later}'
    result = anonymise_text(text)
    assert "Quennell" not in result.text and "Abara" not in result.text
    assert len({f.replacement for f in result.findings if f.category == "person"}) == 1


def test_a_heading_on_the_line_above_does_not_hide_a_credited_name() -> None:
    assert _people("Slide 4 \u2014 People\nCredit Tamsin Oduya and Euan Harker.") == ["Tamsin Oduya", "Euan Harker"]


def test_a_mail_header_label_on_the_next_line_is_not_part_of_the_name() -> None:
    text = "To: Priya Ramaswamy\nCc: Ludmila Sokolova\n\nPriya,"
    assert _people(text)[:2] == ["Priya Ramaswamy", "Ludmila Sokolova"]


def test_two_capitalised_lines_that_name_nobody_stay() -> None:
    assert _people("Process Analytical\nTechnology Roadmap\n") == []
