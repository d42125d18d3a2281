"""Compound and development codes: AZD9291, MK-3475, PF-06651600, BMS-986165, GSK3196165, LY3009104."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonymiser.text.data import english_words, lines, surnames, words, world_surnames
from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser, widest
from anonymiser.text.recognisers.not_names import not_name_words
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.salt_forms import METABOLITE
from anonymiser.text.spans import Span

NOT_CODES = frozenset({"ISO", "ISA", "IEC", "EN", "BS", "CFR", "ICH", "GAMP", "USP", "EP", "ASTM", "IP", "PCT",
                        # algorithms, encodings and viruses: "HMAC-SHA256", "UTF-8", "SARS-CoV2"
                        "HMAC", "SHA", "AES", "RSA", "TLS", "SSL", "UTF", "MD", "IEEE", "USB", "PCIE", "DDR", "COVID",
                        "SARS", "MERS", "HIV", "HPV", "IPV", "RFC",
                        # a dangerous good's UN number ("UN3373", "UN 1170"), public
                        "UN"})


# A short code (one to three digits) is a product's where the words before it say so: "batches of QRV-12", "the
# process for TLX-4", "titre of KPT-7", "the mRNA product ZLT-M04". Alone such a code is more often a piece of
# equipment ("AHU-09", "FBD-6", "BL-7") or a standard ("ISA-95").
_CUE = (r"(?i:(?:batch(?:es)?|lots?|runs?|titre|yield|potency|supply|release)[ ]of|(?:substance|process|dossier|filing|"
        r"transfer)[ ](?:for|of)|product|molecule|candidate|compound|tracer|biosimilar|antibody|vaccine)[ ](?:the[ ])?")
_SHORT_AFTER_CUE = re.compile(_CUE + r"(?P<code>[A-Z][A-Za-z]{1,5}-[A-Z]?\d{1,3}[a-z]?)(?![\w/-]|\.\d)")
# (Speed: led by case-insensitive alternatives, the pattern would be tried at every position of the text. It is
# tried only where a cue ends just before a code, found from the code's "-" and digit, which ``re`` skips ahead to.)
_CODE_MARK = re.compile(r"-(?<=[A-Za-z]-)[A-Z]?\d")  # ("[A-Za-z]-[A-Z]?\d" led by its "-", one shifted on)
_CUE_REACH = widest(_CUE)


def _short_code_starts(text: str) -> Iterator[int]:
    """Every position a match of ``_SHORT_AFTER_CUE`` may start at, in increasing order: where the cue starts that
    ends (with its space) at a code's first capital, a space before it and one to five more letters to its "-"."""
    found: set[int] = set()
    for mark in _CODE_MARK.finditer(text):
        last = code = mark.start() - 1  # (the code's last letter: read back to its first)
        while code > 0 and last - code < 5 and _ascii_letter(text[code - 1]):
            code -= 1
        if not ("A" <= text[code] <= "Z" and code > 0 and text[code - 1] == " " and code < last):
            continue
        lo = max(0, code - _CUE_REACH)
        while (cue := _CUE_BEFORE.search(text, lo, code)) is not None:
            found.add(cue.start())
            lo = cue.start() + 1
    return iter(sorted(found))


def _ascii_letter(char: str) -> bool:
    return "a" <= char <= "z" or "A" <= char <= "Z"
_CUE_BEFORE = re.compile(_CUE + "$")


# An instrument's tag as ISA-5.1 writes it: the measured variable (analysis, flow, level, pressure, temperature,
# weight), "D" for a difference, then what the instrument does (indicate, transmit, element, control, valve), and
# a loop number of two to four digits, no leading nought ("TI-0087" is a record): "TT-4417", "PDT-5126", "FIC-276",
# "PCV-318". A tag names a plant's instrument, not a product.
_INSTRUMENT_TAG = re.compile(r"[AFLPTW]D?[ITECV][CVTIAHL]?-?[1-9]\d{1,3}[A-Z]?")
# Standards and vendors' families written as codes: serial links ("RS-232"), bar codes ("GS1-128", "EAN-13"),
# a PLC range ("S7-1500"), a pipe's nominal size ("DN150"), a cell line ("HEK293").
_STANDARD_CODE = re.compile(r"RS-?(?:232|422|485)|GS1-\d+|EAN-?(?:8|13)|S7-\d{3,4}|DN\d{2,4}|HEK-?293[A-Z]?")


def instrument_or_standard(code: str) -> bool:
    """Whether a code is an instrument's tag or a standard's or vendor family's code: neither product nor record."""
    return bool(_INSTRUMENT_TAG.fullmatch(code) or _STANDARD_CODE.fullmatch(code))


# A technology vendor's name (the allow list's), then at most one word or model of its range, just before a code:
# "Mettler Toledo XPR205", "Cytiva Xcellerex XDR-2000", "Mettler Toledo PBK9 / IND570", "Zebra DS3678 scanner".
# The code is the vendor's model, bought by many, not the contributor's product.
@cache
def _vendor_before() -> re.Pattern[str]:
    vendors = sorted((re.escape(name) for name in lines("allow_list.txt")), key=len, reverse=True)
    return re.compile(rf"(?<![\w&+-])(?:{'|'.join(vendors)})(?:[ \t]+[A-Z][A-Za-z0-9-]{{1,20}}(?:[ \t]*/)?)?[ \t]+\Z")


def vendors_model(doc: Document, start: int) -> bool:
    """Whether the code at ``start`` follows a technology vendor's name: that vendor's model."""
    return bool(_vendor_before().search(doc.text, max(0, start - 60), start))


# An excipient's grade after its name or its usual abbreviation ("MCC PH102", "HPMC K100LV", "lactose SD-250"), or a
# supplier's grade after the word ("grade \"KC-Ac SD-711\""): a grade many buy, in a supplier's catalogue, not the
# contributor's product.
_EXCIPIENT_BEFORE = re.compile(r"(?:\b(?:MCC|HPMC|HPC|PVP|PEG|SSG|lactose|cellulose|starch|povidone|copovidone|"
                               r"crospovidone|mannitol|hypromellose|stearate|silica)[ \t]+"
                               r"|\b(?i:grade)[ \t]+[\"'\u201c]?(?:[\w-]+[ \t]+)?)$")


def excipient_grade(doc: Document, start: int) -> bool:
    """Whether the code at ``start`` follows an excipient's name or the word "grade": a supplier's grade."""
    return bool(_EXCIPIENT_BEFORE.search(doc.text, max(0, start - 40), start))


def _validate(match: re.Match[str], doc: Document) -> bool:
    if match.re is _SPACED or match.re is _SPACED_SHORT:
        return _validate_spaced(match, doc)
    if match.re is _LOWER:
        return _validate_lower(match, doc)
    if match.re is _AFTER_MATERIAL:
        family = match.group("code").split("-")[0].upper()
        return not (instrument_or_standard(match.group("code")) or family in NOT_CODES
                    or family in words("known_acronyms.txt"))
    code = match.group("code")
    if code.isdigit():
        return True  # ("compound 0692": the word says what the number is)
    if vendors_model(doc, match.start("code")) and not _CUE_BEFORE.search(doc.text, max(0, match.start("code") - 40),
                                                                          match.start("code")):
        return False
    if excipient_grade(doc, match.start("code")):
        return False
    prefix = re.match(r"[A-Za-z]+", code)
    if instrument_or_standard(code) and not _CUE_BEFORE.search(doc.text, max(0, match.start("code") - 40),
                                                               match.start("code")):
        return False  # (unless the words before it say it is a product: "the development compound FT-3318")
    return prefix is not None and prefix.group().upper() not in NOT_CODES and prefix.group().upper() not in words("known_acronyms.txt")


# A compound named by its number after a word for a compound, as a development team writes it: "compound 0692",
# "cpd 8841", "Cmpd #7392" (three digits or more: "compound 2" in a chemist's scheme is a step's intermediate), with a
# metabolite named after it, "Cpd 8841-N-oxide" (else the number and its metabolite read as a code of their own).
_NUMBERED_COMPOUND = re.compile(r"(?i:compound|cpd|cmpd)\.?(?:[ \t]*|-)(?:no\.?[ \t]*|#[ \t]*)?(?P<code>\d{3,6})"
                                rf"(?:(?:[ \t]+|-){METABOLITE}(?![\w-]))?(?![\w%]|[.,/-]\d)")

# A code written in lower case after a word for a compound, as a chemist's notes write it: "compound kv-5512",
# "candidate qvz2291" (letters, an optional hyphen and three to six digits).
_LOWER_AFTER_COMPOUND = re.compile(r"(?i:compound|cpd|cmpd|molecule|candidate)[ \t]+(?P<code>[a-z]{2,5}-?\d{3,6})(?![\w%-]|[.,/]\d)")

# A development code written with a space, as pipelines and papers print many: "BI 1015550", "SCH 900222", "BAY
# 2927088" (capitals that are no word, acronym or standard's body, and five digits or more: "EN 1822", "ISO 14644",
# "FY 2024", "NMT 2000" stay; with four, "CNTO 1275" and a limit or a setting, "NMT 4000", "TTL 7200", look alike).
_SPACED = re.compile(r"(?P<code>[A-Z](?<![\w&.#/-].)[A-Z]{1,4} \d{5,8}[a-z]?)"
                     r"(?![\w/-]|[.,]\d|[ \t]?(?:%|°)|[ \t]\d)")
_NOT_SPACED_PREFIXES = frozenset("""DIN ASTM ASME API NFPA IEC HTM HBN TRS NHS SI UN IMO ATEX MIL SAE ANSI AS AAMI CLSI
    NIST PDA ISPE BP JP PH EUR TEL FAX MOB REF NO NR PO INV ID QTY EXT TOTAL ROOM PAGE LINE UNIT CODE ITEM PART TAG
    SITE PLANT CAS NDC GTIN EAN UPC SSCC PZN VAT REG CRN SN SR WO IN KR AU CA DE GB EP US FR CN TW BR MX RU ZA NZ SG
    IL ES IT CH AT SE DK NL BE FI PL IE PT HU CZ AR CL CO PE MY TH VN EA OA AP EM GR TR
    NDA ANDA BLA IND DMF CMS FEI MIA WDA HRB HRA KVK BTW CIF NIF NIP KRS EIN ABN ACN UEN CNPJ GSTIN CIN ULN GRN PLGB
    THR RVG CEP SO DN AWB UPRN UKPRN EORI DUNS IBAN BIC""".split())
# With three or four digits ("AMG 510", "CNTO 1275", "MK 3475") the same shape is a code only with a medicine's words
# after it in its sentence: "KQ 7793 or placebo", "CQTO 2386 is an IL-12/23 antibody" (a standard, a limit or a
# setting has none: "NMT 2000 ppm", "TTL 7200").
_SPACED_SHORT = re.compile(r"(?P<code>[A-Z](?<![\w&.#/-].)[A-Z]{1,4} \d{3,4}[a-z]?)(?![\w/-]|[.,]\d|[ \t]?(?:%|°)|[ \t]\d)")
_MEDICINE_AFTER = re.compile(r"[^.;\n]{0,60}?\b(?:inhibitor|antagonist|agonist|antibody|conjugate|degrader|modulator|"
                             r"placebo|mg|dose[sd]?|dosing|tablets?|capsules?|infusion|injection|Phase[ ][1-3I]|"
                             r"first-in-human|monotherapy|combination)\b")
_CLINICAL_ABBREVIATIONS = frozenset("""AUC CMAX TMAX CL VD BMI ECG QTC QTCF ALT AST GFR EGFR ECOG BSA LDL HDL ANC PLT WBC
    HB CRP PK PD MTD DLT ORR PFS OS DOR CR PR SD HR OR CI SE NNT IU LD ED ID EC IC TD""".split())
# (a label before it says what the number is: "Cert. no. QZ 448190" is a certificate's)
_NUMBER_LABEL_BEFORE = re.compile(r"(?i:\bno\.?|\bnr\.?|n°|\bnumber|#|\bref\.?|\bid)[ \t]*:?[ \t]*$")
# A code after the word for what it is, in any shape the word makes plain: "the multikinase inhibitor E6194", "the
# candidate Q7712" (one capital and four to six digits: alone, an E number or a grid square).
_AFTER_ACTIVITY = re.compile(r"(?i:inhibitor|antagonist|agonist|antibody|degrader|modulator|conjugate|compound|"
                             r"candidate|molecule)[ \t]+(?P<code>[A-Z]\d{4,6}[a-z]?)(?![\w-]|[.,]\d)")
# An antibody's code that says so ("MORAb-202", "XmAb5574"): letters ending in "Ab", then digits.
_ANTIBODY = re.compile(r"(?P<code>[A-Z](?<![\w-].)[A-Za-z]{0,4}Ab-?\d{3,6}[a-z]?)(?![\w-])")
# A code with its number in groups of thousands, as older codes were printed: "CP-690,550".
_THOUSANDS = re.compile(r"(?P<code>[A-Z](?<![\w-].)[A-Z]{1,4}-\d{2,3},\d{3})(?![\w,-]|\.\d)")
# A code in lower case in a file's name, a folder, a channel or an e-mail's subject, where names go in lower case:
# "xrd7316_stability.xlsx", "/lims/bqb4222/assay", "Subject: re: pw-07284411 DP release" (letters that are no word,
# acronym, standard, encoding or algorithm, four digits or more and no year: "sha256", "utf-8", "iso9001", "es2015",
# "win1252" stay).
_LOWER = re.compile(r"(?P<code>[a-z](?<![\w.@%+-].)[a-z]{1,4}-?\d{4,8}[a-z]?(?:-\d{2,4}(?=[_.]\w))?)(?=[_.\-/\\]\w|[ \t\n),;:\]]|$)")
_NOT_LOWER_PREFIXES = frozenset("""sha md utf iso rfc ieee pep cp win es ecma ansi mp ipv http https tls ssl aes rsa
    crc dn pn gs en bs din astm usp ich cfr vs ms net log python node php ubuntu rhel el centos sql mysql java jdk jre
    gcc py fy cy wk page room line unit tel fax id ref no nr v x h ip port vlan com lpt tty dev sd sda nvme eth wlan
    img dsc pic scan doc file copy test temp tmp backup bak draft rev ver build rel api gpt llama ee covid sars""".split())
# A plasmid named as labs name them, a lower-case "p" before capitals and a number: "pKV1183" (three digits or more:
# "pCO2", "pUC19" are a gas and a public vector).
_PLASMID = re.compile(r"(?P<code>p(?<![\w-].)[A-Z]{2,4}-?\d{3,6}[A-Za-z]?)(?![\w-])")
# A biological material's code after the word for it, in whatever shape the lab gives it: "Clone QZ-22F7", "cell line
# KV-4B11", "construct QX17-H2" (letters and digits both, in one to three parts; not a public line, "CHO-K1", "HEK293").
_AFTER_MATERIAL = re.compile(r"(?i:clone|cell[ \t]line|construct|plasmid)[ \t]+"
                             r"(?P<code>(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Z])[A-Z0-9][A-Za-z0-9]{1,9}(?:-[A-Za-z0-9]{1,8}){0,2})(?![\w-])")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d[a-z]?")
_FOUR_DIGITS = re.compile(r"\d\d\d\d")


def _lower_starts(text: str) -> Iterator[int]:
    """Where a match of ``_LOWER`` may start: two to five lower-case letters (and a hyphen) before four digits, found
    from the digits (``re`` skips ahead to a digit; led by a letter, the pattern was tried at every letter)."""
    for digits in _FOUR_DIGITS.finditer(text):
        at = digits.start()
        end = at - 1 if at and text[at - 1] == "-" else at
        start = end
        while start > 0 and end - start < 5 and "a" <= text[start - 1] <= "z":
            start -= 1
        if end - start >= 2 and (start == 0 or not "a" <= text[start - 1] <= "z"):
            yield start


def _validate_spaced(match: re.Match[str], doc: Document) -> bool:
    letters, _, number = match.group("code").partition(" ")
    if match.re is _SPACED_SHORT and (_YEAR.fullmatch(number) or letters in _CLINICAL_ABBREVIATIONS
                                      or not _MEDICINE_AFTER.match(doc.text, match.end("code"))):
        return False
    if vendors_model(doc, match.start("code")):
        return False  # ("ABB YuMi IRB 14000": a vendor's model)
    if _NUMBER_LABEL_BEFORE.search(doc.text, max(0, match.start("code") - 12), match.start("code")):
        return False
    return not (letters in NOT_CODES or letters in _NOT_SPACED_PREFIXES or letters in words("known_acronyms.txt")
                or letters.lower() in english_words())


def _validate_lower(match: re.Match[str], doc: Document) -> bool:
    code = match.group("code")
    letters = re.match(r"[a-z]+", code)
    if letters is None or _YEAR_DIGITS.fullmatch(code[len(letters.group()):].lstrip("-")):
        return False
    prefix = letters.group()
    return not (prefix in _NOT_LOWER_PREFIXES or prefix.upper() in NOT_CODES or prefix.upper() in words("known_acronyms.txt")
                or prefix in english_words())


_CODES = PatternRecogniser(
    name="compound_code",
    category="product",
    label="Code",
    reason="Compound or development code",
    validate=_validate,
    # Each pattern starts with one capital ("[A-Z][A-Z]{1,4}" for "[A-Z]{2,5}") so ``re`` skips ahead to it.
    patterns=(
        # (with its revision: "TTP-0093 rev C")
        Pattern(re.compile(r"(?P<code>[A-Z][A-Z]{1,4}-?\d{3,9}(?:-[A-Z0-9]{1,4})?[A-Za-z]?(?![\w-])(?:[ \t]+(?:rev|Rev|REV|revision|Revision|issue|Issue|ver|v|V)\.?[ \t]?[A-Z0-9]{1,3}(?:\.\d{1,2})?(?![\w.]))?(?![\w-]))"), 0.85, "code"),
        # a code with letters and digits after the prefix: "TCM-CAR19", "ABX-KT204"
        Pattern(re.compile(r"(?P<code>[A-Z][A-Z]{1,4}-[A-Z]{2,6}\d{1,4}[A-Z]?)(?![\w-])"), 0.8, "code"),
        Pattern(re.compile(r"(?P<code>[A-Z][A-Z]{0,2}\d{1,2}-\d{3,6})(?![\w-])"), 0.8, "code"),
        Pattern(_SHORT_AFTER_CUE, 0.8, "code", requires=re.compile(r"-(?<=[A-Z]-)[A-Z]?\d"),  # ("[A-Z]-[A-Z]?\d" led by its "-")
                starts=_short_code_starts),
        Pattern(_NUMBERED_COMPOUND, 0.8, 0, anchor=re.compile(r"compound|cpd|cmpd")),
        Pattern(_LOWER_AFTER_COMPOUND, 0.8, "code", anchor=re.compile(r"compound|cpd|cmpd|molecule|candidate")),
        Pattern(_SPACED, 0.75, "code", requires=re.compile(r"[A-Z] \d{5}")),
        Pattern(_SPACED_SHORT, 0.75, "code", requires=re.compile(r"[A-Z] \d{3}")),
        Pattern(_AFTER_ACTIVITY, 0.8, "code", anchor=re.compile(r"inhibitor|antagonist|agonist|antibody|degrader|modulator|"
                                                                r"conjugate|compound|candidate|molecule")),
        Pattern(_ANTIBODY, 0.8, "code", requires=re.compile(r"Ab-?\d")),
        Pattern(_THOUSANDS, 0.8, "code", requires=re.compile(r"-\d{2,3},\d{3}")),
        Pattern(_LOWER, 0.7, "code", starts=_lower_starts),
        Pattern(_PLASMID, 0.8, "code", requires=re.compile(r"p[A-Z][A-Z]")),
        Pattern(_AFTER_MATERIAL, 0.8, "code", anchor=re.compile(r"clone|cell line|construct|plasmid")),
    ),
)
# The number of a code found ("QVX-5127", "GL 6102"), four digits or more and no year, that a team says alone once
# the code is known: "feeders refurbished for 5127", "the 6102 batches".
_CODE_NUMBER = re.compile(r"(?P<family>[A-Z]{2,5})[ -]?(?P<number>\d{4,6})(?![\w-]|\.\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_REGISTER = 3
_LABEL_BEFORE = re.compile(r"[:=#][ \t]*$")
# A code with its product's name in brackets after it: "VTL-0410 (Vortaline)" (no English word or person's name:
# "QRV-1210 (Tablets)", "DEV-0412 (Quimby)").
_NAME_AFTER = re.compile(r"[ \t]*\([ \t]*(?P<n>[A-Z][a-z]{3,15})[ \t]*\)")


def _a_brand(name: str) -> bool:
    """A coined word: no English word, given name or surname ("DEV-0412 (Quimby)" names the deviation's owner)."""
    lower = name.lower()
    return not (lower in english_words() or lower.rstrip("s") in english_words() or is_given_name(name)
                or lower in not_name_words() or lower in surnames() or lower in world_surnames())


class CompoundCodeRecogniser:
    patterns = _CODES.patterns  # (read by the speed tests)
    name = "compound_code"

    def find(self, doc: Document) -> Iterator[Span]:
        numbers: dict[str, str] = {}
        families: dict[str, set[str]] = {}
        for span in _CODES.find(doc):
            yield span
            if (named := _NAME_AFTER.match(doc.text, span.end)) and _a_brand(named.group("n")):
                yield Span(named.start("n"), named.end("n"), "product", self.name, 0.75, "Product", span.key,
                           "A compound code's name in brackets after it")
            if (code := _CODE_NUMBER.fullmatch(doc.text, span.start, span.end)) and not _YEAR.fullmatch(code.group("number")):
                numbers.setdefault(code.group("number"), span.key)
                families.setdefault(code.group("family"), set()).add(code.group("number"))
        registers = {number for family in families.values() if len(family) >= _REGISTER for number in family}
        for number, key in numbers.items():
            if number in registers:
                continue  # ("RR-1307", "RR-1308", "RR-1309": a register's records, numbered in turn, not compounds)
            for start, end in bare_numbers(doc.text, number):
                if _LABEL_BEFORE.search(doc.text, max(0, start - 4), start):
                    continue  # ("Plant code: 6102": a field's value)
                yield Span(start, end, "product", self.name, 0.7, "Code", key,
                           "A compound code's number written alone")


def bare_number_pattern(number: str) -> re.Pattern[str]:
    """``number`` written alone: no word character or mark of a code, an amount or a decimal glued to it (the plain
    form of ``bare_numbers``)."""
    return re.compile(rf"(?<![\w.,/£$€#:-]){number}(?![\w%]|[.,/-]\d)")


_GLUED_BEFORE = frozenset(".,/£$€#:-_")
_GLUED_AFTER = frozenset("%_")


def bare_numbers(text: str, number: str) -> Iterator[tuple[int, int]]:
    """Where ``bare_number_pattern(number)`` matches, in order, found with ``str.find`` (a number's digits are
    literal) instead of a pattern compiled for each number and tried at every position of the text. A match of
    digits ends before the next can start, so after one the search goes on from its end, as ``finditer`` does.
    (``\\w`` is a letter, digit or "_" by ``str.isalnum``, ``\\d`` a digit by ``str.isdecimal``, as ``re`` reads them.)"""
    at = text.find(number)
    while at >= 0:
        end = at + len(number)
        before = text[at - 1] if at else ""
        after = text[end:end + 1]
        if not (before and (before.isalnum() or before in _GLUED_BEFORE)) \
                and not (after and (after.isalnum() or after in _GLUED_AFTER)) \
                and not (after and after in ".,/-" and text[end + 1:end + 2].isdecimal()):
            yield at, end
            at = text.find(number, end)
        else:
            at = text.find(number, at + 1)


RECOGNISER = CompoundCodeRecogniser()
