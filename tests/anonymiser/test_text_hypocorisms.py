"""The table of familiar forms of given names (data/hypocorisms.tsv) and what it gives a name."""
from anonymiser import anonymise_text
from anonymiser.text.hypocorisms import familiar_forms, hypocorisms
from anonymiser.text.name_forms import CLIP_ENDINGS


def test_a_person_named_in_full_has_the_familiar_forms_of_their_given_name() -> None:
    assert {"peggy", "mags", "maggie"} <= set(familiar_forms("margaret thistlewood"))
    assert "bill" in familiar_forms("ashbury, william")  # (a name written surname first)
    assert "paddy" in familiar_forms("pádraig ó murchú")  # (accents or none)


def test_a_given_name_alone_or_one_not_in_the_table_has_no_familiar_form() -> None:
    assert familiar_forms("derek") == ()
    assert familiar_forms("tadhg qukelarost") == ()


def test_a_form_that_is_only_an_acronym_elsewhere_is_kept_but_a_month_is_not() -> None:
    assert "del" in familiar_forms("derek pedelorost")  # ("DEL" is a key; a familiar form in capitals is never taken)
    assert all(form not in ("may", "june", "dec") for forms in hypocorisms().values() for form in forms)


def test_the_table_lists_no_form_the_clipping_rule_makes_already() -> None:
    for given, forms in hypocorisms().items():
        clipped = {given[:2] + "z"} | {given[:n] + ending for n in range(3, 6) if n < len(given)
                                       for ending in ("", *CLIP_ENDINGS)}
        assert not set(forms) & clipped, given
        assert forms and given.isalpha() and all(form.isalpha() for form in forms), given


def test_familiar_forms_of_other_naming_traditions_of_the_workforce() -> None:
    assert "tunde" in familiar_forms("babatunde ferrodale")  # (Yoruba: the name's last part)
    assert "emeka" in familiar_forms("chukwuemeka ferrodale")  # (Igbo; "Chuks" is a clipping)
    assert "gosia" in familiar_forms("małgorzata wrzesniak")  # (Polish, written with its accents or without)
    assert "kuba" in familiar_forms("jakub wrzesniak")


def test_a_name_listed_in_two_traditions_sections_has_the_forms_of_both() -> None:
    assert {"jo", "asia"} <= set(hypocorisms()["joanna"])


def test_a_colleague_called_by_a_familiar_form_of_another_tradition_is_the_person_named_in_full() -> None:
    result = anonymise_text("Babatunde Ferrodale leads the night shift. On Monday ask Tunde about the torque check.")
    by_text = {f.original: f.replacement for f in result.findings}
    assert by_text["Tunde"] == by_text["Babatunde Ferrodale"]
