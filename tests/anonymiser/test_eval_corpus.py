"""The labelled evaluation corpus is well formed and no declared term survives on it."""
import pytest

from anonymiser import InvalidInput
from anonymiser.eval.corpus import GOLD_CATEGORIES, load, parse
from anonymiser.eval.measure import evaluate
from anonymiser.evaluate import main
from anonymiser.text.policy import Policy


def test_corpus_has_enough_documents_in_varied_styles():
    cases = load()
    assert len(cases) >= 60
    assert len({c.style for c in cases}) >= 6
    assert all(c.gold and c.terms for c in cases)


def test_gold_spans_point_at_their_text():
    # (a failure names the file and the offset, never the text: held-out texts stay out of test logs)
    wrong = [(case.name, gold.start) for case in load() for gold in case.gold
             if case.text[gold.start:gold.end] != gold.text or gold.category not in GOLD_CATEGORIES]
    assert wrong == []


def test_no_declared_term_survives_on_the_corpus():
    assert evaluate(load()).leaks["declared"] == []


@pytest.mark.parametrize("raw", ["no separator", "terms: a\n---\n[[colour:red]]"])
def test_malformed_corpus_file_is_invalid(raw):
    with pytest.raises(InvalidInput):
        parse("bad.txt", raw)


def test_evaluate_prints_recall_precision_and_leaks(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "recall" in out and "precision" in out and "declared name survives" in out


def test_evaluate_measures_only_the_numbered_texts_asked_for(capsys):
    assert main(["--texts", "1-2"]) == 0
    assert "documents: 2\n" in capsys.readouterr().out


def test_evaluate_on_the_development_split_reads_no_held_out_text(capsys):
    asked = [c for c in load() if 316 <= int(c.name.split("-")[0]) <= 325]
    development = sum(c.split == "dev" for c in asked)
    assert 0 < development < len(asked)  # (the range holds both)
    assert main(["--texts", "316-325", "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert f"documents: {development}\n" in out and "held-out" not in out


def test_evaluate_refuses_a_split_with_no_text_in_the_range(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--texts", "1-2", "--split", "heldout"])
    assert stopped.value.code == 2 and "--split" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["x", "5-2", "0-3", "9000-9999"])
def test_evaluate_refuses_a_text_range_it_cannot_use(value, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--texts", value])
    assert stopped.value.code == 2 and "--texts" in capsys.readouterr().err


def test_findings_are_scored_at_the_corpus_offsets_when_normalising_changes_the_length() -> None:
    from anonymiser.eval.measure import raw_offsets

    raw, normalised = "Ab\u2026 Cd Ef", "Ab... Cd Ef"
    offsets = raw_offsets(normalised, raw)
    start = normalised.index("Cd")
    assert raw[offsets[start]:offsets[start + 2]] == "Cd"
    assert offsets[len(normalised)] == len(raw)


def test_evaluate_can_leave_a_recogniser_out_to_measure_what_it_adds(capsys):
    with_all = evaluate(load()[:40])
    without = evaluate(load()[:40], Policy.from_dict({"disable": ["person", "given_name_alone"]}))
    assert without.recalled["person"] < with_all.recalled["person"]
    assert main(["--texts", "1-2", "--without", "person"]) == 0
    with pytest.raises(SystemExit) as stopped:
        main(["--without", "no_such_recogniser"])
    assert stopped.value.code == 2 and "no_such_recogniser" in capsys.readouterr().err


def test_a_persons_title_inside_a_gold_span_need_not_be_redacted():
    case = parse("t.txt", "terms: Zed\n---\n\"Yes,\" said [[person:Dr Imelda Fatosamonund]], Head of QA.")
    tally = evaluate([case])
    assert tally.recalled["person"] == 1
    missed = parse("t.txt", "terms: Zed\n---\nThe [[person:Dr Who]] box was grey.")
    assert evaluate([missed]).recalled["person"] == 0



def test_a_professional_title_of_a_letter_abroad_inside_a_gold_span_need_not_be_redacted():
    case = parse("t.txt", "terms: Zed\n---\nPrepared by [[person:Ing. Zdeslav Kvorakoval]], quality engineer.")
    assert evaluate([case]).recalled["person"] == 1


def test_a_miss_a_residual_risk_warning_points_at_is_counted_as_warned_and_a_silent_one_is_not():
    # (after a placeholder, so that the warning is mapped back through a finding's change of length)
    warned = parse("t.txt", "terms: Zed\n---\nThanks to Basil Thorlacius-Quarm. Ask [[person:Fern]] about the check.")
    tally = evaluate([warned])
    assert (tally.gold["person"], tally.recalled["person"], tally.warned["person"]) == (1, 0, 1)
    silent = parse("t.txt", "terms: Zed\n---\nthe check was done by [[person:qwv]] on nights.")
    tally = evaluate([silent])
    assert (tally.recalled["person"], tally.warned["person"]) == (0, 0)
