"""Reference numbers after the word that says what they number: "grant (ref. 10084417)", "Innovate UK
grant 10078231", "our quote (Q-24-1187)", "manufacturing licence (MIA 40127)", "Citation ref: MIA25-HC-0031",
"PO 4500123987", "company no. 11482906", "Registered in England No. 08841276", "VAT: GB 214 7785 06",
"MA PL 51273/0004", "ULN 6148320957", "GTIN 05060912340173", "EAN 5060912340173", "Companies House: 09154488", "Confirmation:
77310254", "cost centre 6630", "OrderID 000100457781", "the PO is 4500219087", "Co. Reg. 07735160", "WO 63904", "PTW 2023-117". A reference has a digit and five characters or
more; a year is no reference."""
from __future__ import annotations

import re

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser
from anonymiser.text.wordtrie import trie_pattern

_CUE = (r"grant|grants|award|quote|quotation|ref|reference|our[ \t]+ref|your[ \t]+ref|licence|license|invoice|"
        r"purchase[ \t]+order|po|contract|certificate|ticket|registration|permit|authorisation|authorization|claim|"
        r"citation[ \t]+ref|application|agreement|case|complaint|account|policy|project[ \t]+(?:no|number|code)|"
        r"material|item|part|asset|equipment|employee|staff|badge|sample|article|sku|"
        # an HR case by its number: "Grievance G/2024/07", "appeal AP/24/3", "tribunal 2301234/2024"
        r"grievance|appeal|disciplinary|hearing|investigation|tribunal|"
        # a conference's abstract or poster by its number: "Abstract P-204", "Poster B-042"
        r"abstract|poster|"
        # a company's registration, a marketing authorisation, a licence by its letters, a learner, a trade item, a notification
        r"company|company[ \t]+reg(?:istration)?|co\.?[ \t]*reg(?:istration)?|registered[ \t]+in[ \t]+(?:england(?:[ \t]+(?:and|&)[ \t]+wales)?|scotland|wales)|"
        r"ma|pl|mia|wda(?:\(h\))?|uln|gtin|sscc|ean|upc|barcode|student|notif|notification|jira|pzn|"
        # Companies House's number, a booking's confirmation, a cost centre, an order of any kind
        r"companies[ \t]+house|confirmation|conf|cost[ \t]+cent(?:re|er)|(?:air[ \t]+)?waybill|awb|tracking(?:[ \t]+number)?|consignment|(?:process|sales|work|production)?[ \t]*order(?:[ \t]?id)?")
_ID = r"(?=[A-Z0-9/ -]{0,30}\d)(?:[A-Z]{2,5}[ \t])?[A-Z0-9][A-Z0-9/-]{3,24}"
_REFERENCE = re.compile(
    # (each gap possessive: a run of spaces after the cue is read once, not split between the gaps in every way)
    rf"(?i:{_CUE})(?![A-Za-z])\.?[ \t]*+(?:\([ \t]*+)?(?i:(?:ref(?:erence)?|no|number|#|id)\.?[ \t]*+:?[ \t]*+)?:?[ \t]*+"
    rf"(?:(?:is|was)[ \t]++)?(?P<id>{_ID})(?![\w/-])")
_ANCHOR = re.compile(trie_pattern("grant award quot ref licen invoice purchase po contract certificate ticket registration "
                                   "permit authori claim citation application agreement case complaint account policy "
                                   "grievance appeal disciplinary hearing investigation tribunal "
                                   "project material item part asset equipment employee staff badge sample article abstract poster "
                                   "sku company companies registered ma pl mia wda uln gtin sscc ean upc barcode student notif confirmation conf cost jira pzn "
                                   "order process sales work production waybill air awb tracking consignment co. co reg".split()))
# "VAT: GB 214 7785 06": the United Kingdom's VAT number, in groups
_VAT = re.compile(r"(?i:vat)(?:[ \t]+(?i:reg(?:istration)?|no|number))*\.?[ \t]*:?[ \t]*"
                  r"(?P<id>(?:GB[ \t]?)?\d{3}[ \t]?\d{4}[ \t]?\d{2}(?:[ \t]?\d{3})?)(?![\w/-])")
_YEAR = re.compile(r"(?:19|20)\d\d")
# (an order's or a licence's number may have five digits: "PO 61937", "MIA 40712")
_ORDER = re.compile(r"(?i:po|purchase[ \t]+order|invoice|mia|wda|pl)\b")
_ORDER_DIGITS = 5
# (and a cost centre's four: "cost centre 6630")
_COST_CENTRE = re.compile(r"(?i:cost[ \t]+cent(?:re|er))")
_COST_CENTRE_DIGITS = 4
# (and a Jira issue its project's key and any number: "Jira: LIMSUP-442")
_JIRA = re.compile(r"(?i:jira)")
_JIRA_KEY = re.compile(r"[A-Z][A-Z0-9]{1,9}-\d{1,6}")


def _is_reference(match: re.Match[str], doc: Document) -> bool:
    if match.re is _CUT_SHORT:
        return not _YEAR.fullmatch(match.group("id"))
    if match.re is _WORK_ORDER:
        return not _YEAR.fullmatch(match.group("id"))
    if match.re is _UPS or match.re is _SUBJECT or match.re is _POSTAL_ITEM or match.re is _VAT_GROUPS:
        return True
    ref = match.group("id")
    cost_centre = bool(_COST_CENTRE.match(match.group()))
    if _YEAR.fullmatch(ref) or len(ref.replace(" ", "")) < (_COST_CENTRE_DIGITS if cost_centre else 5):
        return False
    fewest_digits = _COST_CENTRE_DIGITS if cost_centre else _ORDER_DIGITS if _ORDER.match(match.group()) else 6
    if _JIRA.match(match.group()) and _JIRA_KEY.fullmatch(ref):
        return True  # ("Jira: LIMSUP-442": a project's key and an issue's number)
    if ref.isdigit() and len(ref) < fewest_digits:
        return False  # "case 1234", "contract 2500": a count more often than a reference (but "PO 61937")
    return not ref[0].isalpha() or any(c.isdigit() for c in ref.split()[-1])


# An order's capitals are part of its number as a purchase order is cited: "PO 4500631927", "PO# 4500771234",
# "PO 4420-31187" (the capitals and five digits or more; the reference above is its number alone).
_PO = re.compile(r"PO(?:[ \t]*#[ \t]*:?|[ \t]*:|[ \t]+No\.?:?)?[ \t]*(?P<id>\d{4,12}-\d{3,8}|\d{5,12})(?![\w/-])")
# A work order or a permit to work by its capitals, as a logbook's or a register's column cites them: "WO 63904", "W/O
# 3318-22", "PTW 2023-117", "PTW# 86193" (four digits or more, or digits in groups).
_WORK_ORDER = re.compile(r"(?:W(?<![\w/-]W)/?O|P(?<![\w/-]P)TW)(?:[ \t]*#[ \t]*:?|[ \t]*:|[ \t]+No\.?:?)?[ \t]*"
                         r"(?P<id>\d{2,6}[-/]\d{2,6}|\d{4,10})(?![\w/-])")
# A trial's subject by the number its site and order give it: "Patient 02-117", "Subject 104-0031" (no colon after
# the word: "Subject: 2024-25 budget" heads an e-mail).
_SUBJECT = re.compile(r"\b(?i:patient|subject|participant)[ \t]+(?:(?i:no\.?|number|id|#)[ \t]*:?[ \t]*)?"
                      r"(?P<id>\d{2,4}-\d{3,5}(?:-\d{1,4})?)(?![\w/-])")
# A postal item's number as the Universal Postal Union's S10 standard prints it, its service letters, eight digits and
# a check digit, and its country: "RR118823945GB", "RM 6630 1852 4GB" (nine digits in all).
_POSTAL_ITEM = re.compile(r"[A-Z]{2}(?<![\w-]..)[ ]?\d{4}[ ]?\d{4}[ ]?\d[ ]?[A-Z]{2}(?![\w-])|[A-Z]{2}(?<![\w-]..)\d{9}[A-Z]{2}(?![\w-])")
# A UK VAT number in its printed groups, unlabelled, as a footer gives it: "GB 284 6619 37".
_VAT_GROUPS = re.compile(r"GB[ ]\d{3}[ ]\d{4}[ ]\d{2}(?:[ ]\d{3})?(?![\w-])")
# A parcel's UPS tracking number, spaced or not: "1Z 7W2 388 41 5510 276 4", "1Z999AA10123456784".
_UPS = re.compile(r"1Z(?:[ ]?[A-Z0-9]){16}(?![\w-])")


# A long number cut short to its last digits after an ellipsis, as a table or a note cites a pallet's SSCC, a card or an
# account: "pallet ...047219", "card ending …4471" (four digits or more; what the ellipsis stands for is the rest of it).
_CUT_SHORT = re.compile(r"(?:(?<=[^.])\.{3}|\u2026)(?P<id>\d{4,20})(?![\w/-]|[.,]\d)")


RECOGNISER = PatternRecogniser(
    name="reference_number",
    category="identifier",
    label="Reference",
    patterns=(Pattern(_REFERENCE, 0.85, "id", anchor=_ANCHOR), Pattern(_VAT, 0.85, "id", anchor=re.compile("vat")),
              Pattern(_PO, 0.85, requires=re.compile(r"PO")),
              Pattern(_WORK_ORDER, 0.85, "id", requires=re.compile(r"WO|W/O|PTW")), Pattern(_UPS, 0.85, requires=re.compile(r"1Z")),
              Pattern(_SUBJECT, 0.85, "id", anchor=re.compile(r"patient|subject|participant")),
              Pattern(_POSTAL_ITEM, 0.8, requires=re.compile(r"\d[ ]?[A-Z]{2}\b")),
              Pattern(_VAT_GROUPS, 0.8, requires=re.compile(r"GB \d{3} \d{4}")),
              Pattern(_CUT_SHORT, 0.8, "id", requires=re.compile(r"(?:\.\.\.|\u2026)\d"))),
    validate=_is_reference,
    reason="Grant, licence, quote or other reference number",
)
