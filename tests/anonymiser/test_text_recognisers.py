"""Each recogniser finds what it is for and leaves ordinary prose alone (table-driven)."""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.normalise import normalise
from anonymiser.text.recognisers.registry import MODULES, get

# recogniser → (text, a mention it must find)
EXAMPLES = {
    "declared_terms": None,  # covered in test_text_declared_terms (needs terms)
    "learned_aliases": None,  # covered below through the engine
    "email": ("Contact hal.orme@brackwater.co.uk today", "hal.orme@brackwater.co.uk"),
    "url": ("See https://www.brackwater.co.uk/news for more", "https://www.brackwater.co.uk/news"),
    "phone": ("Call +44 161 496 0321 now", "+44 161 496 0321"),
    "organisation_suffix": ("We worked with Harnsey Fold Therapeutics Ltd on it.", "Harnsey Fold Therapeutics Ltd"),
    "organisation_gazetteer": ("Our customer Novartis audited us.", "Novartis"),
    "allow_listed": ("Siemens supplied the PLCs.", "Siemens"),
    "organisation_context": ("Our supplier Brackenfield shipped late.", "Brackenfield"),
    "organisation_institution": ("Modelling was done with Haltwhistle University.", "Haltwhistle University"),
    "person": ('"It worked," said Ottoline Brabazon, Head of QC.', "Ottoline Brabazon"),
    "phone_extension": ("Call the QC lab on ext. 4471 today.", "ext. 4471"),
    "phone_vanity": ("For spares call 1-800-PUMP-KIT today.", "1-800-PUMP-KIT"),
    "spoken_contact": ("my direct line is oh one three eight four, five five nine, two one three thanks",
                       "oh one three eight four, five five nine, two one three"),
    "ip_address": ("The PLC answers on 192.168.10.21 only.", "192.168.10.21"),
    "handle": ("Posted by jo_lab_ops on the forum.", "jo_lab_ops"),
    "product_context": ("The first batch of Zelvoran 25 mg tablets shipped.", "Zelvoran 25 mg"),
    "misheard_product": None,  # covered in test_text_product_shapes (reads the products the others found)
    "reference_number": ("Part-funded by an Innovate UK grant (10078312).", "10078312"),
    "identifier_list": ("Piloted on lots KRD16-24-031 and KRD16-24-032.", "KRD16-24-032"),
    "given_name_alone": ("The trial ran until July, when Wanjiru took it over.", "Wanjiru"),
    "lower_case_name": ("spoke to hefin re the belt, he will swap it", "hefin"),
    "initialled_header": ("SOP | Will T | Rose K | Hefin D\nSOP-7 | Y | N | Y", "Rose K"),
    "nickname_cue": ("Morning. Everyone calls me Tiggs, by the way.", "Tiggs"),
    "self_introduction": ("hiya this is bax from stores just to say the pallet has arrived and it is sitting in the goods in"
                          " bay so if someone can come and sign for it that would be great cheers", "bax"),
    "vehicle_registration": ("| Visitor | Stores | FK62 RWD | 09:30 |", "FK62 RWD"),
    "signature_field": ("Operator     H. Hwang          Sign  HJHwang      09/07/24  11:30", "HJHwang"),
    "directory_name": ("manager: CN=Zorvath\\, Ysolde,OU=Staff,DC=corp,DC=local", "Zorvath\\, Ysolde"),
    "numbered_field": ("Supplier no. K77310 as agreed", "K77310"),
    "spoken_organisation": ("hi its dermot calling from harrowgate packaging about the labels that we sent over to you",
                            "harrowgate packaging"),
    "login_name": ("2024-09-18 tgallagher add product filter", "tgallagher"),
    "surname_first": ("Answered by: MORIKAWA Kenji, Overseas Service Section", "MORIKAWA Kenji"),
    "other_script": None,  # covered in test_text_foreign_lines (reads the names the others found)
    "spoken_name": ("ok thanks everyone so kwabena is going to be the robot champion on nights", "kwabena"),
    "initials_actor": ("TW reported the fix.\nACTION 3: TW \u2014 close it.", "TW"),
    "structured_code": ("Coating finished for LM10-25-0385 at noon.", "LM10-25-0385"),
    "person_model": ("Training records updated in LMS by: KD   Date: 12/03/2025", "KD"),
    "code_model": ("Kit no. VQT7-0932 was dispensed to the ward.", "VQT7-0932"),
    "ocr_name": ("Driver:   Lee Armstr0ng      Sign: [illegible]", "Lee Armstr0ng"),
    "ocr_code": ("RECEIVED  1O MAY 2O23   Form ZW-08l4 issue 3", "1O MAY 2O23"),
    "table_column": ("| Name | Login |\n|---|---|\n| Kenji Niblett | kniblett |\n| Rose Gates | rgates |\n"
                     "| Aisling Kubow | akubow |\n", "rgates"),
    "staff_number": ("Confirmed as the second hand (Automation, emp 71390) at the review.", "71390"),
    "code_column": ("Req\tLot\tQty\nR-1\tKX7Q2201\t500\nR-2\tKX7Q2202\t500\nR-3\tKX7Q2230\t250\n", "KX7Q2230"),
    "money_column": ("Item\tCost (£)\tQty\nA\t1,250.00\t2\nB\t980.00\t1\nC\t4,410.50\t3\n", "4,410.50"),
    "word_as_name": ("The go-live of Lodestar slipped; Lodestar now runs on two lines.", "Lodestar"),
    "unfamiliar_name": ("The line trial was signed off by Oyelaruke.", "Oyelaruke"),
    "speaker_label": ("[09:14] Zorvath: line 2 is down\n[09:15] Zorvath: restarting\n", "Zorvath"),
    "uk_place": ("Our plant in Macclesfield runs two shifts.", "Macclesfield"),
    "place_context": ("Our plant in Kirkby Lonsdale runs two shifts.", "Kirkby Lonsdale"),
    "postcode": ("Deliveries to SK10 2NA only.", "SK10 2NA"),
    "address": ("Deliveries to 14 Pennine Way only.", "14 Pennine Way"),
    "address_abroad": ("Lieferung an Velmarkstraße 14, 69117 Heidelberg bitte.", "Velmarkstraße 14, 69117 Heidelberg"),
    "compound_code": ("Trials of AZD9291 and PF-06651600 began.", "PF-06651600"),
    "project_name": ("Project Kittiwake went live.", "Project Kittiwake"),
    "code_name_capitals": ("Approval mails from TARNWICK never arrived.", "TARNWICK"),
    "drug_brand": ("We fill Keytruda here.", "Keytruda"),
    "document_id": ("See SOP-QA-0042 and DEV-2023-117.", "SOP-QA-0042"),
    "tag_code": ("Filled in isolator TRX-ISO-L4-03 overnight.", "TRX-ISO-L4-03"),
    "batch_number": ("Batch 22B0417 failed.", "22B0417"),
    "serial_number": ("Isolator S/N 4471-2290 was moved.", "4471-2290"),
    "separated_code": ("Step PXR.7712.BLD.03 was revised.", "PXR.7712.BLD.03"),
    "gs1_string": ("Carton (01)05012345678900 (10)QB24K0412 printed.", "05012345678900"),
    "gtin": ("Carton barcode 4 006381 333931 approved.", "4 006381 333931"),
    "licence_number": ("Variation to PL 58206/0009 submitted.", "PL 58206/0009"),
    "mac_address": ("The HMI is 02:4C:9E:7A:11:D3 on VLAN 20.", "02:4C:9E:7A:11:D3"),
    "spoken_code": ("Pull K R four one seven seven two from the archive.", "K R four one seven seven two"),
    "patent": ("Protected by GB2589123 and EP 3 456 789 B1.", "GB2589123"),
    "money": ("The project cost £2.3m in total.", "£2.3m"),
    "date": ("It went live on 14 March 2023.", "14 March 2023"),
    "spoken_date": ("so we book the retest for the fourth of June comma", "the fourth of June"),
    "show_name": ("Hello and welcome back to Hopper Hour, the podcast for the plant floor.", "Hopper Hour"),
    "misheard_name": None,  # covered in test_text_speech_shows_and_misheard_names (reads the people the others found)
    "quantity": ("We trained 45 operators.", "45"),
}

NEGATIVES = [
    "OEE rose from 38 % to 52 % after SMED on the packaging lines.",
    "Batch record review fell from 19 days to 3 days in 2022.",
    "The MES, LIMS and historian were validated under GAMP 5 and Annex 11.",
    "We used Siemens Opcenter and AVEVA PI with the MHRA and the FDA informed.",
    "",
    "   \n\n  ",
    "Prose in ünïcödé with no names: ça marche très bien.",
]


def test_every_registered_recogniser_has_an_example():
    assert set(EXAMPLES) == set(MODULES)


@pytest.mark.parametrize("name", sorted(n for n, e in EXAMPLES.items() if e))
def test_recogniser_finds_its_example(name):
    text, mention = EXAMPLES[name]  # type: ignore[misc]
    doc = Document(normalise(text))
    found = {doc.text[s.start:s.end] for s in get(name).find(doc)}
    assert mention in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_plain_trade_prose_is_left_alone(text):
    assert anonymise_text(text).text == normalise(text)


def test_short_forms_learned_from_a_full_name_are_found_everywhere():
    text = "Marrowby Biologics Ltd (MBL) opened. Later Marrowby said MBL would grow; see marrowbybiologics.com."
    result = anonymise_text(text)
    assert "Marrowby" not in result.text and "MBL" not in result.text
    assert {f.replacement for f in result.findings if f.category == "organisation"} == {"[Organisation A]"}


def test_surname_alone_gets_the_same_placeholder_as_the_full_name():
    result = anonymise_text("Dr Ottoline Brabazon led it. Later Brabazon said it paid back.")
    assert result.text == "Dr [Person A] led it. Later [Person A] said it paid back."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The project cost £2.3m.", "The project cost £1m–£5m."),
        ("It cost $85 million.", "It cost $50m–$100m."),
        ("It cost €750,000.", "It cost €500k–€1m."),
        ("It went live on 14 March 2023.", "It went live on March 2023."),
        ("It went live on 2023-03-14.", "It went live on March 2023."),
        ("We trained 45 operators.", "We trained 25–50 operators."),
        ("A 2,000 L bioreactor.", "A 1,000–2,500 L bioreactor."),
        ("Our plant in Macclesfield runs.", "Our plant in North West England runs."),
        ("Macclesfield has a plant.", "a site in North West England has a plant."),
    ],
)
def test_quasi_identifiers_are_generalised(text, expected):
    assert anonymise_text(text).text == expected


def test_job_titles_are_kept_and_names_go():
    result = anonymise_text("Ottoline Brabazon, Head of Automation, said it worked.")
    assert result.text == "[Person A], Head of Automation, said it worked."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("**Ottoline Brabazon**, Head of QA, agreed.", "**[Person A]**, Head of QA, agreed."),
        ("said _Ottoline Brabazon_ today", "said _[Person A]_ today"),
        ("See [the site](https://www.brackwater.co.uk/about).", "See [the site]([URL A])."),
        ("# Ottoline Brabazon said\nit worked", "# [Person A] said\nit worked"),
    ],
)
def test_markdown_does_not_hide_names_or_links(text, expected):
    assert anonymise_text(text).text == expected


@pytest.mark.parametrize("text, mention", [("The probe serial number (SN 7A-44120-B) was wrong.", "SN 7A-44120-B"),
                                           ("Balance SN: 55102 recalibrated.", "SN: 55102")])
def test_serial_numbers_after_the_bare_sn_abbreviation_are_found_with_it(text, mention):
    doc = Document(normalise(text))
    assert mention in {doc.text[s.start:s.end] for s in get("serial_number").find(doc)}


def test_sn_inside_a_word_or_without_a_digit_is_no_serial():
    doc = Document(normalise("SNOW 1234 fell; the SN ABCDE label; snap 55102."))
    assert list(get("serial_number").find(doc)) == []


@pytest.mark.parametrize(("text", "contact"), [
    ("Raise tickets at servicedesk.wolvey.local or on ext. 4471.", ["servicedesk.wolvey.local", "ext. 4471"]),
    ("Questions to the lab on extension 2217.", ["extension 2217"]),
    ("Call 01632 960 123 ext 45 after nine.", ["01632 960 123 ext 45"]),
    ("The historian sits at 10.40.2.17:502 on the plant network.", ["10.40.2.17:502"]),
    ("Posted by kowal_ops (site lead) on Monday; u/cleanroom_kev replied.", ["kowal_ops", "cleanroom_kev"]),
    ("Forum username: pkarlsson", ["pkarlsson"]),
    ("All clocks synchronise to the site NTP server 172.20.0.10.", ["172.20.0.10"]),
    ("User j.ocearr re-integrated the peak; 7 failed log-ins for user t.nolley today.", ["j.ocearr", "t.nolley"]),
    ("Find him on X at @DeclanMorrowPPW or in the thread (cc @jo_lab).", ["DeclanMorrowPPW", "jo_lab"]),
    ("Exported by m.ashwell; @hassan.alvi can you confirm? jess.m volunteered.", ["m.ashwell", "hassan.alvi", "jess.m"]),
    ("Status changed | approved by A.OYELARIN", ["A.OYELARIN"]),
    ("Checked by m.adjei-boatema and mo.azizov today.", ["m.adjei-boatema", "mo.azizov"]),
    ("ollie_b asked; anjali_r replied; Mod_Helen locked the thread.", ["ollie_b", "anjali_r", "Mod_Helen"]),
    ("Gains changed by user \"pzawal\"; User dkhanna granted rights.", ["pzawal", "dkhanna"]),
    ("22:47 | HIGH RH | ack by jmcardle 22:58 |\nReply by mchaudry, 04/10: agree.", ["jmcardle", "mchaudry"]),
    ("| R003 | Units match the site list | kampora |", ["kampora"]),
    ("Send it by email or by phone on +44 (0)1603 496 0187.", ["+44 (0)1603 496 0187"]),
    ("Mobile: 077009 000 1234", ["077009 000 1234"]),
    ("Site main line: 01236 814 500 (24 h, diverts to the gatehouse)", ["01236 814 500"]),
    ("Agent: Kettridge Regulatory Consulting, (484) 555-0173, for FDA correspondence.", ["(484) 555-0173"]),
    ("The driver will ring goods-in (01632 960 486) 30 min before.", ["(01632 960 486)"]),
    ("Ireland: 1800 555 318 (freephone) or 1850 92 7714", ["1800 555 318", "1850 92 7714"]),
    ("tel. +48 22 436 21 09 wew. 212, or wew. 318 at reception", ["+48 22 436 21 09 wew. 212", "wew. 318"]),
    ("Slides at pharmadigitaluk.events/live and mes.keldale.cloud:8443 after the talk.",
     ["pharmadigitaluk.events/live", "mes.keldale.cloud:8443"]),
    ('{"createdBy": "gpincus", "updatedBy": "lzhao", "owner": "d.ntombela"}', ["gpincus", "lzhao", "d.ntombela"]),
    ('<closed_by display_value="closed">iogulisost</closed_by>\nclosed_by=ops_team2', ["iogulisost", "ops_team2"]),
    ("Please contact me or\neoin.carrick@quillon-ana-\nlytics.co.uk.", ["eoin.carrick@quillon-ana-\nlytics.co.uk"]),
    ("OS patching plan for sg-hist-01; the collector on lims-db01 too.", ["sg-hist-01", "lims-db01"]),
])
def test_intranet_hosts_extensions_ip_addresses_and_handles_are_contacts(text, contact):
    assert [f.original for f in anonymise_text(text).findings if f.category == "contact"] == contact


@pytest.mark.parametrize("text", [
    "See clause 4.2.1.3 and section 10.2.1.12 of the standard; firmware v1.2.3.4.",
    "Redis listens on 127.0.0.1:6379 in development.",
    "The user interface and the user manual changed; @all and @here please read.",
    "Save data.csv and config.yaml, e.g. on a.m. shifts; x.y and fig.3; the sweet.spot of read.me files.",
    "Made in the U.S.A. and sold E.U. wide; see FIG.SI and REV.B.",
    "Set batch_size to 12 and max_temp_c to 8; the will_retry flag stays.",
    "We made the plan.Local teams agreed.",
    "Operators handle cohesive powders; the user requirements were rewritten; a reply from procurement came.",
    "Posted by the team; written by hand.",
    "Identity is checked by barcode at every step; user elisa kits; by rtpcr, 4 runs; | pending |",
    "Cells are collected by apheresis, shipped to the site. Checked by barcode.",
    '{"owner": "qa", "createdBy": "system", "approvedBy": "pending"}',
    "After covid-19 and pre-2020 plans, step-two-03 of the x-ray top-10 list.",
    "Yield (2023) 100-1000 units; table (120) 345-6789 is no number of any plan.",
    "The consumer reads the topic mes.batch.events; the package com.acme.solutions holds it.",
])
def test_clause_numbers_loopback_sentences_and_verbs_are_no_contacts(text):
    assert [f.original for f in anonymise_text(text).findings if f.category == "contact"] == []


def test_a_name_before_an_at_mention_is_no_email_address():
    result = anonymise_text("Tobias Quarshie @t.quarshie · 12 days ago\nMail jo @ quillbeck.co.uk or jo@quillbeck.co.uk")
    emails = [f.original for f in result.findings if f.recogniser == "email"]
    assert emails == ["jo @ quillbeck.co.uk", "jo@quillbeck.co.uk"]


@pytest.mark.parametrize(("text", "product"), [
    ("Product: Trevolix 500 mg tablets (metformin hydrochloride)", ["Trevolix 500 mg tablets"]),
    ("The first products, including Dolquera 20 mg, move to real-time release.", ["Dolquera 20 mg"]),
    ("Sold under the trade name Zelvora in Ireland.", ["Zelvora"]),
    ("Quorix\u00ae is filled on the new line.", ["Quorix"]),
    ("Our TRAKCELL tracking spreadsheet had 40 macros.", ["TRAKCELL"]),
    ("Product: DORVEXA 20 mg film-coated tablets x 28", ["DORVEXA 20 mg film-coated tablets x 28"]),
    ("batchId: QM24B0417\n  productCode: ZNT-40\n", ["ZNT-40"]),
    ("DECLARE @prod   VARCHAR(20) = 'PRX-10';", ["PRX-10"]),
])
def test_invented_brands_before_a_dose_or_marked_as_brands_are_products(text, product):
    assert [f.original for f in anonymise_text(text).findings if f.category == "product"] == product


@pytest.mark.parametrize("text", [
    "Metformin 500 mg tablets and Lisinopril 10 mg were filled; we make metformin in bulk.",
    "Each 5 mL vial holds a Dose 20 mg.",
    "Brand new lines run the SCADA system and the LIMS platform.",
    "Certified to ISO 9001 and GAMP 5, with ICH Q13 in mind.",
    "Paracetamol 1 g is given with Amoxicillin 250 mg.",
    "METFORMIN 500 mg; HPLC 20 ml; LABEL 5 ml; TOTAL 20 mg.",
    "production: 2024 shifts; product: the tablets.",
])
def test_generic_medicines_doses_and_acronyms_are_no_products(text):
    assert [f.original for f in anonymise_text(text).findings if f.category == "product"] == []


@pytest.mark.parametrize(("text", "ids"), [
    ("Funded by grant KBIO-2023-CR-118 and grant (ref. 10084471).", ["KBIO-2023-CR-118", "10084471"]),
    ("Our quote (Q-24-1187) stands; manufacturing licence (MIA 40127).", ["Q-24-1187", "MIA 40127"]),
    ("Citation ref: MIA25-HC-0031", ["MIA25-HC-0031"]),
    ("Batches 24B118, 24B119 and 24B120 passed.", ["24B118", "24B119", "24B120"]),
    ("Largest single lot LOT 24B118 shipped; the probe (SN 7A-44120-B) was replaced.", ["LOT 24B118", "SN 7A-44120-B"]),
    ("We followed the protocol (TTP-0093 rev C) for TCM-CAR19.", ["TTP-0093 rev C", "TCM-CAR19"]),
])
def test_references_lists_of_codes_labels_and_revisions_are_identified_whole(text, ids):
    assert [f.original for f in anonymise_text(text).findings if f.category in ("identifier", "product")] == ids


@pytest.mark.parametrize("text", [
    "A grant of \u00a3900,000 arrived in 2024; the case for 2025 was made; see the reference 2023.",
    "ISO 9001 and ISO 14001; Q1 and Q2 2024; FY25 and FY26; CO2 and H2O; the A3 and A4 sheets.",
    "Dryers LY-01 and LY-04 were upgraded; secrets use HMAC-SHA256 and AES-256-GCM; COVID-19 slowed us.",
    "Certified to ISO 9001 and GAMP 5, with ICH Q13 in mind.",
])
def test_years_periods_standards_tags_and_algorithms_are_no_identifiers(text):
    assert [f.original for f in anonymise_text(text).findings if f.category in ("identifier", "product")] == []


@pytest.mark.parametrize(("text", "count"), [
    ("We have 140 staff, 35 of them in manufacturing.", ["140", "35"]),
    ("We used to top out at 1.2 kg batches.", ["1.2 kg"]),
    ("64 users were trained out of 71.", ["64", "71"]),
    ("LB noted 27 of 31 packaging operators are signed off.", ["27", "31"]),
    ("The site runs 9 compression lines and 6 AMRs.", ["9", "6"]),
    ("We started with 4 \u00d7 2,000 L bioreactors.", ["4", "2,000 L"]),
    ("The 180-strong workforce moves; the 22 warehouse operatives stay.", ["180", "22"]),
    ("Operators handled 18 GBq every morning.", ["18 GBq"]),
    ("Headcount 211 (plan 215).", ["211"]),
    ("Is the firm an SME? Yes (employees: 173).", ["173"]),
    ("Number of contractors: 7", ["7"]),
    ("Head count on site this phase: 19 (limit in contract: 22).", ["19"]),
])
def test_parts_of_a_workforce_plant_counts_and_small_sizes_are_quantities(text, count):
    assert [f.original for f in anonymise_text(text).findings if f.category == "quantity"] == count


@pytest.mark.parametrize("text", [
    "It took 1 hour with 1 operator; 3 lines of code changed; 12 of 20 samples passed.",
    "The broker is organised on ISA-95 lines; GAMP 5 and ICH Q13 apply.",
    "Staff turnover: 12 %; staff: 4 h a week; staff: 2024 plan; headcount review: 3 March.",
    "Staff parking spaces: 40; staff canteen seats: 60.",
])
def test_code_lines_samples_and_standards_are_no_quantities(text):
    assert [f.original for f in anonymise_text(text).findings if f.category == "quantity"] == []


@pytest.mark.parametrize(("text", "gone"), [
    ("Registered office: Unit 9, Rossmere Business Park, Chester.", "Unit 9, Rossmere Business Park"),
    ("Quay Street, Perth PH2 8BG is the site.", "Perth"),          # a town needing context, before its postcode
    ("Aycliffe Business Park, Newton Aycliffe DL5 6AP", "DL5 6AP"),  # the postcode stays whole
])
def test_addresses_keep_their_unit_a_town_before_its_postcode_and_the_postcode_whole(text: str, gone: str) -> None:
    result = anonymise_text(text)
    assert gone in [f.original for f in result.findings]


@pytest.mark.parametrize(("text", "site"), [
    ("Location: Gunnels Wood Road meeting room", "Gunnels Wood Road"),
    ("The new facility on the Harwell Campus opens in May.", "Harwell Campus"),
    ("The assembly point is Car Park C on Estuary Commerce Park.", "Estuary Commerce Park"),
])
def test_a_site_known_by_its_road_or_campus_without_a_number_is_a_place(text: str, site: str) -> None:
    assert [f.original for f in anonymise_text(text).findings if f.category == "place"] == [site]


def test_roads_that_are_kinds_of_road_are_no_place_and_road_alone_is_no_name() -> None:
    assert anonymise_text("We took the Main Road, then the Ring Road, to the Car Park.").findings == ()


@pytest.mark.parametrize(("text", "product"), [
    ("The work also piloted CleanSight, the site's in-house tool.", "CleanSight"),
    ("Scheduling tool VectorPlan (in-house, Python)", "VectorPlan"),
])
def test_a_coined_camel_case_name_is_a_product(text: str, product: str) -> None:
    assert [f.original for f in anonymise_text(text).findings if f.category == "product"] == [product]


def test_vendor_products_hashtags_trade_compounds_and_gaelic_surnames_are_no_coined_product() -> None:
    text = ("Our PharmaSuite MES and a SharePoint list; RealWear headsets. #CellTherapy #DigitalManufacturing. "
            "Ewan MacLeod and Ian McAllister.")
    assert [f.original for f in anonymise_text(text).findings if f.category == "product"] == []


@pytest.mark.parametrize("text", ["The Project Manager and Programme Director met the Project Board.",
                                  "See the Project Final Report.", "Project\nWe started in May."])
def test_roles_bodies_and_documents_of_a_project_are_no_project_name(text):
    assert anonymise_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("Our new aseptic filling line \u2014 we call it Wrenstoke \u2014 filled its first batch.", "Wrenstoke"),
    ('The project, which we called "Glasshouse", went live in November.', "Glasshouse"),
    ("The team calls it Kittering.", "Kittering"),
])
def test_a_name_someone_gives_a_project_is_a_project_name(text, name):
    result = anonymise_text(text)
    assert name not in result.text
    assert any(f.recogniser == "project_name" for f in result.findings)


@pytest.mark.parametrize("text", ["We call it Monday when the line stops.", "They called Siemens on Friday.",
                                  "Recall Data showed no drift.", "Notifying GitLab: build #318 FAILED"])
def test_calling_someone_or_a_day_is_no_project_name(text):
    assert all(f.recogniser not in ("project_name", "handle") for f in anonymise_text(text).findings)


@pytest.mark.parametrize(("text", "found"), [
    ('brokers: ["kafka-mfg-01.kdb-internal.net:9093"]', "kafka-mfg-01.kdb-internal.net:9093"),
    ("The naming convention is wdp-ot-app-NN.wealdstone.int.", "wdp-ot-app-NN.wealdstone.int"),
    ("The backup is on \\\\eng-fs01\\projects\\ISO3\\backup. Check it.", "\\\\eng-fs01\\projects\\ISO3\\backup"),
])
def test_a_host_with_its_port_an_internal_domain_and_a_windows_share_are_addresses(text, found):
    assert found in {f.original for f in anonymise_text(text).findings if f.recogniser == "url"}


def test_a_time_after_a_domain_is_no_port():
    assert "acme-labs.com" in {f.original for f in anonymise_text("Call at acme-labs.com: 12:30 today").findings}


@pytest.mark.parametrize(("text", "code"), [
    ("UPDATE kpi SET flag = 'Y' WHERE batch_id IN ('QT23K1102','QT23K1103')", "QT23K1103"),
    ("retained samples of 24F0419 and 24F0420", "24F0420"),
])
def test_a_code_shaped_as_a_batch_number_is_one_without_a_word_before_it(text, code):
    doc = Document(normalise(text))
    assert code in {doc.text[s.start:s.end] for s in get("batch_number").find(doc)}


@pytest.mark.parametrize("text", ["see /archive/B23K0457/", "version v1.22F0419", "part ABCDE23K0457", "RS23K04"])
def test_a_batch_shaped_code_inside_a_path_a_version_or_a_longer_code_is_not_taken(text):
    doc = Document(normalise(text))
    assert not [s for s in get("batch_number").find(doc)]


@pytest.mark.parametrize(("text", "number"), [
    ("anil till 7. 07700 900861 if the tablet dies", "07700 900861"),
    ("see item 12. +44 161 496 0321 for the desk", "+44 161 496 0321"),
])
def test_a_phone_number_after_a_number_that_ends_a_sentence_is_found(text, number):
    doc = Document(normalise(text))
    assert number in {doc.text[s.start:s.end] for s in get("phone").find(doc)}


def test_figures_after_a_numbered_item_are_no_phone():
    doc = Document(normalise("table 3. 2024 results 12 15 18 22"))
    assert not list(get("phone").find(doc))


@pytest.mark.parametrize("text", [
    "00010 NON-STOCK  AGV, lift module   6    EA     31,250.00    187,500.00  14.06.2024",
    "Net value 4,480.00  09.12.2025 delivery",
    "Total 1,000.00\t12.03.2026",
])
def test_the_pence_of_an_amount_and_a_date_after_it_are_no_phone(text):
    doc = Document(normalise(text))
    assert not list(get("phone").find(doc))


@pytest.mark.parametrize("text", ["Ring me on 0163 2960 01234 today. Batch 0163 2960 01234 passed.",
                                  "Batch 0163 2960 01234 passed. Ring me on 0163 2960 01234 today."])
def test_a_number_no_plan_holds_is_a_phone_only_where_a_word_for_a_telephone_comes_before_it(text):
    doc = Document(normalise(text))
    assert [doc.text[s.start - 11:s.end] for s in get("phone").find(doc)] == ["Ring me on 0163 2960 01234"]


@pytest.mark.parametrize("text", ["Step   Chk   Msg   Pkg   Lvl", "Thx, will do", "Mgmt review on Friday"])
def test_a_capitalised_abbreviation_without_a_vowel_is_no_unfamiliar_name(text):
    assert not list(get("unfamiliar_name").find(Document(normalise(text))))


def test_a_welsh_name_whose_vowel_is_a_w_or_a_y_is_still_unfamiliar():
    doc = Document(normalise("The change was raised by Cwrw Llwydd."))
    assert "Cwrw Llwydd" in {doc.text[s.start:s.end] for s in get("unfamiliar_name").find(doc)}


@pytest.mark.parametrize(("text", "found", "redacted"), [
    ("Scale-up to a 240 kg API campaign.", "240 kg", "Scale-up to a 100–250 kg API campaign."),
    ("| 95 kg         | 40 mg", "95 kg", "| 50–100 kg         | 40 mg"),
    ("a 2,000-L single-use bioreactor", "2,000-L", "a 1,000–2,500-L single-use bioreactor"),
])
def test_a_sizes_unit_goes_with_its_number_and_is_written_again_after_its_band(text, found, redacted):
    result = anonymise_text(text)
    assert [f.original for f in result.findings] == [found] and result.text == redacted


@pytest.mark.parametrize("text", ["Swab recovery on 316L: 82% of target.", "Pipework in 304L throughout.",
                                  "Vessel in 904L stainless steel.", "Coupons of 317L and 321L."])
def test_a_stainless_steels_grade_is_no_volume(text):
    assert [f for f in anonymise_text(text).findings if f.category == "quantity"] == []


def test_a_volume_written_apart_from_its_number_is_still_a_size():
    assert [f.original for f in anonymise_text("a 316 L vessel batch").findings] == ["316 L"]
