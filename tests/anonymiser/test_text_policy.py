"""The policy: per-category actions, kept names, recognisers switched off by configuration."""
import pytest

from anonymiser import InvalidInput, anonymise_text
from anonymiser.text.policy import Policy


def test_vendors_and_public_bodies_are_kept_by_default():
    text = "Siemens and Rockwell Automation supplied it; the MHRA, AMRC and CPI reviewed it."
    assert anonymise_text(text).text == text


def test_a_declared_term_beats_the_allow_list():
    assert "Siemens" not in anonymise_text("Siemens supplied it.", terms=["Siemens"]).text


def test_allow_list_can_be_replaced():
    policy = Policy.from_dict({"allow": ["MHRA"], "actions": {"organisation": "placeholder"}})
    result = anonymise_text("Pfizer and the MHRA met.", policy=policy)
    assert result.text == "[Organisation A] and the MHRA met."


def test_vendors_and_bodies_a_replaced_allow_list_leaves_out_are_redacted():
    policy = Policy.from_dict({"allow": ["MHRA"]})
    result = anonymise_text("Siemens supplied it and Körber the MES; the MHRA and the FDA reviewed it.", policy=policy)
    assert result.text == ("[Organisation A] supplied it and [Organisation B] the MES; the MHRA and the "
                           "[Organisation C] reviewed it.")
    assert {f.category for f in result.findings} == {"organisation"}


def test_a_vendor_the_list_writes_in_capitals_is_one_only_in_capitals():
    policy = Policy.from_dict({"allow": ["MHRA"]})
    assert anonymise_text("SAP holds the master data. GEA built the granulator.", policy=policy).text == (
        "[Organisation A] holds the master data. [Organisation B] built the granulator.")
    assert anonymise_text("Sap rises in spring. Gea signed it.", policy=policy).text == "Sap rises in spring. Gea signed it."


@pytest.mark.parametrize(
    "actions, expected",
    [
        ({"date": "keep"}, "It went live on 14 March 2023."),
        ({"date": "redact"}, "It went live on [redacted]."),
        ({"date": "placeholder"}, "It went live on [Date A]."),
        ({"date": "generalise"}, "It went live on March 2023."),
    ],
)
def test_per_category_action(actions, expected):
    policy = Policy.from_dict({"actions": actions})
    assert anonymise_text("It went live on 14 March 2023.", policy=policy).text == expected


def test_a_recogniser_can_be_switched_off():
    policy = Policy.from_dict({"disable": ["email"]})
    result = anonymise_text("Mail hal@brackwater.com", policy=policy)
    assert "email" not in {f.recogniser for f in result.findings}


def test_policy_loads_from_yaml():
    policy = Policy.from_yaml("actions:\n  money: placeholder\nallow_extra: [Pfizer]\n")
    result = anonymise_text("Pfizer paid £2m.", policy=policy)
    assert result.text == "Pfizer paid [Amount A]."


@pytest.mark.parametrize(
    "data",
    [
        {"actions": {"money": "shred"}},
        {"actions": {"colour": "keep"}},
        {"unknown_key": 1},
        {"recognisers": ["no_such_recogniser"]},
    ],
)
def test_bad_policy_is_invalid_input(data):
    with pytest.raises(InvalidInput):
        anonymise_text("x", policy=Policy.from_dict(data))


@pytest.mark.parametrize("source", ["- just\n- a list\n", "actions: [unclosed\n"])
def test_bad_yaml_policy_is_invalid_input(source):
    with pytest.raises(InvalidInput):
        Policy.from_yaml(source)


def test_residual_warnings_can_be_switched_off():
    text = "The Tarka Valley Widgets team used QQX."
    assert anonymise_text(text).warnings
    assert anonymise_text(text, policy=Policy.from_dict({"residual_warnings": False})).warnings == ()
