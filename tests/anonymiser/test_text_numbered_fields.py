"""Numbers a label says are numbers go, whatever they number; words, years, times and comments stay."""
import pytest

from anonymiser import anonymise_text


@pytest.mark.parametrize(("text", "number"), [
    ("Company reg. no. ........... 09912764", "09912764"),
    ("Cert. no. QZ 448190, issued by the certification body", "QZ 448190"),
    ("REQUISITION            No. RQ 552190", "RQ 552190"),
    ("Supplier no. K77310", "K77310"),
    ("Registered in Ireland No. 771203. Directors: ...", "771203"),
    ("Meeting ID: 377 104 882 610", "377 104 882 610"),
    ("Passcode: hG4pWz", "hG4pWz"),
    ("Phone Conference ID: 771 530 229#", "771 530 229#"),
    ("KvK 61720493 | BTW NL004417825B02", "NL004417825B02"),
    ("IBAN DE44 5001 0517 5407 3249 31 – BIC COBADEFFXXX", "DE44 5001 0517 5407 3249 31"),
    ("Subject: factuur 2025-30917", "2025-30917"),
    ("our site (MIA 40719) was inspected", "MIA 40719"),
    ("Amtsgericht Ulm HRB 552018", "HRB 552018"),
])
def test_a_number_its_label_names_goes(text: str, number: str) -> None:
    result = anonymise_text(text)
    assert number not in result.text
    assert any(number in f.original for f in result.findings if f.category == "identifier")


@pytest.mark.parametrize(("text", "number"), [
    ("Our ref:      Insp GMP 40532/2087713-0007", "Insp GMP 40532/2087713-0007"),
    ("Certificate No: UK GMP 35519 lnsp GMP 35519/4471260-0003", "lnsp GMP 35519/4471260-0003"),
    ("MIA:        MIA 51873   MIA(IMP): MIA(IMP) 51873", "MIA(IMP) 51873"),
    ("MA / application number(s):  PL 26981/0015-0016 (variation pending)", "PL 26981/0015-0016"),
    ("Subject: Close-out letter – CMS # 718344", "CMS # 718344"),
    ("in response to Warning Letter 320-24-17, dated May 9, 2024", "320-24-17"),
    ("Tregarrow Laboratories Ltd, NDA 209413 – injection 25 mg/mL", "209413"),
    ("the generic filed under ANDA 212345 last spring", "212345"),
    ("Hoogerwerf Certificering B.V. · VAT NL806431572B01", "NL806431572B01"),
    ("  Unique Learner Number (ULN) .......... 6302915847", "6302915847"),
    ("GRN: 5000427719   Cost centre: 5120-ENG", "5000427719"),
    ("Sort Code:       30-94-18", "30-94-18"),
    ("IBAN:            GB15 MIDL 4005 1522 3318 46\nBIC:", "GB15 MIDL 4005 1522 3318 46"),
    ("Envelope Id: 4D0B81F6C2A94E7D8B35A10C6E92F748   Status: Completed", "4D0B81F6C2A94E7D8B35A10C6E92F748"),
])
def test_regulators_references_licences_and_uk_registers_go_with_their_letters(text: str, number: str) -> None:
    result = anonymise_text(text)
    assert number not in result.text
    assert any(f.original == number for f in result.findings if f.category == "identifier")


@pytest.mark.parametrize("text", [
    "the NDA was signed on 12 March",     # the agreement, no number after it
    "Consegna da 123456 unità entro marzo",  # "da" is no FDA application
    "VAT is 20% of the price",            # a rate
    "MS 2019 was the plan",               # a year after capitals
    "There was no 12345 limit on it",     # the English word "no"
    "Step no. 3 then step no. 4",         # too short to be a reference
    "# was 3200 before the change",       # a comment mark, not a number's
    "build #318 FAILED",                  # a short build number and a word after it
    "Time no. 12:30, started No. 2024",   # a time, a year
    "the MA 2024 cohort",                 # a year after capitals
])
def test_words_years_times_and_comments_stay(text: str) -> None:
    assert all(f.recogniser != "numbered_field" for f in anonymise_text(text).findings)


@pytest.mark.parametrize(("text", "number"), [
    ("Sush - PO is 4500217734. Tell them", "4500217734"),
    ("Companies House: 08841276\nThe contractor is an SME", "08841276"),
    ("Hotel: Confirmation: 66120934", "66120934"),
    ("workshop lunches go on cost centre 7741, not mine", "7741"),
    ("OrderID 000100452219, MaterialID", "000100452219"),
])
def test_a_reference_after_its_word_goes(text: str, number: str) -> None:
    assert number not in anonymise_text(text).text


@pytest.mark.parametrize("text", ["the order was 12 boxes", "work order 2024 review", "cost centre 12", "case 1234"])
def test_counts_years_and_short_numbers_after_those_words_stay(text: str) -> None:
    assert all(f.recogniser != "reference_number" for f in anonymise_text(text).findings)
