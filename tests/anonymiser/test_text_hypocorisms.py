"""The table of familiar forms of given names (data/hypocorisms.tsv) and what it gives a name."""
from anonymiser.text.hypocorisms import familiar_forms, hypocorisms
from anonymiser.text.learn import CLIP_ENDINGS


def test_a_person_named_in_full_has_the_familiar_forms_of_their_given_name() -> None:
    assert {"peggy", "mags", "maggie"} <= set(familiar_forms("margaret thistlewood"))
    assert "bill" in familiar_forms("ashbury, william")  # (a name written surname first)
    assert "paddy" in familiar_forms("pádraig ó murchú")  # (accents or none)


def test_a_given_name_alone_or_one_not_in_the_table_has_no_familiar_form() -> None:
    assert familiar_forms("derek") == ()
    assert familiar_forms("tadhg quarrendon") == ()


def test_a_form_that_is_only_an_acronym_elsewhere_is_kept_but_a_month_is_not() -> None:
    assert "del" in familiar_forms("derek pennycook")  # ("DEL" is a key; a familiar form in capitals is never taken)
    assert all(form not in ("may", "june", "dec") for forms in hypocorisms().values() for form in forms)


def test_the_table_lists_no_form_the_clipping_rule_makes_already() -> None:
    for given, forms in hypocorisms().items():
        clipped = {given[:2] + "z"} | {given[:n] + ending for n in range(3, 6) if n < len(given)
                                       for ending in ("", *CLIP_ENDINGS)}
        assert not set(forms) & clipped, given
        assert forms and given.isalpha() and all(form.isalpha() for form in forms), given
