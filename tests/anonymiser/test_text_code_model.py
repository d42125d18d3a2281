"""The learned second opinion on codes: what it finds alone and beside the rules, what it leaves (versions,
standards, times, quantities), that it learns shape and context rather than the corpus's codes, and that its
training never reads a held-out text."""
import pytest

from anonymiser import anonymise_text
from anonymiser.eval.corpus import parse
from anonymiser.text.engine import first_pass
from anonymiser.text.policy import DEFAULT_RECOGNISERS, Policy
from anonymiser.text.recognisers import code_model as cm
from anonymiser.text.recognisers.base import SecondOpinion

WITHOUT_MODEL = Policy.from_dict({"disable": [cm.NAME]})


def _alone(text: str) -> list[str]:
    """What the model finds with nothing found beside it (every code-like token asked)."""
    doc, _ = first_pass(text, policy=WITHOUT_MODEL)
    return [text[s.start:s.end] for s in cm.RECOGNISER.find_among(doc, ())]


def test_it_is_a_second_opinion_run_by_default():
    assert isinstance(cm.RECOGNISER, SecondOpinion)
    assert cm.NAME in DEFAULT_RECOGNISERS


@pytest.mark.parametrize(("text", "code"), [
    ("Lot no: 48213-B was quarantined.", "48213-B"),
    ("LOT QZW-8317 released", "QZW-8317"),
    ("Kit no. VQT7-0932 was dispensed.", "VQT7-0932"),
])
def test_a_fresh_shaped_lot_number_beside_its_label_is_scored_a_code(text, code):
    assert code in _alone(text)


@pytest.mark.parametrize("text", [
    "Upgraded to version 4.2.1 last week.",
    "Installed firmware v3.2 on the PLC.",
    "Certified to ISO 9001 since 2019.",
    "We follow GAMP 5 and 21 CFR 11 and EU GMP Annex 11.",
    "Meeting at 14:30 in the canteen.",
    "Dose was 250 mg twice daily.",
    "TT-4417 inlet air temperature read high; PDT-5126 and PCV-318 were checked.",
])
def test_versions_standards_times_and_quantities_are_not_codes(text):
    assert _alone(text) == []


def test_a_token_the_rules_found_is_not_scored_again():
    text = "Lot: QZW83K7 released on Monday."
    doc, found = first_pass(text, policy=WITHOUT_MODEL)
    assert any(text[s.start:s.end] == "QZW83K7" for s in found)
    assert list(cm.RECOGNISER.find_among(doc, found)) == []


def test_what_it_finds_is_a_product_or_identifier_placeholder():
    text = "LOT QZW-8317 released"
    doc, _ = first_pass(text, policy=WITHOUT_MODEL)
    spans = list(cm.RECOGNISER.find_among(doc, ()))
    assert [s.category in ("product", "identifier") and s.recogniser == cm.NAME for s in spans] == [True]


def test_a_record_of_two_capitals_and_a_revision_go_with_the_number():
    text = "Raised PO 4471093 and F-QX-2281 rev 6 today"
    po = next(t for t in cm.tokens(text) if t.text == "4471093")
    document = next(t for t in cm.tokens(text) if t.text == "F-QX-2281")
    assert text[slice(*cm.extent(text, po))] == "PO 4471093"
    assert text[slice(*cm.extent(text, document))] == "F-QX-2281 rev 6"
    sentence = "It was 4471093"  # (an everyday word of two capitals is no record's kind)
    assert cm.extent(sentence.upper(), cm.tokens(sentence.upper())[-1]) == (7, 14)


@pytest.mark.parametrize(("word", "asked"), [
    ("QZW83K7", True), ("4471", True), ("v2", True), ("ZORVELT", False), ("12", False), ("Lot", False),
])
def test_the_tokens_asked_about_have_a_letter_and_a_digit_or_three_digits(word, asked):
    assert cm.is_candidate_word(word) is asked


def _features(text: str, word: str) -> list[str]:
    token = next(t for t in cm.tokens(text) if t.text == word)
    words = cm.tokens(text)
    return cm.features(text, token, bytearray(len(text)), cm.Context.of(text, words, ()), False)


def test_features_never_name_a_token_that_is_no_everyday_word():
    for text, word, secret in (("Asset QZWV-0417 in bay", "QZWV-0417", "qzwv"), ("Project ZORVELT kicked off", "ZORVELT", "zorvelt"),
                               ("Kit ZORVELT 9931", "9931", "zorvelt")):
        feats = _features(text, word)
        assert not any(secret in f.lower() for f in feats), feats
    assert "pre=X4" in _features("Asset QZWV-0417 in bay", "QZWV-0417")
    assert "b1=asset" in _features("Asset QZWV-0417 in bay", "QZWV-0417")  # (an everyday word beside it is named)
    assert "pre_word=iso" in _features("see ISO-9001 here", "ISO-9001")  # (a trade word as prefix is named)


def test_the_weights_name_no_code_of_the_corpus():
    model = cm.model()
    assert not any(name.startswith(("w=", "pre_word=")) and not cm.everyday(name.split("=", 1)[1].split("|")[0])
                   for name in model.weights)


def test_training_reads_development_texts_only():
    from anonymiser.text.data.build_code_model import development, examples

    dev = parse("1.txt", "split: dev\n---\nLot: [[identifier:QZW83K7]] and version 4.2.1.\n")
    held = parse("2.txt", "split: heldout\n---\nLot: [[identifier:QZW83K7]]\n")
    assert development([dev, held]) == [dev]
    with pytest.raises(ValueError):
        examples(held, WITHOUT_MODEL)
    got, text = examples(dev, WITHOUT_MODEL)
    assert len(got.labels) == len(got.feats) == len(got.free) >= 2
    assert dict(zip((text.raw[s:e] for s, e in got.spans), got.labels)) == {"QZW83K7": 1, "4.2.1": 0}


def test_the_engine_runs_it_and_the_rules_finds_are_kept():
    result = anonymise_text("Lot: QZW83K7 released.")
    assert "QZW83K7" not in result.text
