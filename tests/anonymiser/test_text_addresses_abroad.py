"""Addresses abroad: a street whose type is glued to its name or stands before it, with its postcode and town; a
postcode whose shape says its country before a town; a town and its PIN, an American town and its state, an Irish
county and Eircode. Numbers before English words, years before two capitals and a degree after a name stay."""
import pytest

from anonymiser import anonymise_text


def _addresses(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.recogniser == "address_abroad"]


@pytest.mark.parametrize(("text", "address"), [
    ("Lieferadresse: Velmarkstraße 14, 69117 Heidelberg, Deutschland", "Velmarkstraße 14, 69117 Heidelberg"),
    ("Max-Quenzel-Straße 27\n73760 Esslingen\n", "Max-Quenzel-Straße 27\n73760 Esslingen"),
    ("Am Skaldpark 12, 35041 Marburg", "Am Skaldpark 12, 35041 Marburg"),
    ("Siège : 14, rue des Tarvoniers – 42170 Saint-Genis-Laval", "14, rue des Tarvoniers – 42170 Saint-Genis-Laval"),
    ("Oficina: Calle de la Velmara 27, 28045 Madrid", "Calle de la Velmara 27, 28045 Madrid"),
    ("Zakład: ul. Skaldowska 17A, 62-300 Września", "ul. Skaldowska 17A, 62-300 Września"),
    ("Stabilimento: Via Tarvina km 52, 04100 Frosinone (FR)", "Via Tarvina km 52, 04100 Frosinone (FR)"),
    ("Kantoor: Velmarkplein 36, 1062 KT Amsterdam", "Velmarkplein 36, 1062 KT Amsterdam"),
    ("Lager: Skaldvägen 9, 382 45 Skaldby", "Skaldvägen 9, 382 45 Skaldby"),
    ("Werk: Quenzelweg 4-6, 4057 Basel", "Quenzelweg 4-6, 4057 Basel"),
])
def test_a_street_abroad_goes_with_its_postcode_and_town(text: str, address: str) -> None:
    assert _addresses(text) == [address]


@pytest.mark.parametrize(("text", "address"), [
    ("Yerwada, Mysuru 570001.", "Yerwada, Mysuru 570001"),
    ("Tuas, Singapore 628117", "Tuas, Singapore 628117"),
    ("1 Harbor Way, Albany, NY 12207", "Albany, NY 12207"),
    ("Our QC lab in Parsippany, NJ took the samples.", "Parsippany, NJ"),
    ("Unit 6, Carrigvel, Co. Cork T23 VK48", "Co. Cork"),
    ("Depot: 80331 München", "80331 München"),
])
def test_a_town_with_its_postcode_abroad_is_an_address(text: str, address: str) -> None:
    assert address in _addresses(text)


def test_an_eircode_after_a_town_is_an_address() -> None:
    assert "T23 VK48" in _addresses("Unit 6, Carrigvel Business Park, Cork T23 VK48")


@pytest.mark.parametrize("text", [
    "We made 24000 Units in Spring 2025.",
    "The 2024 QA Review closed all actions.",
    "Tel 411006 for the gatehouse.",
    "Ship 12000 Vials on Monday.",
    "Signed: Jane Tarvenhall, MD and Kim Lee, MA.",
    "Batch 500101 was released.",
    "The Co-op sold 2 Spring 2024 packs.",
    "The range is 20-200 Hz and the torque 10-400 Nm.",
    "Zone 12-345 Alpha, grid 10-100 Bravo.",
    "A weight of 15000 Daltons was measured.",
    "Order PO 48213 Rockwell spares.",
    "Quennel 109535, Velmark 300000 series.",
    "Instr. 12, Constr. 3, Carpark 3, Ballpark 50.",
    "Tarvenhall et al. Lancet 2021. Av. Weight 250 mg. Via Teams 12.",
    "HPLC column, C18 X4P2 and filter, H14 E10A.",
    "The 2023 QA Velmarkton review.",
    "Yselda Tarvenhall, NJ chaired the review.",
])
def test_numbers_and_words_that_only_look_like_an_address_abroad_stay(text: str) -> None:
    assert _addresses(text) == []


def test_an_irish_county_after_a_town_is_no_company() -> None:
    result = anonymise_text("Unit 6, Carrigvel, Co. Cork T23 VK48")
    assert [f.original for f in result.findings if f.category == "organisation"] == []
    assert "Co. Cork" in _addresses("Unit 6, Carrigvel, Co. Cork T23 VK48")


def test_a_postcode_with_its_countrys_letters_goes_whole_and_a_code_before_a_word_stays() -> None:
    assert _addresses("Anschrift: Postfach 12, D-33602 Ostwestfalen") == ["D-33602 Ostwestfalen"]
    assert _addresses("See QQ-00917 Cutover plan.") == []


@pytest.mark.parametrize(("text", "street"), [
    ("Ship to 200 Quenzel Blvd, Suite 1400.", "200 Quenzel Blvd"),
    ("Collect from 14 Skaldvale Rd, Coatbridge.", "14 Skaldvale Rd"),
])
def test_a_street_whose_type_is_cut_short_is_an_address(text: str, street: str) -> None:
    assert street in [f.original for f in anonymise_text(text).findings if f.recogniser == "address"]


def test_a_yield_average_is_no_avenue() -> None:
    assert [f for f in anonymise_text("Week 3 Yield Ave 92.4%").findings if f.category == "place"] == []
