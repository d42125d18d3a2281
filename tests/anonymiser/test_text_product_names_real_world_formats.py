"""Product NAMES in the shapes the trade really writes them (not the shapes the corpus happens to hold), by family:
coined medicines' brands with their marks (®, ™, (R), (TM)); a brand with its strength and pharmaceutical form as
labels, leaflets and summaries of product characteristics write it; a brand in an SmPC's or a leaflet's headings,
on a carton in capitals, in a pack-artwork proof, a complaint, a shipment list and a sales report's table; in lower
case in a file's name or a web address; beside its INN; in lists; possessive; a brand's line extensions ("XR",
"Duo", "ODT"); devices and kits; and a company's own code names for projects, platforms, lines and systems. And
look-alikes that name no one's product: INNs and their stems, dosage forms, excipients, pharmacopoeias, big vendors'
and public bodies' names kept by the allow list, the capitalised words of labels, regulators and standards.

(Codes' shapes are in test_text_codes_real_world_formats.py.) Every name is invented and absent from the corpus; a
name counts as found when findings cover all its letters and digits, as the evaluation counts it."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text
from tests.anonymiser.world_formats import cases, covered

# (a name inside a web address goes with the address; a name found as an organisation is still redacted)
FOUND_AS = ("product", "identifier", "contact", "name", "organisation", "person")
# (what a look-alike must not become)
NAMING_CATEGORIES = ("product", "identifier", "organisation", "person", "place")


def _covered(text: str, said: str) -> bool:
    return covered(text, said, FOUND_AS)


def _cases(family: str, rows: list[tuple[str, str]]) -> list[object]:
    return cases(family, rows, KNOWN_GAPS)


# Shapes the engine does not read yet, and why (each fails now; a fix makes its test pass and must remove it here).
KNOWN_GAPS = {
    "orvalyn": "a lower-case name alone in a folder's path, no word of its documents beside it",
    "ravequin": "a hashtag of a coined word alone: hashtags join English words as often ('#womeninstem')",
    "Zelquevan": "a brand before a slash and a generic medicine the stems do not know",
    "NORVELIQ": "a sentence written all in capitals: every word looks like a name",
}
# Look-alikes still found, and why.
LOOK_ALIKE_GAPS = {
    "Contents Of The Pack And Other Information": "'Pack' is a sector word of packaging companies' names",
    "Starter Pack 14 tablets and Maintenance Pack 28 tablets": "'Pack' is a sector word of packaging companies' names",
}


BRAND_MARKS = [
    ("Quorvelin® is indicated for adults with moderate plaque psoriasis.", "Quorvelin"),
    ("Tavrexo™ 40 mg was launched in Germany in March.", "Tavrexo"),
    ("Zilmora(R) is a registered trade mark of the company.", "Zilmora"),
    ("Pexavane(TM) prefilled syringe, 0.5 mL", "Pexavane"),
    ("NOLVUREX® 10 mg film-coated tablets", "NOLVUREX"),
    ("Drevantil ® was the first product made on the new line.", "Drevantil"),
    ("Kostravia ™ is sold in 22 markets.", "Kostravia"),
    ("the Velmarex^® brand team", "Velmarex"),
    ("Ombriza® and the Ombriza logo are trade marks.", "Ombriza"),
    ("Fenquira (R) 5 mg", "Fenquira"),
    ("LUTRAVEX(TM) INHALER", "LUTRAVEX"),
    ("Sarvello® Duo was filed with the agency.", "Sarvello"),
    ("Brivexa®* (*registered trade mark)", "Brivexa"),
    ("The Cadrolyn™ autoinjector is single use.", "Cadrolyn"),
    ("Eptoriva®, the first oral therapy of its class, ...", "Eptoriva"),
    ("Sales of Gavlimo® grew 8% in the quarter.", "Gavlimo"),
]

STRENGTH_AND_FORM = [
    ("Hexorva 20 mg film-coated tablets", "Hexorva"),
    ("Idrevan 5 mg/mL concentrate for solution for infusion", "Idrevan"),
    ("Jovarel 100 micrograms/dose pressurised inhalation, suspension", "Jovarel"),
    ("Kelquin 0.5 mg hard capsules", "Kelquin"),
    ("Lomvira 40 mg/0.4 mL solution for injection in pre-filled pen", "Lomvira"),
    ("Marvoxa 1 g powder for solution for injection", "Marvoxa"),
    ("Nexquila 2.5% w/w cream", "Nexquila"),
    ("Orvatane 10 mg/g gel", "Orvatane"),
    ("Pralvix 50 micrograms/actuation nasal spray, suspension", "Pralvix"),
    ("Quessora 250 mg/5 mL powder for oral suspension", "Quessora"),
    ("Rimvolta 75 mg prolonged-release tablets", "Rimvolta"),
    ("Sevrantil 300 mg gastro-resistant capsules", "Sevrantil"),
    ("Tolquara 1.5 mg orodispersible tablets", "Tolquara"),
    ("Uvexia 0.1% eye drops, solution", "Uvexia"),
    ("Vantrelo 150 mg/mL solution for injection", "Vantrelo"),
    ("Wexalor 25 micrograms transdermal patch", "Wexalor"),
    ("Xelvoria 2 mg/mL oral solution", "Xelvoria"),
    ("Yorvanta 400 mg dispersible tablets", "Yorvanta"),
    ("Zendroxa 100 units/mL solution for injection in cartridge", "Zendroxa"),
    ("Aplorvin 1 mg/mL eye drops in single-dose container", "Aplorvin"),
    ("Bexuvra 200 mg chewable tablets", "Bexuvra"),
    ("Clivorna 20 mg/ml oral drops", "Clivorna"),
    ("Dalqueza 10 mg soft capsules", "Dalqueza"),
    ("Efvoria 60 mg modified-release tablets", "Efvoria"),
]

SMPC_AND_LEAFLET = [
    ("1. NAME OF THE MEDICINAL PRODUCT\nGlemvora 5 mg film-coated tablets", "Glemvora"),
    ("Package leaflet: Information for the patient\nHovquin 10 mg tablets", "Hovquin"),
    ("1. What Inqueva is and what it is used for", "Inqueva"),
    ("2. What you need to know before you take Jelvanto", "Jelvanto"),
    ("Do not take Korvalta if you are allergic to it.", "Korvalta"),
    ("3. How to take Lerquiva", "Lerquiva"),
    ("5. How to store Mavorin", "Mavorin"),
    ("Talk to your doctor before using Novrexa.", "Novrexa"),
    ("4.2 Posology and method of administration\nThe recommended dose of Opquelo is one tablet daily.", "Opquelo"),
    ("Pirvanta contains lactose. Patients with galactose intolerance should not take it.", "Pirvanta"),
    ("If you take more Qelvari than you should, contact your doctor.", "Qelvari"),
    ("What Rovenqa contains\nThe active substance is velidoxan.", "Rovenqa"),
    ("Like all medicines, Stelvoxa can cause side effects.", "Stelvoxa"),
    ("6. Contents of the pack and other information\nWhat Trevquin looks like", "Trevquin"),
    ("Each Ulvanor tablet contains 25 mg of the active substance.", "Ulvanor"),
    ("Vorquesta must not be used in children under 12.", "Vorquesta"),
]

CARTONS_AND_ARTWORK = [
    ("WELVIRA\n20 mg\nfilm-coated tablets\n28 tablets", "WELVIRA"),
    ("XAVRELIN 5 mg/mL\nconcentrate for solution for infusion\n1 vial", "XAVRELIN"),
    ("ZORQUILA\nrivaroxaban\nOral use", "ZORQUILA"),
    ("Artwork: Amvexo_20mg_28s_UK_carton_v4.pdf", "Amvexo"),
    ("Proof 3 of the Borvinta carton was approved by regulatory.", "Borvinta"),
    ("Pack artwork – CELQUARA 10 mg – blister foil – rev 2", "CELQUARA"),
    ("Braille on the Dorvexil carton read 'Dorvexil 5'.", "Dorvexil"),
    ("The Elquaron leaflet artwork was sent to the printer.", "Elquaron"),
    ("GORVANTA 40 mg TABLETS 30 x 1 unit dose", "GORVANTA"),
    ("Text change: 'Hexquira 2 mg' was printed as 'Hexquira 20 mg'.", "Hexquira"),
    ("The Ilvarone 50 mg carton failed the Pharmacode check.", "Ilvarone"),
    ("Label proof: JAVELQUIN 100 mg/mL Injection, 10 x 1 mL ampoules", "JAVELQUIN"),
]

COMPLAINTS = [
    ("Complaint: Korquelin blister missing one tablet.", "Korquelin"),
    ("The patient reported that her Lavrexil pen jammed after one use.", "Lavrexil"),
    ("A pharmacist returned two packs of Movarin with torn cartons.", "Movarin"),
    ("Customer complaint CC-2291 concerns Nelquora tablets that crumbled.", "Nelquora"),
    ("Taste complaint for Orvilane oral suspension, batch on hold.", "Orvilane"),
    ("The Pexquila vial had a cracked neck on opening.", "Pexquila"),
    ("Quorvena inhaler counter did not advance.", "Quorvena"),
    ("Several reports of Ravoquell patches not sticking were received.", "Ravoquell"),
    ("Adverse event: rash after the second dose of Sorvelqa.", "Sorvelqa"),
    ("Counterfeit Telvarin was found on an online pharmacy.", "Telvarin"),
]

SHIPMENTS_AND_SALES = [
    ("| Urvanta 20 mg x 28 | 1,200 packs | Rotterdam |", "Urvanta"),
    ("Vexquira 5 mg 30s – 480 cartons – pallet 2 of 3", "Vexquira"),
    ("Line 4: Wolvarin 10 mg, 2 pallets, temperature logger attached", "Wolvarin"),
    ("Shipment 7 held Xorvane and Yelquira for the Nordic wholesaler.", "Xorvane"),
    ("Shipment 7 held Xorvane and Yelquira for the Nordic wholesaler.", "Yelquira"),
    ("Zavrequin net sales were £12.4m in the quarter.", "Zavrequin"),
    ("| Alquevo | 12.3 | 14.1 | +15% |", "Alquevo"),
    ("Product,Units,Revenue\nBelvoria,18200,£2.1m", "Belvoria"),
    ("Top sellers: 1. Corvilane 2. Dexquira 3. Elvanto", "Corvilane"),
    ("Top sellers: 1. Corvilane 2. Dexquira 3. Elvanto", "Dexquira"),
    ("Top sellers: 1. Corvilane 2. Dexquira 3. Elvanto", "Elvanto"),
    ("Fovrelin\t4,210\t3,880\t-8%", "Fovrelin"),
    ("Market share of Gelquara rose to 14% in France.", "Gelquara"),
    ("Revenue by brand: Harvolin 41%, Invexa 33%, others 26%.", "Harvolin"),
    ("Revenue by brand: Harvolin 41%, Invexa 33%, others 26%.", "Invexa"),
    ("Back-orders of Jorvessa cost us two tenders.", "Jorvessa"),
]

LOWER_CASE_FILES_AND_ADDRESSES = [
    ("Attached: kelvoran_pil_v3_tracked.docx", "kelvoran"),
    ("See www.lorquevia.co.uk for the patient information.", "lorquevia"),
    ("The HCP site is https://www.movexil-hcp.com/dosing.", "movexil"),
    ("Post it in #norvequa-launch before Friday.", "norvequa"),
    ("Saved to S:\\Marketing\\orvalyn\\2025\\plan.pptx", "orvalyn"),
    ("Subject: pelquiran artwork – final sign-off", "pelquiran"),
    ("The file quorvanil_smpc_clean.pdf is the approved text.", "quorvanil"),
    ("Use the tag #ravequin on the social posts.", "ravequin"),
    ("Mailbox medinfo-selvarin@example.com takes questions.", "selvarin"),
    ("repo: pharma/tolquevin-forecast-model", "tolquevin"),
]

BRAND_AND_INN = [
    ("Quorvelin (velidoxan) was approved in 2024.", "Quorvelin"),
    ("velidoxan (Ulquessa) 20 mg tablets", "Ulquessa"),
    ("Varquelin (adalimumab biosimilar) is made in Ireland.", "Varquelin"),
    ("Welquora (tezolimab) 300 mg concentrate", "Welquora"),
    ("Xiraveln (semaglutide) pen, 1 mg", "Xiraveln"),
    ("Our biosimilar of trastuzumab, Yorvessa, was launched.", "Yorvessa"),
    ("Zelquevan/velidoxan fixed-dose combination", "Zelquevan"),
    ("Arvequil, a brand of apixaban, is sold in Spain.", "Arvequil"),
    ("The brand name for our omeprazole is Borquelin.", "Borquelin"),
    ("Cavrelium (rosuvastatin calcium) 10 mg", "Cavrelium"),
]

LISTS_AND_POSSESSIVES = [
    ("Dolvequin, Evrastil and Fovequa were transferred to the new site.", "Dolvequin"),
    ("Dolvequin, Evrastil and Fovequa were transferred to the new site.", "Evrastil"),
    ("Dolvequin, Evrastil and Fovequa were transferred to the new site.", "Fovequa"),
    ("We pack Gorvequin, Halquera, Ivoxelin and Jelquana on Line 2.", "Halquera"),
    ("We pack Gorvequin, Halquera, Ivoxelin and Jelquana on Line 2.", "Jelquana"),
    ("Kervalin's launch slipped to the second half.", "Kervalin"),
    ("Lumvequa's shelf life was extended to 36 months.", "Lumvequa"),
    ("We reviewed Morquesta's supply chain end to end.", "Morquesta"),
    ("NORVELIQ'S STABILITY DATA WERE SUBMITTED.", "NORVELIQ"),
    ("Ovralquin’s patent expires in 2031.", "Ovralquin"),
    ("Portfolio: Pelvaxin / Quilvaro / Rovexane", "Quilvaro"),
    ("Portfolio: Pelvaxin / Quilvaro / Rovexane", "Rovexane"),
]

LINE_EXTENSIONS_AND_FORMULATIONS = [
    ("Sarquelin XR 50 mg is the once-daily tablet.", "Sarquelin XR"),
    ("Tovequil Duo combines the two actives.", "Tovequil"),
    ("Ulvexa Plus was withdrawn from the Italian market.", "Ulvexa"),
    ("Varelquin SR capsules are made in Puerto Rico.", "Varelquin"),
    ("Welvexin Forte 500 mg", "Welvexin"),
    ("Xorquila Junior 125 mg/5 mL", "Xorquila"),
    ("QZ-ODT is the orodispersible formulation of Yolvequa.", "Yolvequa"),
    ("The Zarquevin Pen replaced the vial and syringe.", "Zarquevin"),
    ("Avelquora ODT dissolves on the tongue.", "Avelquora"),
    ("Bolvaxa Once-Weekly was filed in 2025.", "Bolvaxa"),
    ("Carvequin LA injection is given monthly.", "Carvequin"),
    ("Dervalix Rapid 200 mg was relaunched.", "Dervalix"),
]

DEVICES_AND_KITS = [
    ("The Ervaquil autoinjector failed the activation force test.", "Ervaquil"),
    ("Forvequa inhaler dose counters were recalled.", "Forvequa"),
    ("Patients use the DosaKlev pen for weekly doses.", "DosaKlev"),
    ("The Vexaport diagnostic kit detects the biomarker.", "Vexaport"),
    ("ClikQuora is our reusable pen platform.", "ClikQuora"),
    ("Each Halvenix starter kit holds 14 tablets.", "Halvenix"),
    ("The Ivoquest test kit was CE marked.", "Ivoquest"),
    ("We filed the Jelvaport infusion set as a device.", "Jelvaport"),
    ("Kavrequa nebuliser sets were short-shipped.", "Kavrequa"),
    ("The OrvaFlo spacer is sold with the inhaler.", "OrvaFlo"),
]

CODE_NAMES = [
    ("Project Brindlequay moves the sterile line to Ireland.", "Brindlequay"),
    ("the Kestravane platform hosts all our batch records", "Kestravane"),
    ("Falquarn line 3 was qualified last week.", "Falquarn"),
    ("The PROTEVAN MES rollout starts in May.", "PROTEVAN"),
    ("Codename Halvorquin covers the biosimilar.", "Halvorquin"),
    ("Phase 2 of Operation Velmoorn closes the old warehouse.", "Velmoorn"),
    ("We call it Quillesby internally.", "Quillesby"),
    ("The Tarnquill steering group approved the budget.", "Tarnquill"),
    ("Project: ORVESTAN (serialisation)", "ORVESTAN"),
    ("Our LIMS (Skelvane) was validated in 2023.", "Skelvane"),
    ("Brackmoorn, our data lake, feeds the dashboards.", "Brackmoorn"),
    ("The Corvenby initiative cut changeover time by 30%.", "Corvenby"),
    ("the GRELQUAY go-live is on 3 June", "GRELQUAY"),
    ("Workstream Hollquarn covers the tech transfer.", "Hollquarn"),
    ("The new eBR (Merquell) goes live in July.", "Merquell"),
    ("Nevquarn is the internal name of our continuous line.", "Nevquarn"),
    ("Programme Pelquarrow replaced the paper logbooks.", "Pelquarrow"),
    ("The Quelmoor platform was rolled out to three sites.", "Quelmoor"),
    ("We moved the stability data to the Revaquell system.", "Revaquell"),
    ("Sandquarrow release 4.2 fixed the audit trail.", "Sandquarrow"),
]


TENDERS_REGULATORY_AND_SAFETY = [
    ("Tender lot 14: Alvorquen 10 mg tablets, 90,000 packs per year.", "Alvorquen"),
    ("The variation for Belquorin adds a new pack size of 56 tablets.", "Belquorin"),
    ("Type II variation: extension of indication for Cervaquil.", "Cervaquil"),
    ("PSUR for Dulvexane covers the period to 31 March.", "Dulvexane"),
    ("Signal: hepatotoxicity with Elvorquin in elderly patients.", "Elvorquin"),
    ("The DHPC on Falvexin was sent to prescribers.", "Falvexin"),
    ("Marketing authorisation for Gulvora was granted in Canada.", "Gulvora"),
    ("Hivorquel is reimbursed in Belgium from January.", "Hivorquel"),
    ("NICE recommended Ilquovan for second-line use.", "Ilquovan"),
    ("The shortage notice for Jalvorin was lifted.", "Jalvorin"),
    ("Recall class 2: Kulvexa 5 mg, two batches, wholesaler level.", "Kulvexa"),
    ("Parallel imports of Lovarquin from Greece rose.", "Lovarquin"),
]

CLINICAL_AND_HOSPITAL_LABELS = [
    ("Dispense: Malquevin 150 mg capsules, 56, as directed.", "Malquevin"),
    ("Rx: Norquevil 2.5 mg once daily x 28 days", "Norquevil"),
    ("Switched from Orvequan to the biosimilar in June.", "Orvequan"),
    ("Take ONE Pavelquin tablet each morning.", "Pavelquin"),
    ("Drug chart: Quelvaxin 40 mg IV 8-hourly", "Quelvaxin"),
    ("Medication list: Relquavin 10 mg, aspirin 75 mg", "Relquavin"),
    ("The formulary added Solvaquen in May.", "Solvaquen"),
    ("Infusion of Tarvelquin started at 14:20.", "Tarvelquin"),
]

LAUNCH_AND_MARKETING = [
    ("The Ulvaquen launch meeting is on Tuesday.", "Ulvaquen"),
    ("Brand plan 2026: Vorlaquin", "Vorlaquin"),
    ("Key messages for Welquarin were approved by medical.", "Welquarin"),
    ("The Xalvoquen booth at the congress drew 400 visitors.", "Xalvoquen"),
    ("Ylvarquin awareness rose to 62% among GPs.", "Ylvarquin"),
    ("Zolquaven is our number one brand in Poland.", "Zolquaven"),
    ("Campaign: 'Life with Avorquil' – TV and social", "Avorquil"),
    ("The new Bevorquin packshot is on the portal.", "Bevorquin"),
    ("The Cavorquel brand team moved to Basel.", "Cavorquel"),
    ("Patient support programme for Davorquin goes live.", "Davorquin"),
    ("Ervolquin sales force: 48 representatives.", "Ervolquin"),
    ("Farquelvin was named brand of the year internally.", "Farquelvin"),
]


@pytest.mark.parametrize("text, said", [
    *_cases("mark", BRAND_MARKS),
    *_cases("strength", STRENGTH_AND_FORM),
    *_cases("smpc", SMPC_AND_LEAFLET),
    *_cases("carton", CARTONS_AND_ARTWORK),
    *_cases("complaint", COMPLAINTS),
    *_cases("sales", SHIPMENTS_AND_SALES),
    *_cases("file", LOWER_CASE_FILES_AND_ADDRESSES),
    *_cases("inn", BRAND_AND_INN),
    *_cases("list", LISTS_AND_POSSESSIVES),
    *_cases("extension", LINE_EXTENSIONS_AND_FORMULATIONS),
    *_cases("device", DEVICES_AND_KITS),
    *_cases("codename", CODE_NAMES),
    *_cases("regulatory", TENDERS_REGULATORY_AND_SAFETY),
    *_cases("clinical", CLINICAL_AND_HOSPITAL_LABELS),
    *_cases("marketing", LAUNCH_AND_MARKETING),
])
def test_a_product_name_in_a_real_world_format_is_found(text: str, said: str) -> None:
    assert _covered(text, said)


LOOK_ALIKES = [
    # (a heading in capitals over a generic medicine's name is no carton's brand)
    "WARNING\nsemaglutide may cause nausea.",
    # INNs and their stems (public names of substances)
    "Adalimumab 40 mg solution for injection in pre-filled pen",
    "Imatinib 400 mg film-coated tablets were dispensed.",
    "Sofosbuvir and velpatasvir are given for 12 weeks.",
    "Omeprazole 20 mg gastro-resistant capsules",
    "Losartan 50 mg tablets and Atorvastatin 20 mg tablets",
    "Pembrolizumab 25 mg/mL concentrate for solution for infusion",
    "Osimertinib is an EGFR tyrosine kinase inhibitor.",
    "Remdesivir 100 mg powder for concentrate",
    "Esomeprazole (as magnesium trihydrate) 40 mg",
    "Valsartan 160 mg and Rosuvastatin 10 mg",
    "Apixaban 5 mg film-coated tablets",
    "Metformin 500 mg prolonged-release tablets",
    "Ibuprofen 200 mg soft capsules",
    "Paracetamol 500 mg tablets, 16 tablets",
    "Semaglutide 1 mg solution for injection in pre-filled pen",
    "Dexamethasone 4 mg/mL solution for injection",
    # dosage forms and routes
    "Film-Coated Tablets\nFor Oral Use",
    "Concentrate For Solution For Infusion\nFor Intravenous Use After Dilution",
    "Powder For Oral Suspension, 100 mL",
    "Prolonged-Release Tablets, Gastro-Resistant Capsules and Orodispersible Tablets",
    "Solution for injection in pre-filled syringe, 1 x 0.5 mL",
    "Pressurised inhalation, suspension; 200 actuations",
    # excipients and their grades
    "Avicel PH-102 and magnesium stearate were blended for 3 minutes.",
    "The coating is Opadry II white at 3% weight gain.",
    "Lactose monohydrate, croscarmellose sodium and colloidal silicon dioxide.",
    "Povidone K30 and hypromellose 2910 were used as binders.",
    "Polysorbate 80 and sucrose stabilise the formulation.",
    "Microcrystalline cellulose, mannitol and talc.",
    "Each tablet contains 120 mg Lactose Monohydrate.",
    # pharmacopoeias and their terms
    "Complies with Ph. Eur. monograph 0478 and USP-NF.",
    "Tested to BP 2024 and JP XVIII.",
    "Uniformity of dosage units per Ph. Eur. 2.9.40.",
    "Water for Injections, Purified Water and Highly Purified Water.",
    # big vendors' and public bodies' names kept by the allow list
    "The line runs Siemens PLCs and a Rockwell HMI.",
    "Blisters are packed on an Uhlmann machine with Körber software.",
    "Tablets are pressed on a Fette press; granules dried in a Glatt fluid bed.",
    "We moved the records to Veeva and the LIMS to LabWare.",
    "Serialisation uses TraceLink and Antares Vision cameras.",
    "The dashboards run on Microsoft Azure and SAP.",
    "Checkweighers from Mettler Toledo and coders from Videojet were installed.",
    "Data are stored in SharePoint and analysed in PowerBI.",
    # the capitalised words of labels
    "Store Below 25°C. Keep Out Of The Sight And Reach Of Children.",
    "Prescription Only Medicine. Read The Package Leaflet Before Use.",
    "Do Not Freeze. Keep The Vial In The Outer Carton To Protect From Light.",
    "For Single Use Only. Discard Any Unused Portion.",
    "Shake Well Before Use.",
    "Each Film-Coated Tablet Contains 20 mg.",
    "Marketing Authorisation Holder",
    "Batch Release Certificate",
    "Use By End Of Month Shown",
    "Contents Of The Pack And Other Information",
    # regulators and standards
    "The MHRA and the EMA approved the variation; the FDA followed.",
    "Submitted to Health Canada, Swissmedic and the TGA.",
    "PMDA and NMPA inspections are due next year.",
    "The QRD template and the EU SmPC guideline were followed.",
    "Labels follow ISO 15223-1 and the Falsified Medicines Directive.",
    "The artwork follows the EAN-13 and GS1 DataMatrix rules.",
    "ICH Q1A, ICH Q3D and ICH M4 were cited.",
    # words of the trade before a dose or a form
    "Placebo 20 mg tablets matched the active tablets.",
    "Total Daily Dose 40 mg",
    "Starter Pack 14 tablets and Maintenance Pack 28 tablets",
    "Sample 20 mg was taken from each drum.",
    "Insulin 100 units/mL and Heparin 5000 IU/mL",
    "Vitamin D3 1000 IU capsules",
]


@pytest.mark.parametrize("text", [
    pytest.param(text, marks=[pytest.mark.xfail(strict=True, reason=LOOK_ALIKE_GAPS[text])] if text in LOOK_ALIKE_GAPS else [])
    for text in LOOK_ALIKES])
def test_a_look_alike_of_a_product_name_is_no_name(text: str) -> None:
    found = [f.original for f in anonymise_text(text).findings if f.category in NAMING_CATEGORIES]
    assert found == []
