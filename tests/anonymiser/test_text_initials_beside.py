"""A person's initials written beside their found name go with it.
(Names here are invented for the tests; none is in the evaluation corpus.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.initials_beside import attach_initials
from anonymiser.text.spans import Span


@pytest.mark.parametrize(("text", "name"), [
    ("Host signature: G. Wainscott   Date: 03/06/2024", "G. Wainscott"),
    ("Reviewed (client): F. Z. Benhalla   Date: 06/11/2024", "F. Z. Benhalla"),
    ("Authors: J.-P. Lefrançois and A-R. Siddiquee.", "J.-P. Lefrançois"),
    ("| Holly Shepcott | 41123 | Packing | H Shepcott |", "H Shepcott"),
    ("L-016 | as above | Wi\u015bniewska-Lutz A. | 19/11 08:12 |", "Wi\u015bniewska-Lutz A."),
])
def test_initials_beside_a_found_name_are_redacted_with_it(text, name):
    result = anonymise_text(text)
    assert name in {f.original for f in result.findings}


@pytest.mark.parametrize(("text", "name"), [
    ("Reviewed by Crowmarsh, J. on the night shift.", "Crowmarsh, J."),
    ("Prepared: Lindqvarn, J. R.\nChecked: QA", "Lindqvarn, J. R."),
    ("| Varnley, P | Packing | 19/11 |", "Varnley, P"),
    ("Approved: Thorlacius-Varnley, M.-C. (QA)", "Thorlacius-Varnley, M.-C."),
])
def test_initials_after_a_surname_and_its_comma_go_with_it(text, name):
    start = text.index(name.split(",")[0])
    span = Span(start, start + len(name.split(",")[0]), "name", "x", 0.6, "Name", name.split(",")[0].lower())
    assert [text[s.start:s.end] for s in attach_initials([span], text)] == [name]


@pytest.mark.parametrize(("text", "surname"), [
    ("Panel: Crowmarsh, A. Jones and B. Hill", "Crowmarsh"),  # (two people: the initial is the next one's)
    ("Crowmarsh, A and B shifts agreed.", "Crowmarsh"),  # (shifts, not an initial)
    ("Thanks Basil Crowmarsh, J. will send it.", "Basil Crowmarsh"),  # (a full name: the initial is someone else's)
])
def test_a_capital_after_a_comma_that_is_not_the_surnames_initial_stays(text, surname):
    start = text.index(surname)
    span = Span(start, start + len(surname), "person", "x", 0.9, "Person", surname.lower())
    assert attach_initials([span], text) == [span]


@pytest.mark.parametrize("text", ["A Wainscott came by on Monday.", "Zone B. Wainscott checked it.", "I Wainscott"])
def test_an_article_a_pronoun_or_a_lettered_thing_before_a_name_stays(text):
    start = text.index("Wainscott")
    span = Span(start, start + len("Wainscott"), "person", "x", 0.9, "Person", "wainscott")
    assert attach_initials([span], text) == [span]


def test_initials_are_not_taken_from_the_span_before():
    text = "K. L. Mbave"
    spans = [Span(0, 2, "identifier", "x", 0.9, "Code", "k"), Span(6, 11, "person", "x", 0.9, "Person", "mbave")]
    out = attach_initials(spans, text)
    assert (out[1].start, out[1].end) == (3, 11)


@pytest.mark.parametrize("text", ["QA   Adaeze Nwomer   A Nwomer   4/9/24", "signature ....J Nwomer....  (Jo Nwomer)"])
def test_the_initial_of_the_given_name_a_surname_was_learned_with_goes_with_it(text):
    result = anonymise_text(text)
    assert " A [" not in result.text and "J [" not in result.text and "Nwomer" not in result.text


def test_the_initial_of_the_given_name_goes_with_a_hyphenated_surname_learned_from_it():
    text = "| Name | Signature |\n| A. Oduya-Brandt (Line 2) | checked |\n| ANOUSKA ODUYA-BRANDT | A Oduya-Brandt |"
    result = anonymise_text(text)
    assert "Oduya" not in result.text and "| A [" not in result.text


def test_another_capital_before_a_learned_surname_stays():
    start = len("Ask Jo Wainscott. B ")
    text = "Ask Jo Wainscott. B Wainscott is not her."
    span = Span(start, start + len("Wainscott"), "person", "x", 0.9, "Person", "jo wainscott")
    assert attach_initials([span], text) == [span]


@pytest.mark.parametrize("text", [
    "    Valachovic, Arjun (Tarnwell)  09:10\n    thx\n\n    @Arjun V that's on their side",
    'real_name: "Arjun Valachovic", display_name: "Arjun V"',
])
def test_the_initial_of_the_surname_after_a_given_name_found_alone_goes_with_it(text):
    assert " V" not in anonymise_text(text).text


def test_another_capital_after_a_given_name_found_alone_stays():
    text = "Ask Jo Wainscott. Jo B is someone else."
    start = text.index("Jo B")
    span = Span(start, start + 2, "person", "x", 0.9, "Person", "jo wainscott")
    assert attach_initials([span], text) == [span]


def test_the_initial_of_the_given_name_after_a_surname_found_alone_goes_with_it():
    text = "Review: Mowrer E/Oyenedun T"
    start = text.index("Oyenedun")
    span = Span(start, start + len("Oyenedun"), "person", "x", 0.9, "Person", "tolulope oyenedun")
    assert [(s.start, s.end) for s in attach_initials([span], text)] == [(start, len(text))]


@pytest.mark.parametrize(("text", "name", "whole"), [
    ("2310 - Sanjit P called back.", "Sanjit", "Sanjit P"),
    ("FAT (Lyon)   Quarshie T, Vu K   ###", "Vu", "Vu K"),
    ("Ty D to chase the stock", "Ty", "Ty D"),
])
def test_a_capital_after_a_name_known_only_as_one_word_is_its_initial(text, name, whole):
    start = text.index(name)
    span = Span(start, start + len(name), "person", "x", 0.9, "Person", name.lower())
    assert [text[s.start:s.end] for s in attach_initials([span], text)] == [whole]


@pytest.mark.parametrize("text", ["Sanjit I think is on nights.", "Sanjit A and B shifts", "Sanjit Pb levels"])
def test_a_pronoun_an_article_or_a_word_after_a_name_found_alone_stays(text):
    span = Span(0, len("Sanjit"), "person", "x", 0.9, "Person", "sanjit")
    assert attach_initials([span], text) == [span]


@pytest.mark.parametrize(("text", "name"), [
    ("From: Ó Fiannachta, Ruairc\nTo: Helga Brelasil\n\nThe filter test is attached.", "Ó Fiannachta"),
    ("Wiebke van der Hoorn presented the AMR trial. Van der Hoorn then asked about the lifts.", "Van der Hoorn"),
    ("Orlaith Ní Fhloinn signed the protocol; Ní Fhloinn will witness the OQ too.", "Ní Fhloinn"),
])
def test_the_particles_before_a_surname_found_alone_go_with_it(text: str, name: str) -> None:
    result = anonymise_text(text)
    assert name in {f.original for f in result.findings}
    for particle in ("Ó", "Ní", "der"):
        assert f"{particle} [" not in result.text


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Niamh Ní Fhloinn signed the protocol; Ní Fhloinn will witness the OQ too.", "Niamh Ní Fhloinn", "Ní Fhloinn"),
    ("Wiebke van der Hoorn presented. Later Van der Hoorn asked about the lifts.", "Wiebke van der Hoorn", "Van der Hoorn"),
])
def test_a_surname_with_its_particles_read_alone_is_the_person_named_in_full(text: str, full: str, short: str) -> None:
    by_text = {f.original: f.replacement for f in anonymise_text(text).findings}
    assert by_text[short] == by_text[full]


def test_a_particle_before_something_other_than_a_person_stays_outside_its_span() -> None:
    text = "Universidad de Quillsby"
    span = Span(text.index("Quillsby"), len(text), "organisation", "x", 0.9, "Organisation", "quillsby")
    assert attach_initials([span], text) == [span]


def test_a_given_name_and_a_quoted_nickname_before_a_surname_found_alone_go_with_it() -> None:
    text = 'Managing Director:  IGNATIUS "TIGGY" QUILLABY   tel 01632 960 311\nSigned: I. Quillaby'
    start = text.index("QUILLABY")
    span = Span(start, start + len("QUILLABY"), "person", "x", 0.9, "Person", "quillaby")
    out = attach_initials([span], text)
    assert text[out[0].start:out[0].end] == 'IGNATIUS "TIGGY" QUILLABY'


def test_a_quoted_word_before_a_surname_after_no_given_name_stays_outside() -> None:
    text = 'the "Phoenix" Quillaby report'
    start = text.index("Quillaby")
    span = Span(start, start + len("Quillaby"), "person", "x", 0.9, "Person", "quillaby")
    assert attach_initials([span], text) == [span]


def test_a_capitalised_nickname_after_an_article_goes_with_the_name_a_lower_case_one_does_not() -> None:
    for text, whole in (("There's a Little Tammo on nights too.", "Little Tammo"), ("He is a big Tammo fan.", "Tammo")):
        start = text.index("Tammo")
        span = Span(start, start + 5, "person", "x", 0.9, "Person", "tammo")
        out = attach_initials([span], text)
        assert text[out[0].start:out[0].end] == whole


def test_letters_after_a_transcribers_question_mark_inside_a_name_go_with_it() -> None:
    text = "Deputy:  Dr LEOPOLDA ZELINSKA KW?ARTOWA  [? illegible]"
    start = text.index("LEOPOLDA")
    span = Span(start, text.index("?"), "person", "x", 0.9, "Person", "leopolda zelinska kw")
    out = attach_initials([span], text)
    assert text[out[0].start:out[0].end] == "LEOPOLDA ZELINSKA KW?ARTOWA"


@pytest.mark.parametrize(("text", "whole"), [
    ("Ops: Ottoline Quorr- ick, R. Vasquin", "Ottoline Quorr- ick"),
    ("Ops: Ottoline Quorr-\nick on nights", "Ottoline Quorr-\nick"),
    ("Ask Ottoline Quorr- or someone", "Ottoline Quorr"),
])
def test_the_rest_of_a_name_broken_by_a_hyphen_goes_with_it(text: str, whole: str) -> None:
    start = text.index("Ottoline")
    span = Span(start, start + len("Ottoline Quorr"), "person", "x", 0.9, "Person", "ottoline quorr")
    out = attach_initials([span], text)
    assert text[out[0].start:out[0].end] == whole


def test_an_initial_after_a_signatures_dotted_leader_goes_with_the_name() -> None:
    text = "Requesting manager  signature ....J Quorrick.......   date 02/10/24"
    start = text.index("Quorrick")
    span = Span(start, start + len("Quorrick"), "name", "x", 0.6, "Name", "quorrick")
    out = attach_initials([span], text)
    assert text[out[0].start:out[0].end] == "J Quorrick"
