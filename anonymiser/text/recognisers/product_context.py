"""Products named by their context: an invented brand before a dose ("Dolvexa 20 mg", "Glucoryn 500 mg
tablets", "DORVEXA 20 mg"), a name marked ® or ™ or introduced as a brand ("trade name Zelvora", "marketed as Quorix"),
and a system written in capitals before what it is ("our CELLTRAK tracking spreadsheet").

A generic medicine before a dose ("Metformin 500 mg") is no brand: names ending in an INN stem
(-formin, -pril, -sartan, -mab…), everyday and trade words, given names and words the text also writes
in lower case are left alone.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache

from anonymiser.text.data import english_words, words
from anonymiser.text.document import Document
from anonymiser.text.generic_medicines import INN_STEMS
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser
from anonymiser.text.recognisers.code_name_capitals import sayable
from anonymiser.text.recognisers.organisation_suffix import generic_words
from anonymiser.text.recognisers.not_names import not_name_words
from anonymiser.text.recognisers.person_names import is_given_name, lower_case_use
from anonymiser.text.recognisers.unfamiliar_name import after_vendor
from anonymiser.text.spans import Span
from anonymiser.text.vendors import vendors

_DOSE = r"\d+(?:\.\d+)?[ \t]?(?:mg|mcg|\u00b5g|\u03bcg|ml|mL|IU|units?|g)(?:/(?:ml|mL|g|kg|dose|h))?(?![\w/])"
_STEMS = "|".join(sorted(set(INN_STEMS), key=len, reverse=True))  # (longest first, as the alternation tries them)
_CAPITALS_SYSTEM = (r"(?:tracking|tracker|system|software|platform|tool|database|spreadsheet|app|dashboard|portal|"
                    r"model|workbook|module|interface)")


@cache
def _common() -> frozenset[str]:
    return not_name_words() | {w.lower() for w in words("known_acronyms.txt")} | frozenset(
        "dose doses total each daily strength tablet tablets capsule capsules approximately about over under only "
        "up to from with without per every vial vials bag bags sachet syringe syringes ampoule batch lot "
        # (an ERP line's short forms: "ORAL SOLN 150ML")
        "soln susp tabs caps inj fct sach".split())


# A coined name in CamelCase, an in-house tool or a partner's product: "CleanSight", "VectorPlan", "CellWright"
# (not a Scottish or Irish surname, "MacLeod", "McAllister", nor a known vendor's product).
# (bounded: a product's name is short, and one long word of capitals must not become a 2 MB name)
_COINED = re.compile(r"(?P<n>[A-Z](?<![\w&.#-].)[a-z]{2,15}(?:[A-Z][a-z]{2,15}){1,4})(?![\w&-])")
_PART = re.compile(r"[A-Z][a-z]+")
_KEYED_CODE = re.compile(r"(?i:prod(?:uct)?[ _]?(?:code|id|no|number|ref)?|sku|item[ _]?code)[\"']?[ \t]*"
                         r"(?:VARCHAR\(\d+\)[ \t]*)?[:=][ \t]*[\"']?(?P<n>[A-Z]{2,5}-?\d{2,5}[A-Z]?)(?![\w-])")
# A record's product field: "Product: Tessamar (an oral anticoagulant)", "Drug substance: QRV-12", "Product name:
# Velquora Enterprise", "Molecule: KPT-3". (A label near the line's start: not "the product: ..." in prose.)
_FIELD = re.compile(r"(?i:product(?:[ ]name)?|drug[ ](?:substance|product)|medicinal[ ]product|molecule|compound|brand(?:[ ]name)?)"
                    r"[ \t]*:[ \t]*(?P<n>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:[ ][A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){0,2})(?![\w-])")
_FIELD_LABEL_START = re.compile(r"(?:^|\n|\||\t|[ ]{3})[^:\n|\t]{0,25}$")
# (what a product field holds that names no product)
_NO_PRODUCT = frozenset("placebo various multiple all none unknown n/a na tbc tbd mixed generic other new existing "
                        "see same any".split())
# (a carton prints the name on its own line above the strength: "WELVIRA\n20 mg\nfilm-coated tablets")
_CAPITALS_DOSE = re.compile(rf"(?P<n>[A-Z](?<![\w&.#-].)[A-Z]{{3,14}})(?:[ \t]+|[ \t]*\n[ \t]*){_DOSE}")
# An ERP line's or a material master's description, all in capitals, its unit too: "ZELVORAN 5MG TABS 28",
# "CORVAZIN 2.5MG/5ML ORAL SOLN" (the strength and form go with it, ``dosage_forms``; five capitals or more: "HPMC
# 100MG" is an excipient's acronym).
_ERP_CAPITALS_DOSE = re.compile(r"(?P<n>[A-Z](?<![\w&.#-].)[A-Z]{4,14})[ \t]\d{1,4}(?:\.\d{1,3})?[ ]?(?:MG|MCG|ML|IU)"
                                r"(?:/\d{0,4}(?:\.\d{1,3})?[ ]?(?:ML|G))?(?![\w/])")
# A brand in capitals before its form and strength, as a price list's or a portfolio's product cell writes it, an
# ordinary word's or not: "HAVEN nasal spray 0.05%", "MEADOW cream 1%", "ORCHARD film-coated tablets 10 mg".
_CAPITALS_FORM_STRENGTH = re.compile(
    r"(?P<n>[A-Z](?<![\w&.#-].)[A-Z]{3,14})[ \t]+(?:(?:nasal|oral|eye|ear|topical|cutaneous|vaginal|oromucosal|"
    r"sublingual|buccal|film-coated|dispersible|orodispersible|chewable|effervescent|gastro-resistant|"
    r"prolonged-release|modified-release|soluble)[ \t]+)?(?:spray|drops|cream|ointment|gel|lotion|solution|"
    r"suspension|foam|shampoo|tablets?|capsules?|inhaler|patch(?:es)?|lozenges?)[ \t]+\d+(?:\.\d+)?[ \t]?"
    r"(?:%|mg|mcg|micrograms?|g|ml|mL)(?![\w])")
# A carton's name in capitals on its own line with its generic medicine on the next: "ZORQUILA\nrivaroxaban".
_CAPITALS_OVER_GENERIC = re.compile(
    r"^[ \t]*(?P<n>[A-Z]{4,14})[ \t]*\n[ \t]*[a-z-]*(?:" + _STEMS
    + r")(?:[ \t]+[a-z]+)?[ \t]*$", re.MULTILINE)
# A brand with its generic medicine in brackets after it: "Velquora (ondansetron orodispersible)".
# (Speed, the same matches as "(?P<n>[A-Z][a-z]{3,15}|[A-Z]{4,15})…", tried in the same order: the capital both
# alternatives start with taken first, so ``re`` skips ahead to a capital instead of trying every position.)
_BRAND_BEFORE_GENERIC = re.compile(
    r"(?P<n>[A-Z](?:[a-z]{3,15}|[A-Z]{3,14}))[ ]\((?:[a-z-]+[ ])?[a-z-]*(?:" + _STEMS
    + r")\b")
_GAELIC_PREFIX = re.compile(r"Ma?c[A-Z]")
# A coating's or an excipient's trade name with its colour and grade, as a formulation or a bill of materials writes it:
# "Lustrafilm 85F white", "Opacoat-OM Yellow 22K", "Velacoat II White 85F18422" (the colour is what makes a grade of a
# coloured coating system, not a machine's model: "Getinge GEV 6612", nor a supplier's grade alone, "MCC PH102").
_COLOUR = r"(?i:white|yellow|red|pink|orange|brown|beige|blue|green|grey|gray|black|clear|purple|violet|cream|tan)"
_GRADE = r"(?:\d{1,3}[A-Z]{1,2}\d{0,8}|[A-Z]{1,2}\d{2,8})(?![\w-])"
_COATING_GRADE = re.compile(rf"(?P<n>[A-Z](?<![\w&.#-].)[a-z]{{3,15}}(?:-[A-Z]{{1,4}})?(?:[ ]II)?[ ]"
                            rf"(?:{_COLOUR}[ ]{_GRADE}(?:[ ]{_COLOUR}(?![\w-]))?|{_GRADE}[ ]{_COLOUR}(?![\w-])))")
_COATING_GRADE_MARK = re.compile(rf"[ ]{_GRADE}[ ]{_COLOUR}|{_COLOUR}[ ]{_GRADE}")


@cache
def _known_products() -> frozenset[str]:
    return words("known_products.txt") | {w.capitalize() for w in vendors()}


# Code and machine exports write identifiers in CamelCase: a name with "=" or "(" after it, or "$", "<", "[", "`" or
# "." or "</" before it ("PumpState=", "CheckTare(", "$ArchiveDir", "<NodeLabel>", "</NodeLabel>", "[ValueKind]") is one.
_CODE_AFTER = frozenset("=(")
_CODE_BEFORE = frozenset("$<[`.")
_CAMEL_WORD = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")
# (so many words in CamelCase make a text of code or an export: "PumpState", "ValueKind", "QueueSvc", "KeepDays"...)
_CODE_TEXT_CAMEL_WORDS = 6


@lru_cache(maxsize=8)
def _a_text_of_code(text: str) -> bool:
    """Whether a text writes six different words in CamelCase or more: source code, a configuration, a log or an
    export, whose coined words are its identifiers, not products."""
    return len(set(_CAMEL_WORD.findall(text))) >= _CODE_TEXT_CAMEL_WORDS


# The parts an identifier of code is built of, that no product's name is ("KeyError", "DeviceName", "SiteCode",
# "MaxTime", "SignAndEncrypt", "RowExclusiveLock"): a field's, an error's or a setting's name.
_CODE_LAST_PARTS = frozenset("""Name Id Type Time Date Code Address Count Error Exception Lock Value Key Status Quantity
    Number Index Size Length Path Dir File Url Flag List Mode Start End Description Data""".split())
_CODE_FIRST_PARTS = frozenset("Max Min Num Get Set Is Has Err Planned Default".split())
_CODE_JOINING_PARTS = frozenset("And Or Of To By For If".split())
# A header row of a table exported as text: three cells or more, each one word of letters, separated by commas,
# semicolons or tabs ("DeviceName,Model,Serial,IMEI"; a row of data holds numbers, a table drawn with "|" names).
_HEADER_ROW = re.compile(r"[ \t]*\"?[A-Za-z_]+\"?(?:[ \t]*[,;\t][ \t]*\"?[A-Za-z_]+\"?){2,}[ \t]*")


def _built_as_code(name: str) -> bool:
    parts = _PART.findall(name)
    return (parts[-1] in _CODE_LAST_PARTS or parts[0] in _CODE_FIRST_PARTS
            or any(part in _CODE_JOINING_PARTS for part in parts[1:-1]))


def _in_a_header_row(doc: Document, start: int, end: int) -> bool:
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    return _HEADER_ROW.fullmatch(doc.text, line_start, len(doc.text) if line_end < 0 else line_end) is not None


def _an_identifier_of_code(match: re.Match[str], doc: Document) -> bool:
    start, end = match.span("n")
    if _built_as_code(match.group("n")) or _in_a_header_row(doc, start, end):
        return True
    before = doc.text[start - 1] if start else ""
    after = doc.text[end] if end < len(doc.text) else ""
    closing_tag = doc.text[max(0, start - 2):start] == "</"
    return (after in _CODE_AFTER and after != "" or before in _CODE_BEFORE and before != "" or closing_tag
            or _a_text_of_code(doc.text))


def _brand_like(match: re.Match[str], doc: Document) -> bool:
    name = match.group("n")
    if match.re is _COINED:
        # (a hashtag is no product, nor a name made of the trade's words only: "#CellTherapy", "DigitalManufacturing",
        # nor a vendor's product after its name: "Cognex DataMan 470")
        return not (_GAELIC_PREFIX.match(name) or name in _known_products() or name.lower() in vendors()
                    or after_vendor(doc.text, match.start("n"))
                    or all(part.lower() in generic_words() for part in _PART.findall(name))
                    or _an_identifier_of_code(match, doc))
    if match.re is _FIELD:
        return _a_product_field(match, doc)
    if match.re is _COATING_GRADE:
        brand = name.split()[0].split("-")[0]
        lower = brand.lower()
        return not (lower in english_words() or lower in _common() or is_given_name(brand) or brand in _known_products()
                    or lower in vendors() or lower_case_use(doc.text, brand))
    if match.re is _LOWER_BRAND:
        return _a_lower_case_brand(name) and not (name[0].isupper() and lower_case_use(doc.text, name))
    lower = name.lower()
    if lower in _common() or lower.endswith(INN_STEMS) or is_given_name(name):
        return False
    # (a word before a dose is no brand: "Sample 20 mg was taken", "Placebo 20 mg", "Contains 20 mg")
    if match.re in (_STRENGTH_FORM, _NAME_DOSE) and (lower in english_words() or lower.rstrip("s") in english_words()):
        return False
    if match.re in (_CAPITALS_DOSE, _CAPITALS_OVER_GENERIC, _ERP_CAPITALS_DOSE) and (lower in english_words() or is_given_name(name.capitalize())):
        return False  # ("TOTAL 500 mg", "LABEL 5 ml", "PAUL 20 mg": a word or a name in capitals)
    return not lower_case_use(doc.text, name)


def _a_product_field(match: re.Match[str], doc: Document) -> bool:
    """A product field's value names a product unless it is a generic medicine, a word of the trade or a form's filler
    ("Product: Placebo", "Product: Various"), or a word the text also writes in lower case ("Product: Tablets")."""
    if not _FIELD_LABEL_START.search(doc.text, max(0, match.start() - 30), match.start()):
        return False
    first = match.group("n").split()[0]
    lower = first.lower()
    if lower in _NO_PRODUCT or lower in _common() or lower.endswith(INN_STEMS) or lower in vendors():
        return False
    if "-" in lower and all(part in english_words() for part in lower.split("-")):
        return False  # ("Product: Film-coated tablets 50 mg": a description, no name)
    return first.isupper() or any(c.isdigit() for c in first) or not lower_case_use(doc.text, first)


# A strength without its unit, then the pack's form or count: "Tovrix 500 caplets", "Venorix 250 tabs", "Tovrix 500 32s",
# "Tovrix 500 x 28" (the name no English
# word: "Pack 500 tablets", "Line 40 capsules" are no products).
_FORMS = r"(?:caplets?|tablets?|tabs|capsules?|caps|sachets?|vials?|ampoules?|inhalers?|syringes?|pens?|patches|suppositories)"
_PACK_COUNT = r"(?:\d{1,3}s|x[ \t]?\d{1,3})(?![\w.,/%-])"
_STRENGTH_FORM = re.compile(rf"(?P<n>[A-Z][a-z]{{3,15}})[ \t]+\d{{1,4}}(?:\.\d+)?[ \t]+(?:{_FORMS}\b|{_PACK_COUNT})")
# The strengths medicines are made in, written without their unit after a product's name ("Tovrix 500").
STRENGTHS = r"(?:2\.5|5|10|12\.5|15|20|25|30|40|50|60|75|80|100|120|125|150|200|250|300|400|450|500|600|750|800|1000)"
# What a product's name carries after it and goes with it: its strength ("Lumidra 20 mg", "LUMIDRA 5 mg/ml",
# "Tovrix 500 caplets", "Tovrix 500").
STRENGTH_AFTER = re.compile(rf"[ \t]+(?:{_DOSE}|\d{{1,4}}(?:\.\d+)?(?=[ \t]+(?:{_FORMS}\b|{_PACK_COUNT}))|(?P<bare>{STRENGTHS})(?=[ \t]*(?:[,;)\n]|\.(?!\d)|$)))")
# What says a bare number after a medicine is its strength ("the dose of Tovrix 500", "switched to Tovrix 40"), not a
# count ("Packs on the shelf: Tovrix 30."): a word of dosing before the name, on its line.
_STRENGTH_CUE = re.compile(r"(?i:\b(?:dose[ds]?|dosing|dosage|strength|titrat\w*|prescri\w*|take|takes|taking|took|"
                           r"switch\w*|increas\w*|reduc\w*|step(?:ped)?[ \t]down|start(?:ed|ing)?[ \t]on|"
                           r"(?:is|was|were|are)[ \t]on|formulation|tablets?|capsules?|caplets?|mg)\b)")


def strength_after(text: str, start: int, end: int) -> int:
    """Where the strength written after the medicine's name at ``start:end`` ends ("Velquist 20 mg", "Velquist 500
    caplets"), or ``end`` when none is. A bare number ("Tovrix 500") is its strength only where the text says so: a
    word of dosing before it on its line, or the same number with its unit after the name elsewhere ("Tovrix 500 mg")."""
    if not (strength := STRENGTH_AFTER.match(text, end)):
        return end
    if (bare := strength.group("bare")) is not None:
        line = text.rfind("\n", 0, start) + 1
        with_unit = re.compile(rf"{re.escape(text[start:end])}[ \t]+{re.escape(bare)}[ \t]?(?:mg|mcg|\u00b5g|\u03bcg|ml|mL|g)\b")
        if not (_STRENGTH_CUE.search(text, max(line, start - 60), start) or with_unit.search(text)):
            return end
    return strength.end()

_MEDICINE_NAME = re.compile(r"[A-Z][a-z]{3,15}|[A-Z]{4,15}")


def takes_strength(name: str) -> bool:
    """Whether a product's name is a medicine's, one word ("Lumidra", "LUMIDRA"), whose strength goes with it; a tool's
    name in CamelCase ("PackHand 2 mg was a typo") is followed by anything."""
    return bool(_MEDICINE_NAME.fullmatch(name))


# A brand's modified-release or line-extension form goes with it: "Sarquelin XR 50 mg", "Varelquin SR", "Tovex ODT".
_RELEASE = r"(?:XR|SR|ER|CR|XL|LA|MR|PR|DR|ODT|Duo|Plus|Forte)"
_RELEASE_AFTER = re.compile(rf"[ ]{_RELEASE}(?![\w-])")
# A brand in lower case in a file's name, a channel or a subject, before the word for one of its documents:
# "norvequa_pil_v3.docx", "#norvequa-launch", "Subject: norvequa artwork" (a coined word that can be said: not an
# English word, a generic medicine or an acronym).
_LOWER_BRAND = re.compile(r"(?<![A-Za-z0-9])(?P<n>[A-Za-z][a-z]{5,14})[_ -](?:(?:pil|smpc|spc|carton|cartons|label|labels|"
                          r"leaflet|artwork|launch|blister|hcp|epar|packshot|brand)(?![a-z])|\d+(?:\.\d+)?(?:mg|mcg|ug|ml)(?![a-z]))")


def _a_lower_case_brand(name: str) -> bool:
    name = name.lower()
    return not (name in english_words() or name.rstrip("s") in english_words() or name in _common()
                or name.endswith(INN_STEMS) or name in vendors() or is_given_name(name.capitalize())
                or not sayable(name.upper()))


_NAME_DOSE = re.compile(rf"(?P<n>[A-Z][a-z]{{3,}}(?:[A-Z][a-z]+)?)(?:[ ]{_RELEASE})?[ \t]+{_DOSE}")


_IN_CONTEXT = PatternRecogniser(
    name="product_context",
    category="product",
    label="Product",
    reason="Product named by its context (dose, brand mark, system)",
    validate=_brand_like,
    patterns=(
        Pattern(_NAME_DOSE, 0.8, "n",
                requires=re.compile(r"\d[ \t]?(?:mg|mcg|\u00b5g|\u03bcg|ml|mL|IU|unit|g\b)")),
        # (in capitals too, as batch records and labels print it: "Product: DORVEXA 20 mg film-coated tablets")
        Pattern(_CAPITALS_DOSE, 0.8, "n", requires=re.compile(r"[A-Z][A-Z]{3}\s+\d")),  # ("[A-Z]{4}": a class first skips ahead)
        Pattern(_CAPITALS_OVER_GENERIC, 0.8, "n", requires=re.compile(r"[A-Z]{4}[ \t]*\n[ \t]*[a-z]")),
        Pattern(re.compile(r"(?P<n>[A-Z][A-Za-z0-9-]{2,})[ \t]?[\u00ae\u2122]"), 0.9, "n", requires=re.compile("[\u00ae\u2122]")),
        # (the marks typed without their symbols: "Zilmora(R)", "LUTRAVEX (TM)")
        Pattern(re.compile(r"(?P<n>[A-Z][A-Za-z0-9-]{2,})[ \t]?\((?:R|TM)\)"), 0.9, "n", requires=re.compile(r"\((?:R|TM)\)")),
        Pattern(_LOWER_BRAND, 0.75, "n", requires=re.compile(r"[a-z][_ -](?:pil|smpc|spc|carton|label|leaflet|artwork|"
                                                             r"launch|blister|hcp|epar|packshot|brand|\d+(?:mg|mcg|ug|ml))")),
        Pattern(re.compile(r"(?i:brand[ \t]name|branded|brand|trade[ \t]?name|trademark|marketed[ \t]as|sold[ \t]as)[ \t]+"
                           r"[\"'\u201c\u2018]?(?P<n>[A-Z][A-Za-z0-9-]{2,})"), 0.85, "n",
                anchor=re.compile(r"brand|trade|marketed|sold")),
        Pattern(re.compile(rf"(?i:our|the|their|its)[ \t]+(?P<n>[A-Z]{{6,12}})[ \t]+{_CAPITALS_SYSTEM}\b"), 0.8, "n",
                requires=re.compile(rf"[A-Z][A-Z]{{5}}[ \t]+{_CAPITALS_SYSTEM}")),  # ("[A-Z]{6}": a class first skips ahead)
        # ("[a-z][A-Z][a-z]" led by its capital, the letter before it looked behind at: capitals are the rarer)
        Pattern(_COINED, 0.75, "n", requires=re.compile(r"[A-Z](?<=[a-z][A-Z])[a-z]")),
        # a product's code in a record's product field: "productCode: ZNT-40", "@prod VARCHAR(20) = 'PRX-10'"
        Pattern(_KEYED_CODE, 0.8, "n", anchor=re.compile(r"prod|sku|item")),
        Pattern(_BRAND_BEFORE_GENERIC, 0.8, "n", requires=re.compile(r"[A-Za-z] \([a-z]")),
        Pattern(_FIELD, 0.8, "n", anchor=re.compile(r"product|drug |medicinal|molecule|compound|brand")),
        Pattern(_STRENGTH_FORM, 0.75, "n", requires=re.compile(rf"\d[ \t]+(?:{_FORMS}|\d{{1,3}}s|x[ \t]?\d)")),
        Pattern(_CAPITALS_FORM_STRENGTH, 0.8, "n", requires=re.compile(r"[A-Z][A-Z]{3}[ \t]+[a-z]")),  # (the speed tests index the patterns before it)
        Pattern(_COATING_GRADE, 0.8, "n", requires=_COATING_GRADE_MARK),
        Pattern(_ERP_CAPITALS_DOSE, 0.8, "n", requires=re.compile(r"[A-Z][A-Z]{3}[ \t]\d[\d.]*[ ]?(?:MG|MCG|ML|IU)")),
    ),
)


class ProductContextRecogniser:
    """The products named by their context, each with the strength written after it (its key the name's alone: one
    placeholder for "Lumidra" and "Lumidra 20 mg")."""

    patterns = _IN_CONTEXT.patterns  # (read by the speed tests)
    name = "product_context"

    def find(self, doc: Document) -> Iterator[Span]:
        for span in _IN_CONTEXT.find(doc):
            if not takes_strength(doc.text[span.start:span.end]):
                yield span
                continue
            if release := _RELEASE_AFTER.match(doc.text, span.end):
                span = replace(span, end=release.end())
            if (end := strength_after(doc.text, span.start, span.end)) > span.end:
                span = replace(span, end=end)
            yield span


RECOGNISER = ProductContextRecogniser()
