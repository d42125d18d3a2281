"""The residual-risk pass warns about what may still identify, on the redacted text."""
import pytest

from anonymiser import anonymise_text


@pytest.mark.parametrize(
    "text, kind, mention",
    [
        ("We met the Harbour Valley Widgets people.", "capitalised_name", "Harbour Valley Widgets"),
        ("The QQX team helped.", "acronym", "QQX"),
        ("Kit AB-12X was moved.", "code", "AB-12X"),
        ("We fill 400 vials.", "number_with_unit", "400 vials"),
    ],
)
def test_residual_risk_is_warned_with_redacted_offsets(text, kind, mention):
    result = anonymise_text(text)
    warning = next(w for w in result.warnings if w.kind == kind)
    assert warning.text == mention
    assert result.text[warning.start:warning.end] == mention


@pytest.mark.parametrize("text", ["OEE rose after the MES went live.", "The MHRA inspected.", "", "[Person A] said so.",
                                  "BATCH RECORD REVIEW: NOT OK, SEE NOTES", "FYI the PO is TBC (UTC times).",
                                  "RETURN IT TO THE LAB"])
def test_known_terms_words_in_capitals_and_placeholders_raise_no_warning(text):
    assert anonymise_text(text).warnings == ()


def test_every_warning_points_at_its_text_in_the_redacted_text():
    text = ("Thanks to Basil Thorlacius-Quarm (b.thorlacius@example.org, 07700 900123) on 12 March 2024. Ask Fern about the "
            "Harbour Valley Widgets kit AB-12X; the QQX team fill 400 vials.")
    result = anonymise_text(text)
    assert {w.kind for w in result.warnings} >= {"possible_person", "capitalised_name", "code", "acronym"}
    assert all(result.text[w.start:w.end] == w.text for w in result.warnings)


@pytest.mark.parametrize("mention", ["DM", "QVX"])
def test_two_capitals_that_may_be_initials_and_unknown_acronyms_are_still_warned(mention):
    # ("DM": a dictionary lists it, but two capitals in a record are as often someone's initials)
    result = anonymise_text(f"The {mention} figures were sent on.")
    assert mention in {w.text for w in result.warnings if w.kind == "acronym"}


def test_figures_with_units_are_read_once_from_a_run_of_digits_as_from_every_digit_of_it():
    # (the figure check no longer starts inside a run of digits, commas and dots, which made a long run quadratic: what
    # it warns about is what the plain pattern warned about, once the characters before a match are checked)
    import random
    import re

    from anonymiser.text import residual

    fast = next(regex for regex, kind, _, _ in residual._CHECKS if kind == "number_with_unit")
    plain = re.compile(fast.pattern.replace(r"\d(?<![\d,.]\d)", r"\d", 1))
    assert plain.pattern != fast.pattern
    rng = random.Random(5)
    parts = ("1", "23", "4.5", ",", ".", " ", "\t", "kg", "L", "vials", "lines", "x", "sq ft", "m2", "units", "a")

    def kept(regex, text):
        return [m.span() for m in regex.finditer(text)
                if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.,"))]

    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 20)))
        assert kept(fast, text) == kept(plain, text), text


def test_the_anonymisers_own_words_raise_no_warning_but_a_name_beside_them_still_does():
    result = anonymise_text("Samples go to 88 Harbour Road, Leeds LS1 4AP. We met the Harbour Valley Widgets people.")
    assert "a site in Yorkshire and The Humber" in result.text
    assert [w.text for w in result.warnings if w.kind == "capitalised_name"] == ["Harbour Valley Widgets"]


def test_a_band_with_its_unit_after_it_raises_no_warning_but_an_exact_figure_does():
    result = anonymise_text("Batch size: 192.0 kg. We employ 38 operators. We fill 400 vials.")
    assert "100–250 kg" in result.text
    assert [w.text for w in result.warnings if w.kind == "number_with_unit"] == ["400 vials"]


@pytest.mark.parametrize("text", ["RE: the line 4 ID check", "Call at 4:30 PM, the file is 211 KB.", "Copy to FAO the site",
                                  "Read the PIL and the AWB"])
def test_everyday_capitals_of_mails_times_and_sizes_raise_no_warning(text):
    assert [w.text for w in anonymise_text(text).warnings if w.kind == "acronym"] == []


@pytest.mark.parametrize(("text", "mention"), [("PM to sign the deviation.", "PM"), ("Signed TB and witnessed.", "TB")])
def test_capitals_that_are_someones_initials_as_often_are_still_warned_away_from_a_figure(text, mention):
    assert mention in [w.text for w in anonymise_text(text).warnings]


@pytest.mark.parametrize("text", ["Go-live moved to Q3 and the P1 tickets are closed.", "Data flows from L2 to L4 via ISA-95.",
                                  "The S7-1500 PLC and GS1 barcodes, a 2D code."])
def test_quarters_priorities_levels_and_standards_raise_no_code_warning(text):
    assert [w.text for w in anonymise_text(text).warnings if w.kind == "code"] == []


@pytest.mark.parametrize(("text", "mention"), [("Deliver to bay B4 before noon.", "B4"), ("Sent to the L24 depot.", "L24")])
def test_a_letter_and_a_figure_that_may_be_a_postcode_are_still_warned(text, mention):
    assert mention in [w.text for w in anonymise_text(text).warnings]


@pytest.mark.parametrize("text", ["The Managing Director signed.", "Ask the Qualified Person first.",
                                  "Our Serialisation Lead agreed.", "Dear Mr [Person A], thanks."])
def test_job_titles_and_a_greeting_before_a_placeholder_raise_no_name_warning(text):
    assert [w.text for w in anonymise_text(text).warnings if w.kind == "capitalised_name"] == []


@pytest.mark.parametrize(("text", "mention"), [("The Harbour Valley Widgets buyer and the Harbour Valley Widgets Director.", "Harbour Valley Widgets Director"),
                                               ("Harbour Widgets Director called.", "Harbour Widgets Director"),
                                               ("We met Grace Director at the gate.", "Grace Director")])
def test_a_company_or_a_given_name_before_a_roles_word_is_still_warned(text, mention):
    assert mention in [w.text for w in anonymise_text(text).warnings]
