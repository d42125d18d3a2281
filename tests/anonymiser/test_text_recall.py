"""Names with no cue around them: people known by a given name, signatures and sign-offs, small
towns of the GeoNames gazetteer, companies known by their role, and typed declared terms."""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.recognisers.person_names import broad_given_names, parse_dictionary


def test_name_dictionary_lines_become_given_names_with_their_spelling_variants() -> None:
    text = ("# comment\n"
            "M  Aadam                                          1                                   $\n"
            "F  Jun+Wei                                        1                                   $\n"
            "=  Aad                      Adriaan                                                   $\n")
    assert parse_dictionary(text) == {"Aadam", "Jun-Wei", "Junwei"}


def test_given_names_come_from_the_dictionary_without_everyday_words() -> None:
    names = broad_given_names()
    assert len(names) > 40_000
    assert {"Ludmila", "Radoslav", "Zanele"} <= names
    assert not {"Gene", "Lean", "March", "Valve", "Trace"} & names


@pytest.mark.parametrize(("text", "expected"), [
    ("Ludmila Vanek checked the filters twice.", "[Person A] checked the filters twice."),
    ("The audit trail was reviewed by QA and Radoslav Pyda before release.",
     "The audit trail was reviewed by QA and [Person A] before release."),
])
def test_a_dictionary_given_name_and_a_surname_are_a_person_without_any_cue(text: str, expected: str) -> None:
    assert anonymise_text(text).text == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sunita Rao joins QC, and Will Harper joins Engineering.", "[Person A] joins QC, and [Person B] joins Engineering."),
    ("Assessor: Hope Bentley (college)", "Assessor: [Person A] (college)"),
    ("Impact assessment added by Rose Bishop on Monday.", "Impact assessment added by [Person A] on Monday."),
])
def test_a_given_name_that_is_a_word_before_a_surname_is_a_person(text: str, expected: str) -> None:
    assert anonymise_text(text).text == expected


@pytest.mark.parametrize("text", [
    "Will Power drives us. Amber Green on the RAG. A Monte Carlo model was run.",
    "Rose Garden tour; Hope Street site; Grant Funding approved.",
])
def test_a_word_name_before_a_word_is_not_a_person(text: str) -> None:
    assert [f.original for f in anonymise_text(text).findings if f.category == "person"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("12:33 Bishop, Andrew: Hello from the lab", "12:33 [Person A]: Hello from the lab"),
    ("To: QA team\nCc: Oheislin, Chidi\nDate: Monday", "To: QA team\nCc: [Person A]\nDate: Monday"),
])
def test_a_surname_comma_given_name_in_a_header_is_a_person(text: str, expected: str) -> None:
    assert anonymise_text(text).text == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Break area - Bishop (shift engineer) says cases are handled twice.",
     "Break area - [Person A] (shift engineer) says cases are handled twice."),
    ("Almost all from the new tablets. Thatcher thinks the Wi-Fi drops.", "Almost all from the new tablets. [Person A] thinks the Wi-Fi drops."),
    ("Please thank Fletcher and the cyclotron team.", "Please thank [Person A] and the cyclotron team."),
])
def test_a_common_surname_that_is_a_word_is_a_person_before_a_verb_or_a_role_or_mid_sentence(text: str, expected: str) -> None:
    assert anonymise_text(text).text == expected


@pytest.mark.parametrize("text", [
    "The Turner Prize went to a painter. Thatcher is a trade; ask a thatcher today.",
    "A Cooper pairs with a Bishop in the Tanner Building.",
])
def test_a_surname_word_in_a_name_of_a_thing_or_written_in_lower_case_stays(text: str) -> None:
    assert [f.original for f in anonymise_text(text).findings if f.category == "person"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Hamza Qudunith, Jess (night shift radiochemist)", "[Person A], [Person B] (night shift radiochemist)"),
    ("3. Tom to build a where-used report.", "3. [Person A] to build a where-used report."),
    ("3rd \u2013 Out of Spec (Dave, Sunny, Marcia, Tom) \u2013 37", "3rd \u2013 Out of Spec ([Person A], [Person B], [Person C], [Person D]) \u2013 37"),
    ("Owners: RK Rachel Khomo; MD Manon Dumais (QA)\nT-48h: MD to sign the plan.",
     "Owners: [Person A]; [Person B] (QA)\nT-48h: [Person B] to sign the plan."),
])
def test_given_names_before_a_role_or_an_action_in_lists_and_initials_before_the_name_are_people(
        text: str, expected: str) -> None:
    assert anonymise_text(text).text == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sunny from QA is hosting.", "[Person A] from QA is hosting."),
    ("I've asked Wren in planning to hold the stock.", "I've asked [Person A] in planning to hold the stock."),
    ("A collection is open with Gemma at reception.", "A collection is open with [Person A] at reception."),
])
def test_a_given_name_before_a_team_or_a_shift_is_a_person(text: str, expected: str) -> None:
    assert anonymise_text(text).text == expected


def test_a_word_before_in_and_a_word_that_names_no_team_stays() -> None:
    assert anonymise_text("Grant in aid was paid; Hope in vain.").findings == ()


def test_a_list_of_seasons_or_towns_is_no_list_of_people() -> None:
    findings = anonymise_text("Sites: Leeds, Bradford, York and Hull. Shifts (Early, Late, Night).").findings
    assert [f.category for f in findings if f.category == "person"] == []


def test_a_word_comma_given_name_is_no_surname_first() -> None:
    findings = anonymise_text("Thanks, Andrew: that helps. However, Chidi;").findings
    assert [f.original for f in findings] == ["Andrew", "Chidi"]


@pytest.mark.parametrize("text", [
    "Gene Therapy and Lean Manufacturing were the themes.",
    "Trent Valley Pharma opened a second line; Trent Valley now fills vials.",
    "Avon Bioprocessing supplied the bags.",
    "Tamar Sterile fills sterile vials for trials.",
])
def test_a_given_name_before_a_word_that_is_no_surname_is_not_a_person(text: str) -> None:
    findings = anonymise_text(text).findings
    assert not [f for f in findings if f.category == "person"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Great work, all.\n\n\u2014 Orlaith Brelasil\n", "Great work, all.\n\n\u2014 [Person A]\n"),
    ("See you at the review.\n-- Quillon Marsh, Site Lead\n", "See you at the review.\n-- [Person A], Site Lead\n"),
    ("Let me know if it slips. Thanks, Benedikt", "Let me know if it slips. Thanks, [Person A]"),
    ("Cheers, Oksana Lytvyn", "Cheers, [Person A]"),
])
def test_names_in_signatures_and_sign_offs_are_found(text: str, expected: str) -> None:
    assert anonymise_text(text).text == expected


def test_a_bulleted_list_of_trade_words_is_no_signature() -> None:
    text = "Scope:\n- Process Analytical Technology\n- Manufacturing Execution\n\u2014 Digital Twin\n"
    assert not [f for f in anonymise_text(text).findings if f.category == "person"]


def test_two_people_before_a_verb_are_both_found() -> None:
    text = "Tobiah Qunorefelin and Ysane Penetam wrote the protocol."
    assert anonymise_text(text).text == "[Person A] and [Person B] wrote the protocol."


def test_a_given_name_alone_before_a_verb_of_speech_is_a_person() -> None:
    assert anonymise_text("Also Zanele in QA asked that we wait.").text == "Also [Person A] in QA asked that we wait."
    assert anonymise_text("Oksana in Validation has agreed.").text == "[Person A] in Validation has agreed."
    assert anonymise_text("The Board agreed and Quality said no.").findings == ()


@pytest.mark.parametrize(("text", "region"), [
    ("The packaging hall at Haltwhistle runs two shifts.", "North East England"),
    ("Tablets are pressed in Llandovery.", "Wales"),
    ("We moved QC to Stowmarket last year.", "East of England"),
])
def test_small_towns_are_generalised_to_their_region(text: str, region: str) -> None:
    result = anonymise_text(text)
    assert region in result.text and [f.category for f in result.findings] == ["place"]


@pytest.mark.parametrize("text", ["It went live in March.", "We met at Street level.", "There is Hope in Battle."])
def test_towns_named_like_everyday_words_are_not_places(text: str) -> None:
    assert not [f for f in anonymise_text(text).findings if f.category == "place"]


def test_a_titled_name_before_a_dash_at_a_line_start_is_a_person_not_a_dateline() -> None:
    findings = anonymise_text("Dr Kristiane Hallqvist - QP. Formal but fair.").findings
    assert [f.category for f in findings] == ["person"]


@pytest.mark.parametrize("text", ["We met at the Francis Crick Institute.", "Rentschler Appleton Laboratory staff."])
def test_a_village_name_inside_a_longer_name_is_no_place(text: str) -> None:
    assert not [f for f in anonymise_text(text).findings if f.category == "place"]


@pytest.mark.parametrize("text", ["The Digital Maturity Model helped.", "Pareto Analysis showed the top causes.",
                                  "Thanks to the Newton Fund.", "A Monte Carlo model was run.",
                                  "Alan Turing Institute fellows visited."])
def test_named_methods_funds_and_institutes_are_not_people(text: str) -> None:
    assert not [f for f in anonymise_text(text).findings if f.category == "person"]


def test_a_surname_seen_on_a_person_stays_a_person_where_a_town_shares_it() -> None:
    result = anonymise_text("Helen Maxey, Head of QA, led it. Maxey said it paid back.")
    assert result.text == "[Person A], Head of QA, led it. [Person A] said it paid back."


@pytest.mark.parametrize(("text", "expected"), [
    ("Our supplier Halvergate shipped late.", "Our supplier [Organisation A] shipped late."),
    ("Contract manufacturer Tolland's engineers came.", "Contract manufacturer [Organisation A]'s engineers came."),
    ("We partnered with Brackenfield on the pilot.", "We partnered with [Organisation A] on the pilot."),
    ("Our integrator Penhale Controls re-tuned the alarms.", "Our integrator [Organisation A] re-tuned the alarms."),
    ("Analysts at Fellbarrow Research were sceptical.", "Analysts at [Organisation A] were sceptical."),
    ("Casimir Odef of Fellbarrow Research added that it was hard.",
     "[Person A] of [Organisation A] added that it was hard."),
    ("We visited a site run by Bowscale, whose engineers helped.",
     "We visited a site run by [Organisation A], whose engineers helped."),
])
def test_companies_named_by_their_role_are_organisations(text: str, expected: str) -> None:
    assert anonymise_text(text).text == expected


@pytest.mark.parametrize("text", [
    "We worked with Priya Shah on it.",
    "Our supplier Siemens delivered the PLCs.",
    "The partner Process Analytics team helped.",
    "Priya's team and the engineers at Leeds helped.",
    "The Director of Operations said so.",
])
def test_role_words_before_people_vendors_or_trade_words_make_no_organisation(text: str) -> None:
    assert not [f for f in anonymise_text(text).findings if f.recogniser == "organisation_context"]


def test_declared_organisation_terms_are_labelled_organisations_whatever_their_shape() -> None:
    text = "Kestrel Moor opened a line. Kestrel said so. KESTREL MOOR\u2019s staff agreed."
    result = anonymise_text(text, terms=["Kestrel"], organisation_terms=["Kestrel Moor"])
    assert "Kestrel" not in result.text and "KESTREL" not in result.text
    assert "[Person" not in result.text and "[Term" not in result.text
    assert result.text.startswith("[Organisation A] opened a line.")


def test_a_person_shaped_declared_term_without_a_type_is_still_read_as_a_person() -> None:
    assert anonymise_text("Kestrel Moor opened a line.", terms=["Kestrel Moor"]).text == "[Person A] opened a line."


def test_organisation_terms_must_be_strings() -> None:
    from anonymiser.errors import InvalidInput

    with pytest.raises(InvalidInput):
        anonymise_text("text", organisation_terms="Kestrel Moor")  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    ("Quorran Bexley, Tamsyx Wolde and Ebbo Marrick wrote it.", "[Person A], [Person B] and [Person C] wrote it."),
    ("Brilliant effort from everyone \u2014 Florimel Adjoa\n", "Brilliant effort from everyone \u2014 [Person A]\n"),
    ("Kudos to Quorran Bexley!", "Kudos to [Person A]!"),
    ("@Quorran Bexley nailed it", "@[Person A] nailed it"),
    ("Quorran Bexley (left) and Tamsyx Wolde (right)", "[Person A] (left) and [Person B] (right)"),
])
def test_names_in_social_posts_are_found_even_when_part_looks_like_a_town(text: str, expected: str) -> None:
    assert anonymise_text(text).text == expected


def test_a_dash_before_trade_words_mid_text_is_no_signature() -> None:
    text = "Lessons learned \u2014 Continuous Manufacturing\n\nOur lessons \u2014 Xyler Bont\nmore"
    assert not [f for f in anonymise_text(text).findings if f.category == "person"]


@pytest.mark.parametrize(("text", "name"), [
    ("- ~~ring tomasz re cabinet 3 drawings~~ done", "tomasz"),
    ("1:1 w/ siobhan in procurement", "siobhan"),
    ("thanks priyanka!", "priyanka"),
])
def test_a_given_name_in_lower_case_after_a_word_that_asks_or_thanks_is_a_person(text, name):
    assert name not in anonymise_text(text).text


@pytest.mark.parametrize("text", ["ask will about it", "call back with results", "thanks all", "cc team"])
def test_everyday_words_after_such_a_word_stay(text):
    assert anonymise_text(text).text == text
