"""The learned second opinion on people: what it adds to the rules, what the rules' knowledge vetoes,
and that it learns context and shape rather than the corpus's names."""
import gzip
import json
from importlib import resources

import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.engine import first_pass
from anonymiser.text.policy import Policy
from anonymiser.text.recognisers import person_model as pm
from anonymiser.text.recognisers.base import SecondOpinion
from anonymiser.text.spans import Span

WITHOUT_MODEL = Policy.from_dict({"disable": [pm.NAME]})


def _model_finds(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.recogniser == pm.NAME]


def test_it_is_a_second_opinion_that_reads_the_rules_findings():
    assert isinstance(pm.RECOGNISER, SecondOpinion)


@pytest.mark.parametrize(("text", "name"), [
    ("Rig rebuilt, tomasz + Ade", "tomasz"),
    ("Training records updated in LMS by: KD   Date: 12/03/2025", "KD"),
])
def test_it_finds_people_the_rules_leave(text, name):
    assert name not in {f.original for f in anonymise_text(text, policy=WITHOUT_MODEL).findings}
    assert name in _model_finds(text)
    assert name not in anonymise_text(text).text


def test_what_it_finds_is_a_person_placeholder_and_teaches_the_other_mentions():
    result = anonymise_text("Rig built by tomasz + Ade.\nThen tomasz closed the CAPA.")
    assert "tomasz" not in result.text
    assert result.text.count("[Person A]") == 2


def test_it_never_scores_words_the_rules_already_cover():
    doc, found = first_pass("Dr Amara Oheislin-Hale chaired; thanks to Ines.", policy=WITHOUT_MODEL)
    covered = {(s.start, s.end) for s in found}
    assert all((s.start, s.end) not in covered for s in pm.RECOGNISER.find_among(doc, found))


@pytest.mark.parametrize("text", [
    "Owner: TBC",  # a placeholder, no initials
    "Data Integrity Lead (DIL) was appointed. DIL: update the SOP.",  # an acronym the text introduces
    "Vitamin D, Vitamin K",  # single letters
    "The U.S. has stricter rules; N.B. the annex.",
    "A Cooper pairs with a Bishop in the Tanner Building.",  # an article before; a thing's name after
    "Alan Turing Institute fellows visited.",
    "Grant in aid was paid; Hope in vain.",  # a given name that is a word, alone
])
def test_the_rules_knowledge_vetoes_it(text):
    assert _model_finds(text) == []


def test_its_features_name_only_everyday_words():
    text = "Signed: Zbigniewska Okelen-Farrow"
    words = pm.tokens(text)
    context = pm.Context.of(text, words)
    feats = [f for i, t in enumerate(words) for f in pm.features(text, words, i, bytearray(len(text)), context)]
    assert not any("zbigniewska" in f or "okelen" in f or "farrow" in f for f in feats)


def test_the_shipped_model_has_no_weight_on_an_unusual_name():
    raw = resources.files("anonymiser.text.data").joinpath(pm.MODEL_FILE).read_bytes()
    weights = json.loads(gzip.decompress(raw))["weights"]
    assert weights and not any(k.endswith(("=oheislin", "=zbigniewska")) for k in weights)
    assert 0.0 < pm.model().threshold < 1.0


def test_possessives_and_shapes():
    assert [t.text for t in pm.tokens("Ngozi's plan; O'Neill and McGillivray")] == ["Ngozi", "plan", "O'Neill", "and", "McGillivray"]
    assert pm._shape("McGillivray") == "XxXx"
    assert pm._shape("jmacdonald") == "x"


def test_same_input_same_output():
    text = "built by tomasz + Ade; KD checked it."
    assert anonymise_text(text) == anonymise_text(text)


def test_it_runs_on_its_own_without_rule_findings():
    doc = Document("Training records updated in LMS by: KD   Date: 12/03/2025")
    assert [doc.text[s.start:s.end] for s in pm.RECOGNISER.find(doc)] == ["KD"]


@pytest.mark.parametrize("text", [
    "$log = Join-Path $dir 'run.log'\nWrite-Log \"started\"\nif (Test-Path $log) { Remove-Item $log }",
    "Header: Content-Type: application/json",
])
def test_words_of_code_joined_by_a_hyphen_are_no_double_barrelled_name(text):
    assert _model_finds(text) == []


def test_an_unsure_guess_does_not_teach_the_other_mentions():
    assert pm.unsure(Span(0, 3, "person", pm.NAME, pm.SURE_GUESS - 0.1, "Person", "dpo"))
    assert not pm.unsure(Span(0, 3, "person", pm.NAME, pm.SURE_GUESS, "Person", "dpo"))
    assert not pm.unsure(Span(0, 3, "person", "person", 0.5, "Person", "dpo"))


def test_training_examples_are_the_words_the_model_is_asked_about_labelled_from_the_gold_spans():
    from anonymiser.eval.corpus import parse
    from anonymiser.text.data.build_person_model import examples

    case = parse("t.txt", "terms: Zed\n---\nthe rig was built by [[person:Tomasz Wiecek]] at Kessock Quay.\n")
    feats, labels, uncovered, left = examples(case, WITHOUT_MODEL)
    assert len(feats) == len(labels) == len(uncovered) == len(left) == 3  # Tomasz, Wiecek, Kessock ("Quay" is a place word)
    assert labels == [1, 1, 0]
    assert all("bias" in f for f in feats)


def _features_of(text: str, word: str) -> list[str]:
    words = pm.tokens(text)
    i = next(k for k, t in enumerate(words) if t.text == word)
    return pm.features(text, words, i, bytearray(len(text)), pm.Context.of(text, words))


def test_an_unknown_words_beginning_and_ending_are_features_but_not_the_word():
    feats = _features_of("Signed: Wrzesniowska", "Wrzesniowska")
    assert {"pre2=wr", "pre3=wrz", "suf3=ska", "suf4=wska", "bigram=rz", "bigram=ws"} <= set(feats)
    repeated = _features_of("Signed: Zoltanonova", "Zoltanonova")  # ("no" twice)
    assert repeated.count("bigram=no") == 1  # (one feature: its weight is added once, as it was learned)
    assert not any("wrzesniowska" in f for f in feats)
    assert not any(f.startswith(("pre2=", "pre3=", "suf4=", "bigram=")) for f in _features_of("Signed: Apparatus", "Apparatus"))


def test_a_word_the_surname_lists_know_says_so():
    assert "surname_list" in _features_of("thanks Shackleford", "Shackleford")
    assert not any(f.startswith("surname_list") for f in _features_of("thanks Brankworth", "Brankworth"))


def test_capitals_of_a_surname_or_a_given_name_are_told_from_shouted_capitals():
    assert {"capitals", "capitals_surname"} <= set(_features_of("SIGNED: SHACKLEFORD", "SHACKLEFORD"))
    assert "capitals_given" in _features_of("SIGNED: WINIFRED", "WINIFRED")
    assert not {"capitals_surname", "capitals_given"} & set(_features_of("SIGNED: BRANKWORTH", "BRANKWORTH"))


def test_the_kinds_of_a_word_and_its_neighbours_across_one_space_are_paired():
    feats = _features_of("met Isolde Brankworth today", "Brankworth")
    assert "-1:pair=ug" in feats and "1:pair=ul" in feats  # after a given name, before a word in lower case
    assert not any("pair=" in f for f in _features_of("Isolde, Brankworth", "Brankworth") if f.startswith("-1:"))


def test_the_shipped_model_was_trained_with_the_shape_and_list_features():
    raw = resources.files("anonymiser.text.data").joinpath(pm.MODEL_FILE).read_bytes()
    weights = json.loads(gzip.decompress(raw))["weights"]
    assert {"surname_list", "world_surname", "capitals", "-1:pair=ug"} <= weights.keys()
    assert all(any(k.startswith(kind) for k in weights) for kind in ("pre3=", "suf4=", "bigram="))


def test_a_sentences_capitalised_first_word_pairs_as_a_word_in_lower_case():
    assert "-1:pair=gl" in _features_of("Ask Winifred about the torque check.", "Winifred")
    assert "-1:pair=gd" in _features_of("the new Harbour Winifred wing", "Winifred")


def test_a_clipped_form_of_someone_the_rules_found_is_an_unsure_guess_that_teaches_nothing():
    text = "Isolde Brankworth chaired. Ask Iso."
    token = next(t for t in pm.tokens(text) if t.text == "Iso")
    assert not pm.unsure(pm._span(text, [(token, 0.95)]))
    assert pm.unsure(pm._span(text, [(token, 0.95)], ("isolde brankworth",)))


def test_the_initials_of_someone_the_rules_found_are_an_unsure_guess():
    text = "IB Isolde Brankworth; IB signs."
    token = pm.tokens(text)[0]
    assert not pm.unsure(pm._span(text, [(token, 0.95)]))
    assert pm.unsure(pm._span(text, [(token, 0.95)], ("isolde brankworth",)))


_UNSURE = "Thanks to Basil Thorlacius-Quarm. Ask Fern about the torque check."


def _reviews(result) -> list[tuple[str, str]]:
    return [(w.text, result.text[w.start:w.end]) for w in result.warnings if w.kind == "possible_person"]


def test_a_lone_word_the_model_is_unsure_is_a_person_stays_and_is_warned_for_review() -> None:
    # ("Fern": a given name and a plant; the model's score is under what a lone everyday word needs)
    result = anonymise_text(_UNSURE)
    assert "Ask Fern about" in result.text
    assert _reviews(result) == [("Fern", "Fern")]  # (at its place in the redacted text, after the placeholder)


def test_a_word_under_review_that_a_finding_covers_or_the_allow_list_keeps_raises_no_warning() -> None:
    assert _reviews(anonymise_text(_UNSURE, terms=["Fern"])) == []
    assert _reviews(anonymise_text(_UNSURE, policy=Policy.from_dict({"allow_extra": ["Fern"]}))) == []


def test_no_review_warning_when_the_policy_turns_warnings_off() -> None:
    assert anonymise_text(_UNSURE, policy=Policy.from_dict({"residual_warnings": False})).warnings == ()


def test_a_words_shape_and_kind_are_paired_with_its_neighbours_kinds_across_any_gap():
    feats = _features_of("Isolde, BRANKWORTH | ok", "BRANKWORTH")
    assert "-1:kind=g|shape=X" in feats and "1:kind=l|shape=X" in feats  # (after a given name, a comma between)
    assert "-1:kinds=ug" in feats and "1:kinds=ul" in feats
    assert not any(f.startswith("-1:kind") for f in _features_of("Brankworth signed", "Brankworth"))  # (the text's first word)


def test_the_run_of_capitalised_words_a_word_stands_in_is_counted_up_to_four():
    assert "caprun=2" in _features_of("met Isolde Brankworth today", "Brankworth")
    assert "caprun=1" in _features_of("met Isolde, Brankworth today", "Brankworth")  # (a comma ends the run)
    assert "caprun=4" in _features_of("the Pellowin Quellan Isolde Brankworth Hall Trust", "Isolde")
    assert "caprun=1" in _features_of("thanks isolde", "isolde")  # (a name in lower case counts itself)


def test_the_shipped_model_was_trained_with_the_kind_and_run_features():
    raw = resources.files("anonymiser.text.data").joinpath(pm.MODEL_FILE).read_bytes()
    weights = json.loads(gzip.decompress(raw))["weights"]
    assert {"caprun=1", "caprun=2", "-1:kinds=ug", "1:kind=l|shape=Xx"} <= weights.keys()


def test_capitals_after_a_full_name_the_rules_found_are_only_warned_for_review() -> None:
    # (post-nominal letters or a surname: the model's guess alone does not redact them)
    result = anonymise_text("Signed: Isolde Brankworth QELN, Validation Lead\n")
    assert "Brankworth" not in result.text and "QELN" in result.text
