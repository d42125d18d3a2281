"""The engine: overlaps, offsets, the report, fields of one document, limits, determinism."""
import json

import pytest

from anonymiser import InputTooLarge, InvalidInput, anonymise_fields, anonymise_text
from anonymiser.text import engine
from anonymiser.text.document import Aliases
from anonymiser.text.resolve import resolve
from anonymiser.text.spans import Span

TEXT = ("Northwold Pharma Ltd (NWP) hired Dr Ysolde Penhallow in Macclesfield on 3 May 2022. "
        "Mail ysolde@northwold.co.uk. NWP spent £1.2m on Project Kestrel.")


def _span(start, end, category="organisation", confidence=0.9, name="x"):
    return Span(start, end, category, name, confidence, "Organisation", f"k{start}")


@pytest.mark.parametrize(
    "spans, kept",
    [
        ([_span(0, 10), _span(2, 5, "declared", 1.0)], [(0, 10)]),  # declared widened to the name around it
        # (not to a name that holds only part of another declared term: both declared terms are kept)
        ([_span(0, 18, "declared", 1.0), _span(12, 112), _span(94, 99, "declared", 1.0)], [(0, 18), (94, 99)]),
        ([_span(0, 4, "declared", 1.0), _span(2, 12, "person")], [(0, 4)]),  # declared first
        ([_span(0, 4), _span(0, 8)], [(0, 8)]),  # then the longest
        ([_span(0, 6, confidence=0.7), _span(2, 8, confidence=0.9)], [(2, 8)]),  # then the most confident
        ([_span(0, 6, name="b"), _span(2, 8, name="a")], [(0, 6)]),  # then the earliest
        ([], []),
    ],
)
def test_overlaps_are_resolved_by_the_documented_order(spans, kept):
    assert [(s.start, s.end) for s in resolve(spans)] == kept


def test_resolution_does_not_depend_on_recogniser_order():
    spans = [_span(0, 6, name="b"), _span(2, 8, name="a"), _span(7, 12), _span(3, 4, "declared", 1.0)]
    assert resolve(spans) == resolve(list(reversed(spans)))


def test_finding_offsets_index_source_and_redacted_text():
    result = anonymise_text(TEXT)
    assert result.findings
    for f in result.findings:
        assert result.source_text[f.start:f.end] == f.original
        assert result.text[f.redacted_start:f.redacted_end] == f.replacement


def test_report_without_original_has_no_raw_text_and_is_json():
    result = anonymise_text(TEXT, terms=["Penhallow"])
    report = json.dumps(result.report())
    for f in result.findings:
        if f.action != "keep":
            assert f.original not in report
    assert set(json.loads(report)) == {"findings", "warnings", "counts"}


def test_report_with_original_carries_source_offsets():
    finding = anonymise_text(TEXT).report(include_original=True)["findings"][0]
    assert {"start", "end", "original", "redacted_start", "category", "recogniser", "confidence",
            "action", "replacement", "reason"} <= set(finding)


def test_same_input_same_output():
    first, second = anonymise_text(TEXT, terms=["Kestrel"]), anonymise_text(TEXT, terms=["Kestrel"])
    assert first == second


def test_fields_of_one_document_share_placeholders():
    results = anonymise_fields(
        {"title": "Northwold Pharma goes paperless", "summary": "How NWP did it",
         "body": "Northwold Pharma Ltd (NWP) hired Dr Ysolde Penhallow.", "lessons": "Penhallow says: start small."}
    )
    org = {f.replacement for r in results.values() for f in r.findings if f.category == "organisation"}
    person = {f.replacement for r in results.values() for f in r.findings if f.category == "person"}
    assert org == {"[Organisation A]"} and person == {"[Person A]"}
    assert "NWP" not in results["summary"].text and "Penhallow" not in results["lessons"].text


def test_counts_by_category():
    counts = anonymise_text("Mail a@b-c.com or d@e-f.com on 3 May 2022.").counts()
    assert counts == {"contact": 2, "date": 1}


@pytest.mark.parametrize("bad", [None, 42, b"bytes"])
def test_non_string_input_is_invalid(bad):
    with pytest.raises(InvalidInput):
        anonymise_text(bad)  # type: ignore[arg-type]


def test_terms_given_as_one_string_are_invalid():
    with pytest.raises(InvalidInput):
        anonymise_text("text", terms="Acme")  # type: ignore[arg-type]


def test_input_over_two_megabytes_is_refused_without_echoing_it():
    secret = "Zebulon " * (2 * 1024 * 1024 // 8 + 1)
    with pytest.raises(InputTooLarge) as err:
        anonymise_text(secret)
    assert "Zebulon" not in str(err.value)


@pytest.mark.parametrize("size, ok", [(999, True), (1000, True), (1001, False)])
def test_size_limit_boundary_counts_utf8_bytes(monkeypatch, size, ok):
    monkeypatch.setattr(engine, "MAX_INPUT_BYTES", 1000)
    text = "é" * (size // 2) + "a" * (size % 2)
    if ok:
        assert anonymise_text(text).text == text
    else:
        with pytest.raises(InputTooLarge):
            anonymise_text(text)


def test_limit_applies_to_all_fields_together(monkeypatch):
    monkeypatch.setattr(engine, "MAX_INPUT_BYTES", 10)
    with pytest.raises(InputTooLarge):
        anonymise_fields({"a": "123456", "b": "123456"})


def test_empty_text_gives_empty_result():
    result = anonymise_text("")
    assert (result.text, result.findings, result.warnings) == ("", (), ())


def test_windows_line_endings_and_smart_quotes_are_normalised():
    result = anonymise_text("\u201cIt worked,\u201d said Ottoline Brabazon.\r\nNext line.")
    assert result.text == '"It worked," said [Person A].\nNext line.'


# Two companies named by one coined first word, which the text also writes in lower case: which of them that word
# stands for alone must not depend on the order a set of their names is read in.
SHARED_HEAD = ("Quotes came from Vostrelix Process Modelling Ltd and Vostrelix Reliability Analytics Ltd, and from\n"
               "Tarnquill Bioprocess Modelling Ltd. The vostrelix tool was fine; Vostrelix replied on time and Tarnquill\n"
               "later. Vostrelix Reliability Analytics Ltd signed first.\n")


@pytest.mark.parametrize("text", [TEXT, SHARED_HEAD])
def test_output_does_not_depend_on_the_interpreters_hash_seed(text: str) -> None:
    import subprocess
    import sys

    code = ("from anonymiser import anonymise_text;"
            "r = anonymise_text(open(0).read(), terms=['Kestrel', 'Northwold Pharma']);"
            "print(r.text, [(f.start, f.replacement) for f in r.findings])")
    outputs = {
        subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True,
                       env={"PYTHONHASHSEED": seed, "PYTHONPATH": "."}).stdout
        for seed in ("1", "2", "3", "4", "5", "6")
    }
    assert len(outputs) == 1


def test_two_mentions_of_one_person_a_space_apart_read_as_one_placeholder() -> None:
    text = "Carys Morgwen leads. Holwch Carys Morgwen yn y tîm os nad yw eich swp ar y rhestr.\nMorgwen\nCarys"
    result = anonymise_text(text)
    assert "[Person A] [Person A]" not in result.text and result.text.count("[Person A]") == 4


def test_an_alias_longer_than_any_name_is_not_learned() -> None:
    aliases = Aliases()
    aliases.add("Cleansight" * 30, "product", "Product", "x")
    aliases.add("CleanSight", "product", "Product", "cleansight")
    assert list(aliases.by_alias) == ["cleansight"]


def test_one_long_word_of_capitals_is_no_product_name() -> None:
    findings = anonymise_text("Our tool " + "CleanSightVectorPlan" * 50 + " runs.").findings
    assert [f for f in findings if f.category == "product"] == []


def test_a_server_named_without_its_domain_teaches_no_company_name():
    result = anonymise_text("The historian lims-db01 was patched; lims db01 was rebooted.")
    assert all(f.category != "organisation" for f in result.findings)
