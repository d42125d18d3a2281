"""Bilingual notices: Welsh lines are ordinary words, not names; English lines and people are read as
ever. (Invented names.)"""
from anonymiser import anonymise_text
from anonymiser.text.welsh import WelshLines

NOTICE = ("Questions: Gethryn ap Dafyddol, Project Lead.\n"
          "• Mae deunyddiau ar gyfer sypiau wedi eu dosbarthu. Holwch y tîm Cynllunio Cynhyrchu os nad yw eich swp ar y rhestr.\n"
          "• Rhaid i gontractwyr gofrestru gyda'r tîm Diogelwch.\n"
          "Safety / Diogelwch\n")


def test_a_line_with_welsh_small_words_is_welsh_and_an_english_line_is_not() -> None:
    lines = WelshLines(NOTICE, NOTICE.lower())
    assert not lines.in_welsh(0)
    assert lines.in_welsh(NOTICE.index("Mae")) and lines.in_welsh(NOTICE.index("Rhaid"))


def test_welsh_words_are_no_names_and_the_people_are_still_found() -> None:
    result = anonymise_text(NOTICE)
    assert "Cynllunio Cynhyrchu" in result.text and "Rhaid" in result.text and "Diogelwch" in result.text
    assert "Gethryn" not in result.text and "Dafyddol" not in result.text


def test_a_name_no_dictionary_knows_on_an_english_line_is_still_taken() -> None:
    assert "Trefnantor" not in anonymise_text("The cell was built by Trefnantor last year.").text
