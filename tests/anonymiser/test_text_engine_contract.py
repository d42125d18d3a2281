"""The public contract of the text anonymiser that the Exchange relies on."""
from anonymiser import anonymise_fields, anonymise_text


def test_declared_term_never_survives_in_any_case():
    result = anonymise_text("ACME built it; acme runs it.", terms=["Acme"])
    assert "acme" not in result.text.lower()


def test_same_entity_gets_same_placeholder_across_fields():
    results = anonymise_fields({"title": "Acme line", "body": "At acme we"}, terms=["Acme"])
    assert results["title"].findings[0].replacement == results["body"].findings[0].replacement


def test_report_without_original_holds_no_raw_span():
    result = anonymise_text("write to jo@example.org", terms=[])
    report = result.report()
    assert "jo@example.org" not in repr(report)
    assert "jo@example.org" in repr(result.report(include_original=True))
